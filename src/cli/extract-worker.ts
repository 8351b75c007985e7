/**
 * The pipeline side of extractIsolated: extract one letter from its bytes and render it; or, for
 * a PDF, warm up (warm-up.ts) while another worker reads the pages, then process those.
 */
import { parentPort, workerData } from 'node:worker_threads';
import type { KDocument } from '../model/document.js';
import type { RawDocument } from '../model/page.js';
import { extractBytes, processRaw, toLetter } from '../pipeline.js';
import { render } from '../render/index.js';
import type { IsolatedJob } from './isolate.js';
import { warmUpSteps } from './warm-up.js';
import { errorMessage } from './worker-error.js';

const job = workerData as Omit<IsolatedJob, 'bytes'> & { bytes?: Uint8Array; awaitPages: boolean };
const options = { undated: job.undated, furniture: job.furniture };

function post(letter: ReturnType<typeof toLetter>) {
  parentPort?.postMessage({
    ok: true,
    result: { output: render(letter, job.format), warnings: letter.warnings },
  });
}

if (job.awaitPages) {
  let arrived = false;
  parentPort?.once('message', (msg: { raw: RawDocument; source: KDocument['source'] }) => {
    arrived = true;
    try {
      post(toLetter(processRaw(msg.raw, msg.source, options)));
    } catch (err) {
      parentPort?.postMessage(errorMessage(err));
    }
  });
  const steps = warmUpSteps(job.format);
  const next = () => {
    const step = steps.shift();
    if (!step || arrived) return;
    step();
    setImmediate(next);
  };
  next();
} else {
  try {
    post(await extractBytes(job.bytes ?? new Uint8Array(), job.path, options));
  } catch (err) {
    parentPort?.postMessage(errorMessage(err));
  }
}
