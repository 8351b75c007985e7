/**
 * The pipeline side of extractIsolated. Started with `warm`, it warms up (warm-up.ts) until its job
 * arrives. The job is one message: the bytes of a text input, or the pages of a PDF that the main
 * thread read (see early.ts); the reply is the rendered letter or an error.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { serialiseError } from '../model/errors.js';
import { extractBytes, processRaw, toLetter } from '../pipeline.js';
import { compileRegexesOnce } from '../regexp-flags.js';
import { render } from '../render/index.js';
import type { PipelineJob, WorkerMessage } from './protocol.js';
import { warmUpSteps } from './warm-up.js';

// After the imports above: see regexp-flags.ts.
compileRegexesOnce();

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
