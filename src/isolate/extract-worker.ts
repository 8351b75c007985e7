/**
 * The pipeline side of extractIsolated. Started with `warm`, it warms up (warm-up.ts) until its job
 * arrives. The job is one message: the bytes of a text input, or the pages of a PDF that the main
 * thread read (see early.ts); the reply is the rendered letter or an error.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { serialiseError } from '../model/errors.js';
import { extractBytes, processRaw, toLetter } from '../pipeline.js';
import { render } from '../render/index.js';
import { waitAtGate } from './flag-gate.js';
import type { PipelineJob, WorkerMessage } from './protocol.js';
import { warmUpSteps } from './warm-up.js';

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
    } satisfies WorkerMessage);
  } catch (err) {
    parentPort?.postMessage({ ok: false, error: serialiseError(err) } satisfies WorkerMessage);
  }
});

// Loaded: wait while the main thread sets the regex flag (flag-gate.ts), then warm up.
const { warm, gate } = (workerData ?? {}) as { warm?: boolean; gate?: Int32Array };
if (gate) waitAtGate(gate);

if (warm) {
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
