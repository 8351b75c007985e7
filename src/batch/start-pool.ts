import { ProcessPool } from './pool.js';
import { exitCodeOf, STOP_SIGNALS, Stopper } from './stop.js';

/** Time a worker gets past the letter's own time limit before it is killed (SIGKILL). */
export const KILL_GRACE_MS = 1000;

/**
 * The pool of `batch` and `check`: one worker per job. SIGINT, SIGTERM and SIGHUP stop the run
 * through `stopper` (the run takes no new letters, saves what is done and exits with 128 + the
 * signal's number); a second signal exits at once. Any stop kills every worker right away.
 * `end()` closes the pool and drops the handlers.
 */
export function startPool<T, R>(
  options: {
    jobs: number;
    timeoutMs: number;
    heapMb: number;
    debug?: boolean;
    kindOf?: (task: T) => string;
  },
  stopper: Stopper = new Stopper(),
): { pool: ProcessPool<T, R>; stopper: Stopper; end(): Promise<void> } {
  const pool = new ProcessPool<T, R>({
    jobs: Math.max(1, options.jobs),
    hardTimeoutMs: options.timeoutMs + KILL_GRACE_MS,
    heapMb: options.heapMb,
    forwardOutput: options.debug,
    kindOf: options.kindOf,
  });
  stopper.onStop(() => pool.killAll());
  const onSignal = (signal: NodeJS.Signals) => {
    if (stopper.stopped) {
      // A second Ctrl-C: the user does not want to wait for the index.
      pool.killAll();
      process.exit(exitCodeOf({ kind: 'signal', signal }));
    }
    stopper.stop({ kind: 'signal', signal });
  };
  for (const signal of STOP_SIGNALS) process.on(signal, onSignal);
  return {
    pool,
    stopper,
    async end() {
      await pool.close();
      for (const signal of STOP_SIGNALS) process.off(signal, onSignal);
    },
  };
}
