import { InputError } from '../model/errors.js';

/** An error as a worker posts it to the main thread. */
export function errorMessage(err: unknown) {
  const e = err instanceof Error ? err : new Error(String(err));
  return {
    ok: false as const,
    error: {
      message: e.message,
      code: err instanceof InputError ? err.code : undefined,
      stack: e.stack,
      input: err instanceof InputError,
    },
  };
}
