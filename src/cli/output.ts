/**
 * Output helpers shared by the commands: colour that respects NO_COLOR and non-TTY streams,
 * one-line errors, and the exit codes (0 ok, 1 an input failed, 2 usage).
 */
import { styleText } from 'node:util';
import { InputError } from '../model/errors.js';

export const EXIT_OK = 0;
export const EXIT_INPUT = 1;
export const EXIT_USAGE = 2;

export function useColor(stream: NodeJS.WriteStream = process.stderr): boolean {
  if (process.env.NO_COLOR !== undefined && process.env.NO_COLOR !== '') return false;
  if (process.env.FORCE_COLOR) return true;
  return !!stream.isTTY;
}

export function paint(format: Parameters<typeof styleText>[0], text: string, stream: NodeJS.WriteStream = process.stderr): string {
  return useColor(stream) ? styleText(format, text, { validateStream: false }) : text;
}

/** One clear line for an error; the stack only with --debug. */
export function reportError(err: unknown, debug: boolean, file?: string): void {
  const msg =
    err instanceof InputError
      ? err.message
      : `${file ? `${file}: ` : ''}${err instanceof Error ? err.message.split('\n')[0] : String(err)}`;
  process.stderr.write(`${paint('red', 'error')}: ${msg}\n`);
  if (debug && err instanceof Error && err.stack) process.stderr.write(`${err.stack}\n`);
}
