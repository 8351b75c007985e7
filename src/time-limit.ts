/**
 * The per-file time limit, one mechanism for every caller: the library bounds reading a file with
 * it (withTimeLimit), the `extract` command terminates its worker threads with it (isolate/), and
 * the `batch`/`check` pool kills a worker process with it (batch/pool.ts). A timer on the thread
 * that does the work cannot interrupt synchronous stages; the CLI therefore runs them in a thread
 * or process that the timer's owner can stop.
 */
import { InputError } from './model/errors.js';

/** The time limit per file when none is given: the CLI's `--timeout` and the library's `timeoutMs`. */
export const DEFAULT_TIMEOUT_MS = 60_000;

/** The error of a file that ran out of time. */
export function timedOut(path: string, ms: number): InputError {
  return new InputError(`${path}: timed out after ${ms} ms`, 'timeout', path);
}

/**
 * Calls `expire` once `ms` have passed, unless the returned function is called first. `unref`: the
 * timer alone does not keep the process alive.
 */
export function startTimeLimit(ms: number, expire: () => void, unref = false): () => void {
  const timer = setTimeout(expire, ms);
  if (unref) timer.unref();
  return () => clearTimeout(timer);
}

/** `work`, or a `timeout` InputError once `ms` have passed (0 or less: no limit). */
export async function withTimeLimit<T>(work: Promise<T>, ms: number, path: string): Promise<T> {
  if (!(ms > 0)) return work;
  let stop = () => {};
  const limit = new Promise<never>((_, reject) => {
    stop = startTimeLimit(ms, () => reject(timedOut(path, ms)), true);
  });
  try {
    return await Promise.race([work, limit]);
  } finally {
    stop();
  }
}
