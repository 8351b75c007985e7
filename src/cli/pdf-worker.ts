/** The reading side of a PDF extraction: pdfjs turns the bytes into pages of lines. */
import { parentPort, workerData } from 'node:worker_threads';
import { readPdf } from '../ingest/pdf.js';
import { errorMessage } from './worker-error.js';

const { path, bytes } = workerData as { path: string; bytes: Uint8Array };
try {
  parentPort?.postMessage({ ok: true, raw: await readPdf(bytes, path) });
} catch (err) {
  parentPort?.postMessage(errorMessage(err));
}
