/**
 * The command-line program. Heavy modules (pdfjs) load only when a PDF is read, so
 * `kamerbrief --help` answers at once.
 */
import { Argument, Command, CommanderError } from 'commander';
import { VERSION } from '../version.js';
import { batchCommand } from './batch.js';
import { checkCommand } from './check.js';
import { extractCommand } from './extract.js';
import { EXIT_USAGE } from './output.js';

export function program(): Command {
  const prog = new Command('kamerbrief')
    .description('Turn Dutch ministerial letters to parliament (Kamerbrieven) into structured data.')
    .version(VERSION, '-V, --version')
    .showHelpAfterError('(run with --help for usage)')
    .addHelpText(
      'after',
      `
Examples:
  $ kamerbrief extract letter.pdf > letter.json
  $ kamerbrief extract letter.pdf --format md -o letter.md
  $ kamerbrief batch 'letters/**/*.pdf' --out-dir out/
  $ kamerbrief check letters/ --reporter github
  $ kamerbrief schema > letter.schema.json

Exit codes: 0 ok, 1 an input could not be processed (or failed a check), 2 usage error.`,
    );
  prog.addCommand(extractCommand());
  prog.addCommand(
    new Command('schema')
      .description("print the JSON Schema of the letter JSON (or of batch's index.json)")
      .addArgument(
        new Argument('[which]', 'the schema to print').choices(['letter', 'index']).default('letter'),
      )
      .action(async (which: string) => {
        const schema =
          which === 'index'
            ? (await import('../batch/index-schema.js')).indexJsonSchema()
            : (await import('../model/letter.js')).letterJsonSchema();
        process.stdout.write(`${JSON.stringify(schema, null, 2)}\n`);
      }),
  );
  prog.addCommand(batchCommand());
  prog.addCommand(checkCommand());
  prog.exitOverride();
  for (const cmd of prog.commands) cmd.exitOverride();
  return prog;
}

/** A closed pipe (`| head`) ends quietly; another write failure (a full disk) is one line, exit 1. */
function guardStdout(): void {
  process.stdout.on('error', (err: NodeJS.ErrnoException) => {
    if (err.code === 'EPIPE') process.exit(process.exitCode ?? 0);
    process.stderr.write(`error: cannot write standard output: ${err.code ?? err.message}\n`);
    process.exit(1);
  });
}

export async function main(argv: string[] = process.argv): Promise<void> {
  guardStdout();
  try {
    await program().parseAsync(argv);
  } catch (err) {
    if (err instanceof CommanderError) {
      // --help and --version exit 0; everything else commander raises is a usage error.
      process.exitCode = err.exitCode === 0 ? 0 : EXIT_USAGE;
      return;
    }
    throw err;
  }
}
