/**
 * Run one extraction in a worker thread, so that a hard per-file time limit and a heap cap hold
 * even when a stage is busy computing (a timer on the main thread cannot interrupt synchronous
 * work, but terminating a worker can).
 */
import { Worker } from 'node:worker_threads';
import { InputError } from '../model/errors.js';

export interface IsolatedJob {
  /** A path, or the bytes of standard input. */
  path: string;
  bytes?: Uint8Array;
  format: 'json' | 'md';
  undated: boolean;
  furniture: boolean;
}

export interface IsolatedResult {
  output: string;
  warnings: Array<{ code: string; message: string; page: number | null }>;
}

/** Worker heap cap in MB; inputs are capped at 200 MB, so this leaves room for the document model. */
export const WORKER_HEAP_MB = 2048;

export function extractIsolated(job: IsolatedJob, timeoutMs: number): Promise<IsolatedResult> {
  return new Promise((resolve, reject) => {
    const worker = new Worker(new URL('./extract-worker.js', import.meta.url), {
      workerData: job,
      resourceLimits: { maxOldGenerationSizeMb: WORKER_HEAP_MB },
      stdout: false,
      stderr: false,
    });
    let settled = false;
    const finish = (fn: () => void) => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      fn();
      void worker.terminate();
    };
    const timer = setTimeout(() => {
      finish(() =>
        reject(new InputError(`${job.path}: timed out after ${timeoutMs} ms`, 'timeout', job.path)),
      );
    }, timeoutMs);
    worker.on(
      'message',
      (
        msg:
          | { ok: true; result: IsolatedResult }
          | { ok: false; error: { message: string; code?: string; stack?: string; input: boolean } },
      ) => {
        if (msg.ok) finish(() => resolve(msg.result));
        else {
          const e = msg.error;
          const err = e.input ? new InputError(e.message, e.code ?? 'input', job.path) : new Error(e.message);
          if (e.stack) err.stack = e.stack;
          finish(() => reject(err));
        }
      },
    );
    worker.on('error', (err: Error & { code?: string }) => {
      if (err.code === 'ERR_WORKER_OUT_OF_MEMORY') {
        finish(() =>
          reject(
            new InputError(
              `${job.path}: out of memory (over ${WORKER_HEAP_MB} MB)`,
              'out-of-memory',
              job.path,
            ),
          ),
        );
      } else finish(() => reject(err));
    });
    worker.on('exit', (code) => {
      finish(() => reject(new Error(`${job.path}: the extraction stopped unexpectedly (exit ${code})`)));
    });
  });
}
