/**
 * A small pool of worker PROCESSES (child_process.fork + IPC), up to two tasks in flight per worker.
 *
 * Why processes and not worker threads (piscina/tinypool threads): a hung or CPU-bound parse is
 * stopped for real by SIGKILL at the time limit, a heap cap is a plain `--max-old-space-size`,
 * and when a worker dies for any reason (time limit, out of memory, `kill -9` from outside) the
 * pool reports that one task as failed, starts a fresh worker and carries on with the rest. A process
 * per worker costs no more CPU than a thread (measured against piscina: docs/performance.md).
 *
 * Tasks and results are plain JSON-serialisable objects; the worker module answers
 * `{ type: 'task', id, task }` with `{ type: 'result', id, result, maxRss, cpuMs }` (see worker.ts).
 */
import { type ChildProcess, fork } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { startTimeLimit } from '../time-limit.js';
import { KindQueue } from './queue.js';
import { workerV8Flags } from './v8-flags.js';

export interface PoolOptions<T> {
  /** Number of worker processes (at most). */
  jobs: number;
  /** Hard time limit per task in ms, after which the worker is killed with SIGKILL. */
  hardTimeoutMs: number;
  /** V8 old-space cap for each worker, in MB. */
  heapMb: number;
  /** Forward the workers' stdout/stderr to our stderr (for --debug). */
  forwardOutput?: boolean;
  /** Worker module; defaults to worker.js next to this file. */
  workerPath?: string;
  /**
   * The kind of input a task is (e.g. 'pdf'): a worker gets more of the kind it had while there
   * is any (queue.ts). Without it, tasks go out in the order they came.
   */
  kindOf?: (task: T) => string;
}

export type Outcome<R> = { ok: true; result: R } | { ok: false; code: string; message: string };

interface Pending<T, R> {
  id: number;
  task: T;
  /** The task's kind (options.kindOf), '' without kinds. */
  kind: string;
  resolve: (outcome: Outcome<R>) => void;
}

interface Slot<T, R> {
  child: ChildProcess;
  /** The kind of the last task sent to this worker. */
  kind: string | null;
  ready: boolean;
  /**
   * Tasks sent to the worker, in order: the first is being worked on (the timer runs for it), the
   * next one waits in the worker, so that it starts the moment the first is done.
   */
  inflight: Pending<T, R>[];
  /** Stops the time limit of the task the worker is on, if one runs. */
  stopTimeLimit: (() => void) | null;
  timedOut: boolean;
  stderrTail: string;
  exited: boolean;
  /** Resolves once the worker is gone and its task (if any) has been answered. */
  gone: Promise<void>;
  markGone: () => void;
}

const OOM_RE = /heap out of memory|allocation failed/i;
const ERROR_LINE = /^\s*(?:\w*Error\b|kamerbrief worker:)/;
/**
 * Tasks a worker holds at once: the one it works on and the next. A worker would otherwise wait for
 * the round trip through the main process after every letter (about 1 ms, more when the main process
 * has to wait for a core).
 */
export const DEPTH = 2;
/** A worker that dies this many times in a row before it is ready means the pool cannot start. */
const MAX_START_FAILURES = 3;

export class ProcessPool<T, R> {
  private readonly slots = new Set<Slot<T, R>>();
  private readonly queue: KindQueue<Pending<T, R>>;
  private nextId = 1;
  private startFailures = 0;
  private closed = false;
  /** Set when workers keep dying before they are ready: every further task fails at once. */
  private broken: string | null = null;
  private readonly workerPath: string;
  /** Largest maxRSS (KB) any worker reported. */
  workerMaxRssKb = 0;
  /** CPU time (user + system, ms) the workers reported, all workers together. */
  private cpuOfGone = 0;
  private readonly cpuOf = new Map<ChildProcess, number>();
  /** Worker processes started (including replacements). */
  spawned = 0;

  constructor(private readonly options: PoolOptions<T>) {
    this.workerPath = options.workerPath ?? fileURLToPath(new URL('./worker.js', import.meta.url));
    this.queue = new KindQueue(
      (p) => p.kind,
      (p) => p.id,
    );
  }

  /** CPU time in ms used by the workers so far (as of their last answer). */
  get workerCpuMs(): number {
    let sum = this.cpuOfGone;
    for (const ms of this.cpuOf.values()) sum += ms;
    return Math.round(sum);
  }

  /** Runs one task; never rejects: a problem with the worker becomes a failed outcome. */
  run(task: T): Promise<Outcome<R>> {
    if (this.closed)
      return Promise.resolve({ ok: false, code: 'pool-closed', message: 'worker pool is closed' });
    if (this.broken) return Promise.resolve({ ok: false, code: 'worker-start-failed', message: this.broken });
    return new Promise((resolve) => {
      this.queue.push({ id: this.nextId++, task, kind: this.options.kindOf?.(task) ?? '', resolve });
      this.pump();
    });
  }

  /** Lets the workers exit once idle; resolves when all have exited. */
  async close(): Promise<void> {
    this.closed = true;
    for (const p of this.queue.drain())
      p.resolve({ ok: false, code: 'pool-closed', message: 'worker pool is closed' });
    const slots = [...this.slots];
    for (const slot of slots) {
      if (slot.child.connected) slot.child.disconnect();
      else slot.child.kill('SIGKILL');
    }
    await Promise.all(slots.map((slot) => slot.gone));
  }

  /** Kills every worker at once (Ctrl-C, a full disk); queued tasks are answered as not done. */
  killAll(): void {
    this.closed = true;
    for (const p of this.queue.drain())
      p.resolve({ ok: false, code: 'pool-closed', message: 'worker pool is closed' });
    for (const slot of this.slots) slot.child.kill('SIGKILL');
  }

  private pump(): void {
    while (this.queue.length > 0) {
      const idle = [...this.slots].find((s) => s.ready && s.inflight.length === 0 && !s.exited);
      if (idle) {
        this.dispatch(idle, this.next(idle));
        continue;
      }
      const starting = [...this.slots].filter((s) => !s.ready && !s.exited).length;
      const busy = [...this.slots].filter((s) => s.inflight.length > 0).length;
      // Start another worker while there is queued work no starting worker will take.
      if (
        this.slots.size < this.options.jobs &&
        starting < this.queue.length &&
        busy + starting < this.options.jobs
      ) {
        this.spawn();
        continue;
      }
      // A next task for a busy worker, once all workers run and while the queue holds work for every
      // worker (at the end, a task waiting behind a long one would keep a free worker from taking it).
      const ahead =
        starting === 0 &&
        this.slots.size >= this.options.jobs &&
        this.queue.length >= this.options.jobs &&
        [...this.slots].find(
          (s) => s.ready && !s.exited && s.inflight.length > 0 && s.inflight.length < DEPTH,
        );
      if (ahead) {
        this.dispatch(ahead, this.next(ahead));
        continue;
      }
      break;
    }
  }

  /** The queued task for this worker (the queue is not empty). */
  private next(slot: Slot<T, R>): Pending<T, R> {
    const pending = this.queue.take(slot.kind, (kind) => {
      let workers = 0;
      for (const s of this.slots) if (s !== slot && !s.exited && s.kind === kind) workers += 1;
      return workers;
    }) as Pending<T, R>;
    slot.kind = pending.kind;
    return pending;
  }

  private spawn(): void {
    this.spawned += 1;
    const child = fork(this.workerPath, [], {
      execArgv: [`--max-old-space-size=${this.options.heapMb}`, ...workerV8Flags(this.options.jobs)],
      stdio: ['ignore', 'pipe', 'pipe', 'ipc'],
      serialization: 'json',
    });
    let markGone = () => {};
    const gone = new Promise<void>((resolve) => {
      markGone = resolve;
    });
    const slot: Slot<T, R> = {
      child,
      kind: null,
      ready: false,
      inflight: [],
      stopTimeLimit: null,
      timedOut: false,
      stderrTail: '',
      exited: false,
      gone,
      markGone,
    };
    this.slots.add(slot);
    const forward = this.options.forwardOutput === true;
    child.stdout?.on('data', (chunk: Buffer) => {
      if (forward) process.stderr.write(chunk);
    });
    child.stderr?.on('data', (chunk: Buffer) => {
      if (forward) process.stderr.write(chunk);
      slot.stderrTail = (slot.stderrTail + chunk.toString('utf8')).slice(-4096);
    });
    child.on('message', (msg: { type: string; id?: number; result?: R; maxRss?: number; cpuMs?: number }) => {
      if (msg.type === 'ready') {
        slot.ready = true;
        this.startFailures = 0;
        this.pump();
      } else if (msg.type === 'result' && slot.inflight[0] && msg.id === slot.inflight[0].id) {
        if (typeof msg.maxRss === 'number' && msg.maxRss > this.workerMaxRssKb)
          this.workerMaxRssKb = msg.maxRss;
        if (typeof msg.cpuMs === 'number') this.cpuOf.set(child, msg.cpuMs);
        const pending = slot.inflight.shift() as Pending<T, R>;
        this.stopTimer(slot);
        // The worker starts on its next task now: that task's time limit starts too.
        if (slot.inflight.length > 0) this.startTimer(slot);
        pending.resolve({ ok: true, result: msg.result as R });
        this.pump();
      }
    });
    const onGone = (code: number | null, signal: NodeJS.Signals | null, spawnError?: Error) => {
      if (slot.exited) return;
      slot.exited = true;
      this.cpuOfGone += this.cpuOf.get(child) ?? 0;
      this.cpuOf.delete(child);
      slot.markGone();
      this.slots.delete(slot);
      if (!slot.ready) this.startFailures += 1;
      const [pending, ...waiting] = slot.inflight;
      slot.inflight = [];
      this.stopTimer(slot);
      if (pending) pending.resolve({ ok: false, ...this.describeDeath(slot, code, signal, spawnError) });
      // Tasks the worker had not started go back to the front of the queue, in order.
      if (this.closed) {
        for (const p of waiting)
          p.resolve({ ok: false, code: 'pool-closed', message: 'worker pool is closed' });
      } else if (waiting.length > 0) this.queue.unshift(waiting);
      if (this.startFailures >= MAX_START_FAILURES) {
        const why = this.describeDeath(slot, code, signal, spawnError);
        this.broken = `worker could not start: ${why.message}`;
        for (const p of this.queue.drain()) {
          p.resolve({ ok: false, code: 'worker-start-failed', message: this.broken });
        }
        return;
      }
      if (!this.closed) this.pump();
    };
    child.on('exit', (code, signal) => {
      // Read the rest of the worker's stderr first: it tells an out-of-memory death.
      const stderr = child.stderr;
      if (!stderr || stderr.readableEnded || stderr.destroyed) return onGone(code, signal);
      const timer = setTimeout(() => onGone(code, signal), 250);
      const done = () => {
        clearTimeout(timer);
        onGone(code, signal);
      };
      stderr.once('end', done);
      stderr.once('close', done);
    });
    child.on('error', (err) => {
      // 'error' without a following 'exit' happens when the process could not be spawned at all.
      if (child.pid === undefined) onGone(null, null, err);
    });
  }

  private dispatch(slot: Slot<T, R>, pending: Pending<T, R>): void {
    slot.inflight.push(pending);
    if (slot.inflight.length === 1) this.startTimer(slot);
    slot.child.send({ type: 'task', id: pending.id, task: pending.task }, (err) => {
      if (err && !slot.exited) slot.child.kill('SIGKILL');
    });
  }

  /** The hard time limit of the task the worker is on (the first in flight). */
  private startTimer(slot: Slot<T, R>): void {
    slot.timedOut = false;
    slot.stopTimeLimit = startTimeLimit(this.options.hardTimeoutMs, () => {
      slot.timedOut = true;
      slot.child.kill('SIGKILL');
    });
  }

  private stopTimer(slot: Slot<T, R>): void {
    slot.stopTimeLimit?.();
    slot.stopTimeLimit = null;
  }

  private describeDeath(
    slot: Slot<T, R>,
    code: number | null,
    signal: NodeJS.Signals | null,
    spawnError?: Error,
  ): { code: string; message: string } {
    if (spawnError) return { code: 'worker-start-failed', message: spawnError.message };
    if (slot.timedOut) {
      return {
        code: 'timeout',
        message: `stopped after ${this.options.hardTimeoutMs} ms (time limit per file)`,
      };
    }
    if (OOM_RE.test(slot.stderrTail)) {
      return {
        code: 'out-of-memory',
        message: `worker ran out of memory (heap cap ${this.options.heapMb} MB)`,
      };
    }
    if (signal) return { code: 'worker-killed', message: `worker process was killed by ${signal}` };
    // The error line of a crash ("Error: ..."), else the last line the worker printed.
    const lines = slot.stderrTail.trim().split('\n');
    const lastLine = lines.findLast((l) => ERROR_LINE.test(l)) ?? lines.at(-1) ?? '';
    return {
      code: 'worker-crashed',
      message: `worker process exited with code ${code}${lastLine ? `: ${lastLine.slice(0, 200)}` : ''}`,
    };
  }
}
