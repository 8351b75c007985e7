/**
 * Output helpers shared by the commands: one-line errors, the same in every command
 * ("kamerbrief <command>: error: <what>", as batch and check say their summaries; "error" coloured
 * only on a terminal, never with NO_COLOR), system errors said in words ("cannot write out: is a
 * directory (EISDIR)", not "EISDIR: illegal operation on a directory, rename ..."), and the exit codes
 * (0 ok, 1 an input failed, 2 usage).
 */
import { errnoWords } from '../model/errno.js';
import { InputError } from '../model/errors.js';
import { painter, wantsColor } from './reporters/color.js';

export const EXIT_INPUT = 1;
export const EXIT_USAGE = 2;

type Errno = NodeJS.ErrnoException & { dest?: string };

function errnoOf(err: unknown): Errno | null {
  const e = err as Errno | null;
  return e instanceof Error && typeof e.code === 'string' && /^E[A-Z]+$/.test(e.code) ? e : null;
}

/** A system error's code in words ("is a directory (EISDIR)"); its message for anything else. */
export function errnoText(err: unknown): string {
  const words = errnoWords(errnoOf(err)?.code);
  if (words) return words;
  return err instanceof Error ? (err.message.split('\n')[0] ?? '') : String(err);
}

/** "cannot write FILE: <reason>" for a failed write of FILE. */
export function writeErrorText(path: string, err: unknown): string {
  return `cannot write ${path}: ${errnoText(err)}`;
}

/**
 * A system error nobody caught, in words: what was done to which path. `mkdir` of a path that is
 * a file fails with EEXIST: the user asked for a directory where a file is.
 */
function describeErrno(e: Errno): string {
  const path = e.dest ?? e.path;
  if (!path) return errnoText(e);
  if (e.syscall === 'mkdir' && e.code === 'EEXIST')
    return `cannot create directory ${path}: a file of that name exists`;
  const writing = ['rename', 'write', 'mkdir', 'unlink', 'rmdir', 'copyfile', 'ftruncate'].includes(
    e.syscall ?? '',
  );
  return writing ? writeErrorText(path, e) : `${path}: ${errnoText(e)}`;
}

/** "kamerbrief extract: error: " (or "kamerbrief: error: " outside a command), "error" painted. */
export function errorPrefix(command: string | null, paint = painter(wantsColor(process.stderr))): string {
  return `kamerbrief${command ? ` ${command}` : ''}: ${paint('red', 'error')}: `;
}

/** One clear line for an error; the stack only with --debug. */
export function reportError(err: unknown, debug: boolean, command: string | null, file?: string): void {
  const errno = errnoOf(err);
  const msg =
    err instanceof InputError
      ? err.message
      : errno
        ? describeErrno(errno)
        : `${file ? `${file}: ` : ''}${err instanceof Error ? err.message.split('\n')[0] : String(err)}`;
  process.stderr.write(`${errorPrefix(command)}${msg}\n`);
  if (debug && err instanceof Error && err.stack) process.stderr.write(`${err.stack}\n`);
}
