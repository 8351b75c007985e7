import { DEPTH } from './pool.js';

/**
 * Runs `one` on every item, a bounded number at a time: for each kind of item, enough at once to
 * keep DEPTH tasks in every worker and one more per worker queued. Per kind, so that the pool's queue
 * holds some of every kind that has items left, and can give a worker the kind it had (queue.ts).
 * Items keep their order within a kind; the kinds start in the order of their first items. The main
 * process holds a few dozen tasks, not one per input.
 */
export async function runAll<I>(
  items: readonly I[],
  jobs: number,
  kindOf: ((item: I) => string) | undefined,
  one: (item: I) => Promise<void>,
  /** Checked before each item: once true, no further item is started. */
  stopped: () => boolean = () => false,
): Promise<void> {
  const kinds = new Map<string, I[]>();
  for (const item of items) {
    const kind = kindOf ? kindOf(item) : '';
    const list = kinds.get(kind);
    if (list) list.push(item);
    else kinds.set(kind, [item]);
  }
  const lanes: Promise<void>[] = [];
  for (const list of kinds.values()) {
    let next = 0;
    const lane = async () => {
      while (next < list.length && !stopped()) await one(list[next++] as I);
    };
    const count = Math.min((DEPTH + 1) * Math.max(1, jobs), list.length);
    for (let i = 0; i < count; i++) lanes.push(lane());
  }
  await Promise.all(lanes);
}
