/**
 * `kamerbrief batch <paths|globs...> --out-dir DIR`: many letters at once, in worker processes,
 * resumable (outputs of unchanged inputs are kept), one failing letter never stops the batch.
 * Exit codes: 0 all ok, 1 some input failed or a write was refused (a full disk), 2 usage error,
 * 128 + n after signal n (SIGHUP 129, SIGINT 130, SIGTERM 143).
 */

import { Command, Option } from 'commander';
import type { OutputFormat } from '../batch/protocol.js';
import { parseShard, type Shard } from '../batch/shard.js';
import type { IndexEntry } from '../batch/state.js';
import type { CommitmentKind } from '../model/letter.js';
import { VERSION } from '../version.js';
import { addWorkerOptions, exitTwoOnUsageError, parsedBy } from './options.js';
import { registerBatchOutput } from './register.js';
import { painter, wantsColor } from './reporters/color.js';

interface BatchFlags {
  outDir: string;
  format: OutputFormat;
  jobs: number;
  shard?: Shard;
  force?: boolean;
  timeout: number;
  undated?: boolean;
  kinds?: CommitmentKind[];
  maxMemory: number;
  progress: boolean;
  debug?: boolean;
  register?: boolean;
}

export function batchCommand(): Command {
  const cmd = new Command('batch')
    .description(
      'extract many letters into an output directory (one file per letter, or one NDJSON stream) plus index.json',
    )
    .argument(
      '<inputs...>',
      'letter files (PDF, Word, ODT, XML, HTML, text), directories (searched for *.pdf *.docx *.odt *.xml *.html *.htm *.txt) or globs',
    )
    .requiredOption('-o, --out-dir <dir>', 'output directory')
    .addOption(
      new Option('-f, --format <format>', 'output format').choices(['json', 'md', 'ndjson']).default('json'),
    )
    .option(
      '--shard <i/n>',
      'process only shard i of n (1-based), for splitting a corpus over CI jobs',
      parsedBy(parseShard),
    )
    .option('--force', 'redo letters whose output is up to date')
    .option('--register', 'also write the register of commitments (kamerbrief register) next to index.json');
  addWorkerOptions(cmd).action(async (inputs: string[], flags: BatchFlags, command: Command) => {
    // Loaded here, not at the top: `kamerbrief --help` should not pay for them.
    const [{ runBatch }, { reportStop, withProgress }] = await Promise.all([
      import('../batch/run.js'),
      import('./with-progress.js'),
    ]);
    const debug = flags.debug === true || command.optsWithGlobals().debug === true;
    if (flags.register && flags.format === 'md')
      return command.error('--register needs --format json or ndjson', { exitCode: 2 });
    const paint = painter(wantsColor(process.stderr));
    const where = `${flags.outDir.replace(/[/\\]+$/, '')}/`;
    const ran = await withProgress(
      'batch',
      flags.progress,
      ({ progress, stacks }) =>
        runBatch({
          inputs,
          outDir: flags.outDir,
          format: flags.format,
          jobs: flags.jobs,
          shard: flags.shard ?? null,
          force: flags.force === true,
          timeoutMs: flags.timeout,
          undated: flags.undated === true,
          kinds: flags.kinds,
          heapMb: flags.maxMemory,
          debug,
          version: VERSION,
          onStart: (total) => progress.start(total),
          onEntry: (entry: IndexEntry, stack?: string) => {
            progress.tick(entry.status === 'failed');
            if (debug && stack) stacks.push(`${entry.path}: ${stack}`);
          },
        }),
      where,
    );
    if (!ran) return;
    const { result: summary, stacks } = ran;
    for (const e of summary.failed) {
      const error = e.error ?? { code: 'failed', message: 'failed' };
      process.stderr.write(`${paint('red', 'failed')} ${e.path}: ${error.message} [${error.code}]\n`);
    }
    for (const s of stacks) process.stderr.write(`${s}\n`);
    if (summary.stopped) {
      // One line: what stopped the run, how far it got, what to do (the index says the same).
      const done = summary.processed + summary.skipped + summary.failed.length;
      await reportStop('batch', summary.stopped, done, summary.total, where);
      return;
    }
    const secs = summary.ms / 1000;
    const rate = summary.processed / Math.max(secs, 0.001);
    const failedText = `${summary.failed.length} failed`;
    process.stderr.write(
      `kamerbrief batch: ${summary.total} letter${summary.total === 1 ? '' : 's'}: ${summary.processed} processed, ` +
        `${summary.skipped} up to date (skipped), ${summary.failed.length > 0 ? paint('red', failedText) : failedText} ` +
        `in ${secs.toFixed(1)} s (${rate.toFixed(1)} letters/s); index: ${summary.indexPath ?? '(not written)'}\n`,
    );
    process.exitCode = summary.failed.length > 0 ? 1 : 0;
    if (flags.register && !(await registerBatchOutput(flags.outDir, debug))) process.exitCode = 1;
  });
  return exitTwoOnUsageError(cmd);
}
