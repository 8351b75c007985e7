/** The worker side of extractIsolated: extract one letter, render it, post the result. */
import { parentPort, workerData } from 'node:worker_threads';
import { InputError } from '../model/errors.js';
import { extractBytes, extractFile } from '../pipeline.js';
import { render } from '../render/index.js';
import type { IsolatedJob } from './isolate.js';

const job = workerData as IsolatedJob;
try {
  const options = { undated: job.undated, furniture: job.furniture };
  const letter = job.bytes
    ? await extractBytes(job.bytes, job.path, options)
    : await extractFile(job.path, options);
  parentPort?.postMessage({
    ok: true,
    result: { output: render(letter, job.format), warnings: letter.warnings },
  });
} catch (err) {
  const e = err instanceof Error ? err : new Error(String(err));
  parentPort?.postMessage({
    ok: false,
    error: {
      message: e.message,
      code: err instanceof InputError ? err.code : undefined,
      stack: e.stack,
      input: err instanceof InputError,
    },
  });
}
