/**
 * The command-line program. Heavy modules (pdfjs) load only when a PDF is read, so
 * `kamerbrief --help` answers at once.
 */
import { Argument, Command, CommanderError } from 'commander';
import { VERSION } from '../version.js';
import { batchCommand } from './batch.js';
import { checkCommand } from './check.js';
import { extractCommand } from './extract.js';
import { EXIT_INPUT, EXIT_USAGE, errnoText, errorPrefix, reportError } from './output.js';
import { registerCommand } from './register.js';

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
  $ kamerbrief register out/ --out-dir register/
  $ kamerbrief schema > letter.schema.json

Exit codes: 0 ok, 1 an input could not be processed (or failed a check), 2 usage error.`,
    );
  prog.addCommand(extractCommand());
  prog.addCommand(
    new Command('schema')
      .description("print the JSON Schema of the letter JSON (or of batch's index.json, or of register.json)")
      .addArgument(
        new Argument('[which]', 'the schema to print')
          .choices(['letter', 'index', 'register'])
          .default('letter'),
      )
      .action(async (which: string) => {
        const schema =
          which === 'index'
            ? (await import('../batch/index-schema.js')).indexJsonSchema()
            : which === 'register'
              ? (await import('../register/schema.js')).registerJsonSchema()
              : (await import('../model/letter.js')).letterJsonSchema();
        process.stdout.write(`${JSON.stringify(schema, null, 2)}\n`);
      }),
  );
  prog.addCommand(batchCommand());
  prog.addCommand(checkCommand());
  prog.addCommand(registerCommand());
  prog.exitOverride();
  for (const cmd of prog.commands) cmd.exitOverride();
  for (const cmd of [prog, ...prog.commands]) {
    const name = cmd === prog ? null : cmd.name();
    cmd.configureOutput({ outputError: (text, write) => write(usageErrorLine(text, name)) });
  }
  return prog;
}

const INVALID_ARGUMENT = /^option '([^']*)' argument '([^']*)' is invalid\. (.+)$/s;

/**
 * A usage error in the words of the rest of the CLI: "kamerbrief <command>: error: <what>" (commander
 * says "error: <what>"; a command's own `command.error(text)` has no prefix at all). An invalid
 * option value is said once: commander's "option '--shard <i/n>' argument '5/3' is invalid." goes
 * when the parser's own message names the option ("invalid --shard '5/3': need 1 <= i <= n"), and
 * otherwise becomes "invalid --format 'xx': allowed choices are json, md, ndjson".
 */
export function usageErrorLine(text: string, command: string | null): string {
  const what = text.trimEnd().replace(/^error: /, '');
  const m = INVALID_ARGUMENT.exec(what);
  let line = what;
  if (m) {
    const [, flags = '', value = '', detail = ''] = m;
    const name = /--[\w-]+/.exec(flags)?.[0] ?? flags;
    const reason = detail.trim().replace(/\.$/, '');
    line = reason.includes(name)
      ? reason
      : `invalid ${name} '${value}': ${reason.charAt(0).toLowerCase()}${reason.slice(1)}`;
  }
  return `${errorPrefix(command)}${line}\n`;
}

/** The command a command line runs ("extract"), or null: for errors raised outside commander. */
function commandOf(argv: readonly string[]): string | null {
  const name = argv.slice(2).find((a) => !a.startsWith('-'));
  return name && ['extract', 'batch', 'check', 'schema', 'register'].includes(name) ? name : null;
}

/** A closed pipe (`| head`) ends quietly; another write failure (a full disk) is one line, exit 1. */
function guardStdout(command: string | null): void {
  process.stdout.on('error', (err: NodeJS.ErrnoException) => {
    if (err.code === 'EPIPE') process.exit(process.exitCode ?? 0);
    process.stderr.write(`${errorPrefix(command)}cannot write standard output: ${errnoText(err)}\n`);
    process.exit(1);
  });
}

export async function main(argv: string[] = process.argv): Promise<void> {
  const command = commandOf(argv);
  guardStdout(command);
  try {
    await program().parseAsync(argv);
  } catch (err) {
    if (err instanceof CommanderError) {
      // --help and --version exit 0; everything else commander raises is a usage error.
      process.exitCode = err.exitCode === 0 ? 0 : EXIT_USAGE;
      return;
    }
    // Anything a command did not catch (a write into a directory, a full disk): one line, exit 1.
    reportError(err, argv.includes('--debug'), command);
    process.exitCode = EXIT_INPUT;
  }
}
