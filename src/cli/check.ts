/**
 * `kamerbrief check <paths|globs...>`: does each letter parse, and does it have what CI requires?
 * Reporters: text (default), github (annotations), junit (XML). Exit 1 when any letter fails.
 */

import { Command, Option } from 'commander';
import { DEFAULT_REQUIRE, parseRequire, REQUIREMENTS } from '../batch/check.js';
import type { CommitmentKind } from '../model/letter.js';
import { addWorkerOptions, exitTwoOnUsageError, parsedBy } from './options.js';
import { painter, REPORTERS, wantsColor } from './reporters/index.js';

interface CheckFlags {
  reporter: string;
  output?: string;
  require: string[];
  strict?: boolean;
  jobs: number;
  timeout: number;
  undated?: boolean;
  kinds?: CommitmentKind[];
  maxMemory: number;
  progress: boolean;
  debug?: boolean;
}

export function checkCommand(): Command {
  const cmd = new Command('check')
    .description('check that letters parse and carry the required facts (for CI)')
    .argument(
      '<inputs...>',
      'letter files (PDF, Word, ODT, XML, HTML, text), directories (searched for *.pdf *.docx *.odt *.xml *.html *.htm *.txt), globs, or - for standard input',
    )
    .addOption(
      new Option('-r, --reporter <name>', 'report format').choices(Object.keys(REPORTERS)).default('text'),
    )
    .option('-o, --output <file>', 'write the report to a file instead of stdout (- for stdout)')
    .option(
      '--require <list>',
      `comma-separated facts every letter must have: ${Object.keys(REQUIREMENTS).join(', ')}, or none`,
      parsedBy(parseRequire),
      DEFAULT_REQUIRE,
    )
    .option('--strict', 'warnings fail too');
  addWorkerOptions(cmd).action(async (inputs: string[], flags: CheckFlags, command: Command) => {
    // Loaded here, not at the top: `kamerbrief --help` should not pay for them.
    const [{ runCheck }, { reportStop, withProgress }, { writeFileAtomic }, { isWriteError, writeStop }] =
      await Promise.all([
        import('../batch/check-run.js'),
        import('./with-progress.js'),
        import('../batch/atomic.js'),
        import('../batch/stop.js'),
      ]);
    const debug = flags.debug === true || command.optsWithGlobals().debug === true;
    const reporter = REPORTERS[flags.reporter];
    if (!reporter) return command.error(`unknown reporter '${flags.reporter}'`, { exitCode: 2 });
    const timestamp = new Date().toISOString();
    const started = performance.now();
    const ran = await withProgress('check', flags.progress, ({ progress, stacks }) =>
      runCheck({
        inputs,
        jobs: flags.jobs,
        timeoutMs: flags.timeout,
        undated: flags.undated === true,
        kinds: flags.kinds,
        heapMb: flags.maxMemory,
        debug,
        require: flags.require,
        strict: flags.strict === true,
        onStart: (total) => progress.start(total),
        onOutcome: (o, stack) => {
          progress.tick(o.failed);
          if (debug && stack) stacks.push(`${o.path}: ${stack}`);
        },
      }),
    );
    if (!ran) return;
    const { result: checked, stacks } = ran;
    const { outcomes } = checked;
    for (const s of stacks) process.stderr.write(`${s}\n`);
    if (checked.stopped) {
      // Interrupted: no report (it would pass off a part as the whole).
      await reportStop('check', checked.stopped, outcomes.length, checked.total, null, 'checked');
      return;
    }
    const toFile = flags.output !== undefined && flags.output !== '-';
    const report = reporter(outcomes, {
      strict: flags.strict === true,
      ms: Math.round(performance.now() - started),
      timestamp,
      paint: painter(!toFile && flags.reporter === 'text' && wantsColor(process.stdout)),
    });
    if (toFile) {
      const file = flags.output as string;
      try {
        await writeFileAtomic(file, report);
      } catch (err) {
        // A full disk or a read-only folder: one line, exit 1, and no half-written report.
        if (!isWriteError(err)) throw err;
        await reportStop(
          'check',
          writeStop(err, 'the report'),
          outcomes.length,
          checked.total,
          file,
          'checked',
        );
        return;
      }
    } else {
      process.stdout.write(report);
    }
    const failed = outcomes.filter((o) => o.failed).length;
    if (flags.reporter !== 'text' || toFile) {
      process.stderr.write(
        `kamerbrief check: ${outcomes.length} letter${outcomes.length === 1 ? '' : 's'} checked, ${failed} failed` +
          `${toFile ? `; report: ${flags.output}` : ''}\n`,
      );
    }
    process.exitCode = failed > 0 ? 1 : 0;
  });
  return exitTwoOnUsageError(cmd);
}
