/**
 * The gate at which `extract`'s workers sleep while the main thread sets the regex flag
 * (src/isolate/flag-gate.ts): the flag is set only when every worker sleeps, and nobody waits longer
 * than the time allowed when the other side does not come.
 */
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { Worker } from 'node:worker_threads';
import { afterEach, describe, expect, it } from 'vitest';
import { closeGate, newGate, passGates, waitAtGate } from '../src/isolate/flag-gate.js';
import { ROOT } from './helpers.js';

const GATE_JS = pathToFileURL(join(ROOT, 'dist/isolate/flag-gate.js')).href;

/**
 * A worker that busies itself for `loadMs` (its "module loading"), then waits at its gate and
 * records in `log` whether the flag was set and whether `flag[0]` was already 1 when it woke.
 */
function worker(gate: Int32Array, log: Int32Array, loadMs: number, waitMs = 2_000): Worker {
  const code = `
    const { workerData, parentPort } = require('node:worker_threads');
    import(workerData.url).then(({ waitAtGate }) => {
      const end = Date.now() + workerData.loadMs;
      while (Date.now() < end) {}
      const set = waitAtGate(workerData.gate, workerData.waitMs);
      Atomics.store(workerData.log, 0, set ? 1 : 2);
      Atomics.store(workerData.log, 1, Atomics.load(workerData.log, 2));
      parentPort.postMessage('done');
    });`;
  return new Worker(code, { eval: true, workerData: { url: GATE_JS, gate, log, loadMs, waitMs } });
}

const done = (w: Worker) => new Promise((resolve) => w.once('message', resolve));
const started: Worker[] = [];
afterEach(async () => {
  await Promise.all(started.splice(0).map((w) => w.terminate()));
});

/** log[0]: 1 = the worker saw the flag set, 2 = it passed without; log[1]: the flag when it woke. */
function run(loadMs: number, waitMs?: number) {
  const gate = newGate();
  const log = new Int32Array(new SharedArrayBuffer(12));
  const w = worker(gate, log, loadMs, waitMs);
  started.push(w);
  return { gate, log, w, setFlag: () => Atomics.store(log, 2, 1) };
}

describe('the regex-flag gate', () => {
  it('sets the flag while every worker sleeps, and wakes them after', async () => {
    const a = run(30);
    const b = run(80);
    const setFlag = () => {
      // Both asleep: neither has recorded anything yet.
      expect([Atomics.load(a.log, 0), Atomics.load(b.log, 0)]).toEqual([0, 0]);
      a.setFlag();
      b.setFlag();
    };
    expect(passGates([a.gate, b.gate], setFlag)).toBe(true);
    await Promise.all([done(a.w), done(b.w)]);
    expect([...a.log.subarray(0, 2)]).toEqual([1, 1]);
    expect([...b.log.subarray(0, 2)]).toEqual([1, 1]);
  });

  it('leaves the flag alone when a worker is still loading at the deadline, and that worker does not wait', async () => {
    const slow = run(400);
    let called = false;
    const t0 = performance.now();
    expect(passGates([slow.gate], () => (called = true), 50)).toBe(false);
    expect(performance.now() - t0).toBeLessThan(300);
    expect(called).toBe(false);
    const t1 = performance.now();
    await done(slow.w);
    // It passed at once when it arrived (its own wait would have been 2 s).
    expect(performance.now() - t1).toBeLessThan(1_000);
    expect(Atomics.load(slow.log, 0)).toBe(2);
  });

  it('leaves the flag alone when one of two workers does not come', async () => {
    const fast = run(0);
    const slow = run(400);
    let called = false;
    expect(passGates([fast.gate, slow.gate], () => (called = true), 100)).toBe(false);
    expect(called).toBe(false);
    await Promise.all([done(fast.w), done(slow.w)]);
    expect([Atomics.load(fast.log, 0), Atomics.load(slow.log, 0)]).toEqual([2, 2]);
  });

  it('lets a worker go on by itself when the main thread never comes', async () => {
    const alone = run(0, 50);
    await done(alone.w);
    expect(Atomics.load(alone.log, 0)).toBe(2);
    // The main thread, coming late, finds it gone and sets nothing.
    expect(passGates([alone.gate], () => expect.unreachable(), 10)).toBe(false);
  });

  it('without a flag to set, lets sleeping workers pass at once', async () => {
    const a = run(0);
    await new Promise((r) => setTimeout(r, 50));
    expect(passGates([a.gate], null)).toBe(false);
    await done(a.w);
    expect(Atomics.load(a.log, 0)).toBe(2);
  });

  it('a closed gate (a worker being ended) is not waited for and keeps the flag unset', () => {
    const gate = newGate();
    closeGate(gate);
    const t0 = performance.now();
    expect(passGates([gate], () => expect.unreachable(), 1_000)).toBe(false);
    expect(performance.now() - t0).toBeLessThan(500);
    expect(waitAtGate(gate, 1_000)).toBe(false);
  });
});
