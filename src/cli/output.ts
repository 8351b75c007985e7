/**
 * Output helpers shared by the commands: one-line errors (coloured only on a terminal, never
 * with NO_COLOR), and the exit codes (0 ok, 1 an input failed, 2 usage).
 */
import { InputError } from '../model/errors.js';
import { painter, wantsColor } from './reporters/color.js';

export const EXIT_OK = 0;
export const EXIT_INPUT = 1;
export const EXIT_USAGE = 2;

/** One clear line for an error; the stack only with --debug. */
export function reportError(err: unknown, debug: boolean, file?: string): void {
  const msg =
    err instanceof InputError
      ? err.message
      : `${file ? `${file}: ` : ''}${err instanceof Error ? err.message.split('\n')[0] : String(err)}`;
  process.stderr.write(`${painter(wantsColor(process.stderr))('red', 'error')}: ${msg}\n`);
  if (debug && err instanceof Error && err.stack) process.stderr.write(`${err.stack}\n`);
}
