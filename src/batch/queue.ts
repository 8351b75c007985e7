/**
 * The worker pool's queue of tasks not yet sent to a worker: one first-in-first-out list per kind
 * of input (PDF, text, ...), so that a worker can be given the kind it has worked on before.
 *
 * Why: V8 compiles, and later optimises, the code a worker runs, per process. A PDF brings in
 * pdfjs (2 MB of JavaScript) and the first ~25 PDFs of a process cost about three times as much CPU
 * as later ones (pool.ts). When two workers share a batch of PDFs and text letters, it is cheaper
 * for one of them to read the PDFs and the other the texts, until one kind runs out, than for both
 * to warm up on both. Before, with inputs largest first, both workers began on 25 PDFs each. Whole
 * `batch -j 2` runs over 200 text + 50 PDF letters, in turns with and without kinds and with 1 job:
 * the speed-up over 1 job went from a median 1.45x to 1.58x (5 rounds), the 2-job runs' CPU from
 * 14.0-15.3 s to 12.5-14.4 s. Which worker gets which task never changes what is written.
 */
export class KindQueue<P> {
  private readonly lists = new Map<string, { items: P[]; head: number }>();
  private size = 0;

  /**
   * @param kindOf the kind of a task
   * @param order a number that grows with the order in which tasks were first queued: among kinds
   *   equally free, the one whose next task came first goes first
   */
  constructor(
    private readonly kindOf: (item: P) => string,
    private readonly order: (item: P) => number,
  ) {}

  get length(): number {
    return this.size;
  }

  push(item: P): void {
    this.list(this.kindOf(item)).items.push(item);
    this.size += 1;
  }

  /** Puts tasks back in front of the others of their kind, in the order given. */
  unshift(items: readonly P[]): void {
    for (let i = items.length - 1; i >= 0; i--) {
      const item = items[i] as P;
      const list = this.list(this.kindOf(item));
      if (list.head > 0) list.items[--list.head] = item;
      else list.items.unshift(item);
      this.size += 1;
    }
  }

  /**
   * The next task for a worker: of the kind `preferred` (the kind it had last) while there is one;
   * otherwise of the kind the fewest other workers have (`others`: how many have a kind), and among
   * those the kind whose next task came first.
   */
  take(preferred: string | null, others: (kind: string) => number): P | undefined {
    let best: { items: P[]; head: number } | undefined;
    if (preferred !== null) {
      const own = this.lists.get(preferred);
      if (own && own.head < own.items.length) best = own;
    }
    if (!best) {
      let bestWorkers = Number.POSITIVE_INFINITY;
      let bestOrder = Number.POSITIVE_INFINITY;
      for (const [kind, list] of this.lists) {
        if (list.head >= list.items.length) continue;
        const workers = others(kind);
        const order = this.order(list.items[list.head] as P);
        if (workers < bestWorkers || (workers === bestWorkers && order < bestOrder)) {
          best = list;
          bestWorkers = workers;
          bestOrder = order;
        }
      }
    }
    if (!best) return undefined;
    const item = best.items[best.head] as P;
    best.head += 1;
    this.size -= 1;
    if (best.head === best.items.length) {
      best.items.length = 0;
      best.head = 0;
    } else if (best.head >= 1024 && best.head * 2 >= best.items.length) {
      best.items.splice(0, best.head);
      best.head = 0;
    }
    return item;
  }

  /** Empties the queue; returns its tasks in the order they were queued. */
  drain(): P[] {
    const all: P[] = [];
    for (const list of this.lists.values()) all.push(...list.items.slice(list.head));
    this.lists.clear();
    this.size = 0;
    return all.sort((a, b) => this.order(a) - this.order(b));
  }

  private list(kind: string): { items: P[]; head: number } {
    let list = this.lists.get(kind);
    if (!list) {
      list = { items: [], head: 0 };
      this.lists.set(kind, list);
    }
    return list;
  }
}
