/**
 * The pipeline side of extractIsolated: extract one letter from its bytes and render it; or, for
 * a PDF, warm up on a small letter while another worker reads the pages, then process those.
 */
import { parentPort, workerData } from 'node:worker_threads';
import type { KDocument } from '../model/document.js';
import type { RawDocument } from '../model/page.js';
import { extractBytes, extractText, processRaw, toLetter } from '../pipeline.js';
import { render } from '../render/index.js';
import type { IsolatedJob } from './isolate.js';
import { errorMessage } from './worker-error.js';

const job = workerData as Omit<IsolatedJob, 'bytes'> & { bytes?: Uint8Array; awaitPages: boolean };
const options = { undated: job.undated, furniture: job.furniture };

/** A short letter that runs every stage and extractor once, so the real one finds them compiled. */
const WARM_UP = [
  'Datum 12 november 2024',
  'Onze referentie 2024-0000000000',
  '',
  '1. Voortgang',
  'Het kabinet zal voor de zomer van 2025 in Utrecht en de provincie Gelderland € 2,5 miljard investeren.',
  'In het eerste kwartaal van 2025 ontvangt uw Kamer de motie van het lid Jansen (Kamerstuk 29 435, nr. 267).',
  '',
  'De minister van Volkshuisvesting en Ruimtelijke Ordening,',
  '',
  'Jan Jansen',
].join('\n');

function post(letter: ReturnType<typeof toLetter>) {
  parentPort?.postMessage({
    ok: true,
    result: { output: render(letter, job.format), warnings: letter.warnings },
  });
}

if (job.awaitPages) {
  try {
    extractText(WARM_UP);
  } catch {
    // Warming up is an optimisation only.
  }
  parentPort?.once('message', (msg: { raw: RawDocument; source: KDocument['source'] }) => {
    try {
      post(toLetter(processRaw(msg.raw, msg.source, options)));
    } catch (err) {
      parentPort?.postMessage(errorMessage(err));
    }
  });
} else {
  try {
    post(await extractBytes(job.bytes ?? new Uint8Array(), job.path, options));
  } catch (err) {
    parentPort?.postMessage(errorMessage(err));
  }
}
