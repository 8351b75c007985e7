/**
 * When `extract` sets the regex flag (regexp-flags.ts): only while no other thread runs JavaScript.
 *
 * V8's flags belong to the process and are read without a lock; Node's documentation calls a flag
 * changed after start-up undefined behaviour. A pattern that another thread compiles in one mode and
 * runs in the other takes the process down: when the pipeline's thread set the flag on its own while
 * the PDF reader and the main thread were busy, 2 of 15 runs of `extract` on the seed PDF ended with
 * SIGSEGV. So each worker of `extract` (the pdfjs reader, the pipeline), once it has loaded its
 * modules, sleeps at a gate of its own (a shared Int32Array, Atomics.wait), and the main thread sets
 * the flag when it hands over the input: all the workers asleep, its own loading done. It then wakes
 * them. The gain is the same as setting it anywhere once loaded (docs/performance.md).
 *
 * A side that comes too late (a worker still loading after GATE_WAIT_MS, a main thread that never
 * comes) leaves the flag alone; a compare-and-swap decides each step, so the sides agree. This module
 * imports nothing: early.ts, loaded first thing, makes the gates.
 */
const LOADING = 0;
const WAITING = 1;
const SETTING = 2;
const DONE = 3;
const SKIPPED = 4;

/** How long either side waits for the other; past it, the flag is left alone. */
export const GATE_WAIT_MS = 2_000;

export function newGate(): Int32Array {
  return new Int32Array(new SharedArrayBuffer(4));
}

/**
 * A worker's side, once its modules are loaded: sleep until the main thread has set the flag or let
 * it pass. Returns whether the flag was set.
 */
export function waitAtGate(gate: Int32Array, waitMs = GATE_WAIT_MS): boolean {
  if (Atomics.compareExchange(gate, 0, LOADING, WAITING) !== LOADING) return false;
  Atomics.notify(gate, 0);
  if (Atomics.wait(gate, 0, WAITING, waitMs) === 'timed-out') {
    // Nobody came: go on, unless the main thread took the gate at this very moment.
    if (Atomics.compareExchange(gate, 0, WAITING, SKIPPED) === WAITING) return false;
  }
  // SETTING while the main thread sets the flag, then DONE (or SKIPPED).
  Atomics.wait(gate, 0, SETTING);
  return Atomics.load(gate, 0) === DONE;
}

/**
 * A gate whose worker is being ended: it never passes. A worker still loading will not wait (and the
 * flag is then not set, as it may still run); one asleep sleeps on until it is ended.
 */
export function closeGate(gate: Int32Array): void {
  Atomics.compareExchange(gate, 0, LOADING, SKIPPED);
}

/**
 * The main thread's side, with the gates of every worker alive: given `setFlag`, wait (at most
 * `waitMs` in all) until all of them sleep, call it, and wake them; if one does not come, or without
 * `setFlag`, just let them pass. Returns whether the flag was set.
 */
export function passGates(
  gates: readonly Int32Array[],
  setFlag: (() => void) | null,
  waitMs = GATE_WAIT_MS,
): boolean {
  const deadline = performance.now() + waitMs;
  const taken: Int32Array[] = [];
  for (const gate of gates) {
    if (!setFlag) break;
    while (Atomics.load(gate, 0) === LOADING) {
      const left = deadline - performance.now();
      if (left <= 0 || Atomics.wait(gate, 0, LOADING, left) === 'timed-out') break;
    }
    if (Atomics.compareExchange(gate, 0, WAITING, SETTING) !== WAITING) break;
    taken.push(gate);
  }
  const all = setFlag !== null && taken.length === gates.length;
  if (all) setFlag();
  for (const gate of gates) {
    if (taken.includes(gate)) Atomics.store(gate, 0, all ? DONE : SKIPPED);
    else if (Atomics.compareExchange(gate, 0, LOADING, SKIPPED) !== LOADING) {
      Atomics.compareExchange(gate, 0, WAITING, SKIPPED);
    }
    Atomics.notify(gate, 0);
  }
  return all;
}
