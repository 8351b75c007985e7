/**
 * The pipeline side of extractIsolated. Started with `warm`, it warms up (warm-up.ts) until its job
 * arrives. The job is one message: the bytes of a text input, or the pages of a PDF that the main
 * thread read (see early.ts); the reply is the rendered letter or an error.
 */
import { parentPort, workerData } from 'node:worker_threads';
import type { KDocument } from '../model/document.js';
import type { RawDocument } from '../model/page.js';
import { extractBytes, processRaw, toLetter } from '../pipeline.js';
import { render } from '../render/index.js';
import type { IsolatedJob } from './isolate.js';
import { warmUpSteps } from './warm-up.js';
import { errorMessage } from './worker-error.js';

/** The one message this worker gets. */
export type PipelineJob = Omit<IsolatedJob, 'bytes'> &
  ({ bytes: Uint8Array } | { raw: RawDocument; source: KDocument['source'] });

let arrived = false;
parentPort?.once('message', async (job: PipelineJob) => {
  arrived = true;
  const options = { undated: job.undated, kinds: job.kinds, furniture: job.furniture };
  try {
    const letter =
      'raw' in job
        ? toLetter(processRaw(job.raw, job.source, options))
        : await extractBytes(job.bytes, job.path, options);
    parentPort?.postMessage({
      ok: true,
      result: { output: render(letter, job.format), warnings: letter.warnings },
    });
  } catch (err) {
    parentPort?.postMessage(errorMessage(err));
  }
});

if ((workerData as { warm?: boolean } | null)?.warm) {
  // One step per event-loop turn, so that the job is taken as soon as it arrives.
  const steps = warmUpSteps();
  const next = () => {
    const step = steps.shift();
    if (!step || arrived) return;
    step();
    setImmediate(next);
  };
  next();
}
