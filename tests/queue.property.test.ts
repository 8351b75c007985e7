/**
 * The pool's queue (src/batch/queue.ts) against a plain model: one list of all queued tasks, where
 * a worker's next task is the first of its own kind, else the first of the kind the fewest other
 * workers have, ties going to the kind whose first task was queued first.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { DEPTH } from '../src/batch/pool.js';
import { KindQueue } from '../src/batch/queue.js';
import { runAll } from '../src/batch/run-all.js';

interface Task {
  id: number;
  kind: string;
}

const KINDS = ['pdf', 'text', 'xml'];
const kind = fc.constantFrom(...KINDS);
const ops = fc.array(
  fc.oneof(
    fc.record({ op: fc.constant('push' as const), kind }),
    fc.record({
      op: fc.constant('take' as const),
      preferred: fc.option(kind, { nil: null }),
      others: fc.array(fc.tuple(kind, fc.integer({ min: 0, max: 3 })), { maxLength: 3 }),
    }),
    fc.record({ op: fc.constant('unshift' as const), count: fc.integer({ min: 0, max: 3 }) }),
  ),
  { maxLength: 200 },
);

/** The model's choice of the next task (its index in `model`), or -1 when empty. */
function modelTake(model: Task[], preferred: string | null, others: Map<string, number>): number {
  if (preferred !== null) {
    const own = model.findIndex((t) => t.kind === preferred);
    if (own >= 0) return own;
  }
  let best = -1;
  for (const k of KINDS) {
    const first = model.findIndex((t) => t.kind === k);
    if (first < 0) continue;
    const chosen = model[best];
    const workers = others.get(k) ?? 0;
    const bestWorkers = chosen ? (others.get(chosen.kind) ?? 0) : Number.POSITIVE_INFINITY;
    if (!chosen || workers < bestWorkers || (workers === bestWorkers && model[first].id < chosen.id)) {
      best = first;
    }
  }
  return best;
}

describe('KindQueue', () => {
  it('hands out tasks as the model does, each exactly once, and drains the rest in queued order', () => {
    fc.assert(
      fc.property(ops, (program) => {
        const queue = new KindQueue<Task>(
          (t) => t.kind,
          (t) => t.id,
        );
        let model: Task[] = [];
        const taken: Task[] = [];
        let nextId = 0;
        for (const step of program) {
          if (step.op === 'push') {
            const task = { id: nextId++, kind: step.kind };
            queue.push(task);
            model.push(task);
          } else if (step.op === 'take') {
            const others = new Map(step.others);
            const i = modelTake(model, step.preferred, others);
            const got = queue.take(step.preferred, (k) => others.get(k) ?? 0);
            expect(got).toBe(i < 0 ? undefined : model[i]);
            if (i >= 0) {
              taken.push(model[i] as Task);
              model.splice(i, 1);
            }
          } else {
            // a worker died: the tasks it had not started go back, in their order
            const back = taken.splice(Math.max(0, taken.length - step.count)).sort((a, b) => a.id - b.id);
            queue.unshift(back);
            model = [...back, ...model];
          }
          expect(queue.length).toBe(model.length);
        }
        expect(queue.drain()).toEqual([...model].sort((a, b) => a.id - b.id));
        expect(queue.length).toBe(0);
        expect(queue.take(null, () => 0)).toBeUndefined();
      }),
      { numRuns: 500 },
    );
  });

  it('with one kind, is first in first out across thousands of tasks', () => {
    const queue = new KindQueue<number>(
      () => '',
      (n) => n,
    );
    const n = 5000;
    for (let i = 0; i < n; i++) queue.push(i);
    const out: number[] = [];
    const next = () => queue.take('', () => 0);
    for (let i = 0; i < n / 2; i++) out.push(next() as number);
    for (let i = n; i < n + 10; i++) queue.push(i);
    for (let t = next(); t !== undefined; t = next()) out.push(t);
    expect(out).toEqual(Array.from({ length: n + 10 }, (_, i) => i));
  });
});

describe('runAll', () => {
  it('runs every item once, at most (DEPTH + 1) x jobs at a time per kind, in order within a kind', () => {
    const items = fc.array(fc.tuple(kind, fc.integer({ min: 0, max: 3 })), { maxLength: 60 });
    return fc.assert(
      fc.asyncProperty(items, fc.integer({ min: 1, max: 3 }), fc.boolean(), async (list, jobs, byKind) => {
        const numbered = list.map(([k, delay], i) => ({ i, kind: k, delay }));
        const kindOf = byKind ? (x: { kind: string }) => x.kind : undefined;
        const started: number[] = [];
        const inFlight = new Map<string, number>();
        let most = 0;
        await runAll(numbered, jobs, kindOf, async (x) => {
          const k = kindOf ? kindOf(x) : '';
          started.push(x.i);
          inFlight.set(k, (inFlight.get(k) ?? 0) + 1);
          most = Math.max(most, inFlight.get(k) as number);
          for (let t = 0; t < x.delay; t++) await Promise.resolve();
          inFlight.set(k, (inFlight.get(k) as number) - 1);
        });
        expect([...started].sort((a, b) => a - b)).toEqual(numbered.map((x) => x.i));
        expect(most).toBeLessThanOrEqual((DEPTH + 1) * jobs);
        // within a kind (all one kind without kindOf), items start in their order
        for (const k of byKind ? KINDS : ['']) {
          const ofKind = started.filter((i) => !byKind || numbered[i]?.kind === k);
          expect(ofKind).toEqual([...ofKind].sort((a, b) => a - b));
        }
        // the kinds start in the order of their first items
        if (byKind) {
          const firstStarts = [...new Set(started.map((i) => numbered[i]?.kind))].slice(0, 1);
          expect(firstStarts).toEqual([...new Set(numbered.map((x) => x.kind))].slice(0, 1));
        }
      }),
      { numRuns: 200 },
    );
  });
});
