/**
 * `kamerbrief register <batch-output-dir | letters...> --out-dir DIR [--as-of DATE]`: one register of
 * commitments over many letters (commitments.csv, register.json, register.md, register.html).
 * Exit codes: 0 ok, 1 an input could not be read or a file not written, 2 usage error.
 */
import { Command, InvalidArgumentError } from 'commander';
import { parseKinds } from '../model/kinds.js';
import type { CommitmentKind } from '../model/letter.js';
import { parseIsoDate } from '../register/iso-date.js';
import { VERSION } from '../version.js';
import { exitTwoOnUsageError, parsedBy } from './options.js';
import { EXIT_INPUT, errorPrefix, reportError } from './output.js';

function asOfDate(value: string): string {
  if (parseIsoDate(value) === null)
    throw new InvalidArgumentError(`invalid --as-of '${value}': need a date as YYYY-MM-DD`);
  return value;
}

/** The summary line: "3 letters, 5 commitments (2 overdue, 1 due, 2 open), 2 links (1 postponed, 1 delivered)". */
export function registerSummary(r: {
  letters: unknown[];
  commitments: unknown[];
  links: unknown[];
  counts: { status: Record<string, number>; link: Record<string, number> };
}): string {
  const parts = (c: Record<string, number>) =>
    Object.entries(c)
      .map(([k, n]) => `${n} ${k}`)
      .join(', ');
  const s = (n: number, w: string) => `${n} ${w}${n === 1 ? '' : 's'}`;
  const status = parts(r.counts.status);
  const link = parts(r.counts.link);
  return `${s(r.letters.length, 'letter')}, ${s(r.commitments.length, 'commitment')}${status ? ` (${status})` : ''}, ${s(r.links.length, 'link')}${link ? ` (${link})` : ''}`;
}

/** `batch --register`: the register of a batch's output directory, written into it. False on a problem. */
export async function registerBatchOutput(outDir: string, debug: boolean): Promise<boolean> {
  try {
    const { runRegister, today } = await import('../register/run.js');
    const run = await runRegister({ inputs: [outDir], outDir, asOf: today(), version: VERSION });
    for (const p of run.problems)
      process.stderr.write(`${errorPrefix('batch')}register: ${p.path}: ${p.message}\n`);
    if (run.register) process.stderr.write(`kamerbrief batch: register: ${registerSummary(run.register)}\n`);
    return run.problems.length === 0;
  } catch (err) {
    reportError(err, debug, 'batch');
    return false;
  }
}

export function registerCommand(): Command {
  const cmd = new Command('register')
    .description('one register of commitments over many letters: CSV, JSON, Markdown and an HTML page')
    .argument(
      '<inputs...>',
      'a batch output directory (its index.json), letter JSON files, or letters (PDF, Word, ODT, XML, HTML, text)',
    )
    .requiredOption(
      '-o, --out-dir <dir>',
      'where commitments.csv, register.json, register.md and register.html go',
    )
    .option('--as-of <date>', 'the date statuses are taken on, YYYY-MM-DD (default: today)', asOfDate)
    .option('--undated', 'letters extracted here: also list commitments without a date')
    .option(
      '--kinds <list>',
      'letters extracted here: commitment kinds to list (promise, plan, expectation, in-force, or all; default promise,plan)',
      parsedBy(parseKinds),
    )
    .option('--debug', 'print stack traces for errors')
    .addHelpText(
      'after',
      `
Statuses on the as-of date: overdue (due date passed), due (within 3 months), open (later or no date),
delivered (a later letter reports it done). Links: repeated, postponed, advanced, delivered.

Examples:
  $ kamerbrief batch letters/ -o out && kamerbrief register out -o register/
  $ kamerbrief register a.json b.json c.pdf -o register/ --as-of 2025-06-30
  $ kamerbrief batch letters/ -o out --register          the same, next to out/index.json`,
    )
    .action(
      async (
        inputs: string[],
        flags: {
          outDir: string;
          asOf?: string;
          undated?: boolean;
          kinds?: CommitmentKind[];
          debug?: boolean;
        },
      ) => {
        const debug = flags.debug === true;
        try {
          const { runRegister, today } = await import('../register/run.js');
          const run = await runRegister({
            inputs,
            outDir: flags.outDir,
            asOf: flags.asOf ?? today(),
            version: VERSION,
            undated: flags.undated === true,
            kinds: flags.kinds,
          });
          for (const p of run.problems)
            process.stderr.write(`${errorPrefix('register')}${p.path}: ${p.message}\n`);
          if (run.register) {
            process.stderr.write(
              `kamerbrief register: ${registerSummary(run.register)}; wrote ${flags.outDir.replace(/[/\\]+$/, '')}/{commitments.csv,register.json,register.md,register.html}\n`,
            );
          }
          process.exitCode = run.problems.length > 0 ? EXIT_INPUT : 0;
        } catch (err) {
          reportError(err, debug, 'register');
          process.exitCode = EXIT_INPUT;
        }
      },
    );
  return exitTwoOnUsageError(cmd);
}
