/**
 * The parsing side of pdfjs for `extract`, in its own thread (see early.ts): it serves pdfjs's
 * API side in the main thread through the port it is given.
 */
import { type MessagePort, workerData } from 'node:worker_threads';
import { servePdfjs } from '../ingest/pdf.js';
import { waitAtGate } from './flag-gate.js';

const { port, gate } = workerData as { port: MessagePort; gate?: Int32Array };
// Loaded: wait while the main thread sets the regex flag (flag-gate.ts), then serve.
void servePdfjs(port).then(() => {
  if (gate) waitAtGate(gate);
});
