/**
 * Run one extraction in worker threads, so that a hard per-file time limit and a heap cap hold
 * even when a stage is busy computing (a timer on the main thread cannot interrupt synchronous
 * work, but terminating a worker can).
 *
 * A PDF uses the machine's second core: pdfjs parses it in one worker (its API side, in this
 * thread, builds the lines; see early.ts) while another worker loads the pipeline and warms it up
 * (warm-up.ts); the pages then go to the warm pipeline. So the pipeline's start-up (module loading,
 * first-run compilation) overlaps pdfjs instead of adding to it.
 */
import type { Worker } from 'node:worker_threads';
import { sha256 } from '../hash.js';
import { loadPdfjs, readPdf } from '../ingest/pdf.js';
import { isPdf } from '../ingest/registry.js';
import { deserialiseError, InputError } from '../model/errors.js';
import { compileRegexesOnce } from '../regexp-flags.js';
import { startTimeLimit, timedOut } from '../time-limit.js';
import { dropEarlyReader, liveGates, takePipeline, takeReader, WORKER_HEAP_MB } from './early.js';
import { passGates } from './flag-gate.js';
import type { IsolatedJob, IsolatedResult, PipelineJob, WorkerMessage } from './protocol.js';

export type { IsolatedJob, IsolatedResult } from './protocol.js';

export function extractIsolated(job: IsolatedJob, timeoutMs: number): Promise<IsolatedResult> {
  return new Promise((resolve, reject) => {
    const workers: Worker[] = [];
    const delivered = new Set<Worker>();
    let settled = false;
    const finish = (fn: () => void) => {
      if (settled) return;
      settled = true;
      stopTimeLimit();
      fn();
      for (const w of workers) void w.terminate();
      reader?.port.close();
    };
    const start = (worker: Worker): Worker => {
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
    const stopTimeLimit = startTimeLimit(timeoutMs, () =>
      finish(() => reject(timedOut(job.path, timeoutMs))),
    );

    const pdf = isPdf(job.bytes);
    // The reader first: it is on the critical path (both may have been started by bin/ already).
    const reader = pdf ? takeReader() : null;
    if (reader) start(reader.worker);
    else dropEarlyReader();
    const pipeline = start(takePipeline(pdf));
    pipeline.on('message', (msg: WorkerMessage) => {
      if (!msg.ok) finish(() => reject(deserialiseError(msg.error, job.path)));
      else if ('result' in msg) finish(() => resolve(msg.result));
    });
    // The regex flag, set while every other thread sleeps at its gate (flag-gate.ts), once this
    // thread has loaded what it needs (pdfjs's API side for a PDF).
    const setFlag = () => passGates(liveGates(), compileRegexesOnce);
    const { bytes, ...settings } = job;
    if (!reader) {
      setFlag();
      pipeline.postMessage({ ...settings, bytes } satisfies PipelineJob);
      return;
    }
    loadPdfjs()
      .catch(() => undefined)
      .then(() => {
        setFlag();
        return readPdf(bytes, job.path, reader.port);
      })
      .then(
        (raw) => {
          const source = {
            path: job.path,
            sha256: sha256(bytes),
            format: 'pdf' as const,
            pages: raw.pageCount,
          };
          pipeline.postMessage({ ...settings, raw, source } satisfies PipelineJob);
        },
        (err) => finish(() => reject(err)),
      );
  });
}
