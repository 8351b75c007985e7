/** An input that cannot be processed at all: one clear line, exit 1. Everything else is a warning. */
export class InputError extends Error {
  constructor(
    message: string,
    readonly code: string,
    readonly file?: string,
  ) {
    super(message);
    this.name = 'InputError';
  }
}

/** An error as it crosses a thread or process boundary (plain JSON): the worker posts it, the main side rebuilds it. */
export interface SerialisedError {
  /** The InputError's code, or 'internal' for anything else. */
  code: string;
  message: string;
  /** Only for internal errors (a bug, shown with --debug); an input error is its one line. */
  stack?: string;
}

export const INTERNAL_ERROR = 'internal';

/** The one serialiser of errors, for the extract thread and the batch worker processes alike. */
export function serialiseError(err: unknown): SerialisedError {
  // By name, not instanceof: a bundle may hold the class twice.
  if (err instanceof Error && err.name === 'InputError') {
    return { code: String((err as Error & { code?: unknown }).code ?? 'input'), message: err.message };
  }
  if (err instanceof Error) return { code: INTERNAL_ERROR, message: err.message, stack: err.stack };
  return { code: INTERNAL_ERROR, message: String(err) };
}

/** The error a serialised one stands for: an InputError again, or a plain Error with the worker's stack. */
export function deserialiseError(e: SerialisedError, file?: string): Error {
  if (e.code !== INTERNAL_ERROR) return new InputError(e.message, e.code, file);
  const err = new Error(e.message);
  if (e.stack) err.stack = e.stack;
  return err;
}
