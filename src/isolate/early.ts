/**
 * The threads of `extract`, startable before the CLI has even parsed its arguments.
 *
 * A PDF is read by pdfjs split over two threads, as in a browser: its parsing side (its "worker")
 * runs in a worker thread (pdf-worker.ts), so the hard time limit and heap cap hold whatever a PDF
 * makes it do; its API side runs in the main thread, which only awaits messages, builds lines and
 * keeps the timer. A second worker (extract-worker.ts) loads the pipeline and warms it up
 * meanwhile, and then processes the pages (or a text input's bytes).
 *
 * `bin/kamerbrief.js extract x.pdf` starts all of it first thing, so that the workers' start-up,
 * the imports and the warm-up overlap the CLI's own loading (for other input, the pipeline worker
 * alone). The workers wait for their first
 * message and are unreferenced until taken, so threads nobody takes (a usage error) never keep the
 * process alive. Each waits at a gate once loaded (flag-gate.ts). This module loads nothing but
 * node:worker_threads and flag-gate.ts, which imports nothing.
 */
import { MessageChannel, type MessagePort, Worker } from 'node:worker_threads';
import { closeGate, newGate } from './flag-gate.js';

/** Worker heap cap in MB; inputs are capped at 200 MB, so this leaves room for the document model. */
export const WORKER_HEAP_MB = 2048;

/** Options of every extraction worker: a heap cap, and output kept off the process's streams. */
export const WORKER_OPTIONS = Object.freeze({
  resourceLimits: { maxOldGenerationSizeMb: WORKER_HEAP_MB },
  stdout: false,
  stderr: false,
});

/** A pdfjs worker thread and the port the API side talks to it through. */
export interface Reader {
  worker: Worker;
  port: MessagePort;
}

interface Started<T> {
  value: T;
  worker: Worker;
  gone: boolean;
}

/**
 * The gate of each worker alive (flag-gate.ts): once loaded, every worker sleeps at it until the
 * main thread has set the regex flag or let it pass.
 */
const gates = new Map<Worker, Int32Array>();

/** A worker of `extract`, with a gate of its own. */
function gated(file: string, data: Record<string, unknown>, transferList: MessagePort[] = []): Worker {
  const gate = newGate();
  const worker = new Worker(new URL(file, import.meta.url), {
    ...WORKER_OPTIONS,
    workerData: { ...data, gate },
    transferList,
  });
  gates.set(worker, gate);
  worker.once('exit', () => gates.delete(worker));
  return worker;
}

/** The gates of the workers alive, for passGates. */
export function liveGates(): Int32Array[] {
  return [...gates.values()];
}

function track<T>(value: T, worker: Worker): Started<T> {
  const started = { value, worker, gone: false };
  // Until taken, a failure only marks it: the extraction then starts a fresh one.
  worker.once('error', () => {
    started.gone = true;
  });
  worker.once('exit', () => {
    started.gone = true;
  });
  return started;
}

function spawnReader(): Started<Reader> {
  const { port1, port2 } = new MessageChannel();
  const worker = gated('./pdf-worker.js', { port: port2 }, [port2]);
  return track({ worker, port: port1 }, worker);
}

/** The pipeline worker; `warm` makes it warm up until its job arrives (worth it for a PDF). */
function spawnPipeline(warm: boolean): Started<Worker> {
  const worker = gated('./extract-worker.js', { warm });
  return track(worker, worker);
}

let earlyReader: Started<Reader> | null = null;
let earlyPipeline: Started<Worker> | null = null;

/**
 * Start the threads of an extraction now, to be taken by the extraction that follows: for a PDF
 * the reader and a pipeline that warms up, for other input the pipeline alone, loading its modules
 * while the CLI loads.
 */
export function startEarly(pdf = true): void {
  if (earlyReader || earlyPipeline) return;
  // The reader first: it is on the critical path.
  if (pdf) {
    earlyReader = spawnReader();
    earlyReader.worker.unref();
  }
  earlyPipeline = spawnPipeline(pdf);
  earlyPipeline.worker.unref();
  if (pdf) import('../ingest/pdf.js').then((m) => m.preloadPdfjs()).catch(() => undefined);
}

function take<T>(started: Started<T> | null, spawn: () => Started<T>): T {
  if (started && !started.gone) {
    started.worker.ref();
    return started.value;
  }
  if (started) void started.worker.terminate();
  return spawn().value;
}

/** The reader started early if it is still alive, or a new one. */
export function takeReader(): Reader {
  const started = earlyReader;
  earlyReader = null;
  return take(started, spawnReader);
}

/** The pipeline worker started early if it is still alive, or a new one (warming if `warm`). */
export function takePipeline(warm: boolean): Worker {
  const started = earlyPipeline;
  earlyPipeline = null;
  return take(started, () => spawnPipeline(warm));
}

/** A reader started early and not taken (the input was no PDF) is ended: it costs nothing more. */
export function dropEarlyReader(): void {
  if (earlyReader) {
    const gate = gates.get(earlyReader.worker);
    if (gate) closeGate(gate);
    void earlyReader.worker.terminate();
  }
  earlyReader = null;
}
