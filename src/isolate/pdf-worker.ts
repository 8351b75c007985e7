/**
 * The parsing side of pdfjs for `extract`, in its own thread (see early.ts): it serves pdfjs's
 * API side in the main thread through the port it is given.
 */
import { type MessagePort, workerData } from 'node:worker_threads';
import { servePdfjs } from '../ingest/pdf.js';

void servePdfjs((workerData as { port: MessagePort }).port);
