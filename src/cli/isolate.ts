/**
 * Run one extraction in worker threads, so that a hard per-file time limit and a heap cap hold
 * even when a stage is busy computing (a timer on the main thread cannot interrupt synchronous
 * work, but terminating a worker can).
 *
 * A PDF uses the machine's second core: one worker reads the PDF with pdfjs while another loads
 * the pipeline and warms it up on a small letter; the pages then go to the warm pipeline. So the
 * pipeline's start-up (module loading, first-run compilation) overlaps pdfjs instead of adding to it.
 */
import { createHash } from 'node:crypto';
import { Worker } from 'node:worker_threads';
import { InputError } from '../model/errors.js';
import type { RawDocument } from '../model/page.js';

export interface IsolatedJob {
  path: string;
  /** The input's bytes (read by the main thread; standard input too). */
  bytes: Uint8Array;
  format: 'json' | 'md';
  undated: boolean;
  furniture: boolean;
}

export interface IsolatedResult {
  output: string;
  warnings: Array<{ code: string; message: string; page: number | null }>;
}

/** What a worker posts: a result, the pages of a PDF, or an error. */
export type WorkerMessage =
  | { ok: true; result: IsolatedResult }
  | { ok: true; raw: RawDocument }
  | { ok: false; error: { message: string; code?: string; stack?: string; input: boolean } };

/** Worker heap cap in MB; inputs are capped at 200 MB, so this leaves room for the document model. */
export const WORKER_HEAP_MB = 2048;

const hasPdfHeader = (bytes: Uint8Array) =>
  Buffer.from(bytes.subarray(0, 1024)).toString('latin1').includes('%PDF-');

export function extractIsolated(job: IsolatedJob, timeoutMs: number): Promise<IsolatedResult> {
  return new Promise((resolve, reject) => {
    const workers: Worker[] = [];
    const delivered = new Set<Worker>();
    let settled = false;
    const finish = (fn: () => void) => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      fn();
      for (const w of workers) void w.terminate();
    };
    const start = (file: string, data: unknown): Worker => {
      const worker = new Worker(new URL(file, import.meta.url), {
        workerData: data,
        resourceLimits: { maxOldGenerationSizeMb: WORKER_HEAP_MB },
        stdout: false,
        stderr: false,
      });
      workers.push(worker);
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
      worker.on('message', () => delivered.add(worker));
      worker.on('exit', (code) => {
        // A worker that has posted its part may end; one that ends without it has failed.
        if (!delivered.has(worker)) {
          finish(() => reject(new Error(`${job.path}: the extraction stopped unexpectedly (exit ${code})`)));
        }
      });
      return worker;
    };
    const failWith = (e: { message: string; code?: string; stack?: string; input: boolean }) => {
      const err = e.input ? new InputError(e.message, e.code ?? 'input', job.path) : new Error(e.message);
      if (e.stack) err.stack = e.stack;
      finish(() => reject(err));
    };
    const timer = setTimeout(() => {
      finish(() =>
        reject(new InputError(`${job.path}: timed out after ${timeoutMs} ms`, 'timeout', job.path)),
      );
    }, timeoutMs);

    const pdf = hasPdfHeader(job.bytes);
    const pipeline = start('./extract-worker.js', {
      ...job,
      bytes: pdf ? undefined : job.bytes,
      awaitPages: pdf,
    });
    pipeline.on('message', (msg: WorkerMessage) => {
      if (!msg.ok) failWith(msg.error);
      else if ('result' in msg) finish(() => resolve(msg.result));
    });
    if (!pdf) return;
    const reader = start('./pdf-worker.js', { path: job.path, bytes: job.bytes });
    reader.on('message', (msg: WorkerMessage) => {
      if (!msg.ok) failWith(msg.error);
      else if ('raw' in msg) {
        const sha256 = createHash('sha256').update(job.bytes).digest('hex');
        pipeline.postMessage({
          raw: msg.raw,
          source: { path: job.path, sha256, format: 'pdf', pages: msg.raw.pageCount },
        });
      }
    });
  });
}
