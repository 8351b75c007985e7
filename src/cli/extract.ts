import { Command, Option } from 'commander';
import { writeFileAtomic } from '../batch/atomic.js';
import { InputError } from '../model/errors.js';
import { parseKinds } from '../model/kinds.js';
import type { CommitmentKind } from '../model/letter.js';
import { FORMATS, type Format } from '../render/index.js';
import { DEFAULT_TIMEOUT_MS } from '../time-limit.js';
import { parsedBy, positiveInt } from './options.js';
import { EXIT_INPUT, EXIT_USAGE, reportError, writeErrorText } from './output.js';
import { chooseFormat } from './output-format.js';

export function extractCommand(): Command {
  return new Command('extract')
    .description('extract one letter (PDF or text) to JSON or a Markdown report')
    .argument('<file>', 'a letter: PDF, Word (.docx), ODT, XML, HTML or text; "-" reads standard input')
    .addOption(
      new Option(
        '-f, --format <format>',
        "output format (default: from the -o file's extension, else json)",
      ).choices(FORMATS),
    )
    .option(
      '-o, --output <file>',
      'write to a file (atomically) instead of standard output; .md, .json or .ndjson sets the format',
    )
    .option('--undated', 'also list commitments without a date', false)
    .option(
      '--kinds <list>',
      'commitment kinds to list: promise, plan, expectation, in-force (comma-separated) or all; default promise,plan',
      parsedBy(parseKinds),
    )
    .option(
      '--furniture',
      'include the page-furniture layer (headers, footers, address block) in the JSON',
      false,
    )
    .option(
      '--timeout <ms>',
      'per-file time limit in milliseconds',
      positiveInt('--timeout'),
      DEFAULT_TIMEOUT_MS,
    )
    .option('--debug', 'print stack traces for errors', false)
    .addHelpText(
      'after',
      `
Examples:
  $ kamerbrief extract letter.pdf                  JSON on standard output
  $ kamerbrief extract letter.pdf -o out.md        a Markdown report in out.md
  $ kamerbrief extract letter.pdf -f md            a Markdown report on standard output
  $ pdftotext letter.pdf - | kamerbrief extract -  text from standard input
  $ kamerbrief extract letter.txt --undated        also undated promises
  $ kamerbrief extract letter.txt --kinds all      also expectations and rules in force`,
    )
    .action(
      async (
        file: string,
        opts: {
          format?: Format;
          output?: string;
          undated: boolean;
          kinds?: CommitmentKind[];
          furniture: boolean;
          timeout: number;
          debug: boolean;
        },
        command: Command,
      ) => {
        const chosen = chooseFormat(opts.format, opts.output);
        if ('error' in chosen) return command.error(chosen.error, { exitCode: EXIT_USAGE });
        try {
          // The work runs in a worker thread: the time limit and heap cap hold whatever a stage does.
          const { extractIsolated } = await import('../isolate/index.js');
          const { readInput } = await import('../ingest/read.js');
          const bytes = await readInput(file);
          const { output, warnings } = await extractIsolated(
            {
              path: file,
              bytes,
              format: chosen.format,
              undated: opts.undated,
              kinds: opts.kinds,
              furniture: opts.furniture,
            },
            opts.timeout,
          );
          if (opts.output) {
            try {
              await writeFileAtomic(opts.output, output);
            } catch (err) {
              throw new InputError(writeErrorText(opts.output, err), 'unwritable', opts.output);
            }
          } else await writeStdout(output);
          for (const w of warnings) process.stderr.write(`warning: ${file}: ${w.message} [${w.code}]\n`);
        } catch (err) {
          reportError(err, opts.debug, 'extract', file);
          process.exitCode = EXIT_INPUT;
        }
      },
    );
}

/** Write to stdout; failures (a closed pipe, a full disk) are handled once for the whole CLI in main(). */
function writeStdout(text: string): Promise<void> {
  return new Promise((resolve) => {
    process.stdout.write(text, () => resolve());
  });
}
