/**
 * The shared frame of `batch` and `check`: a progress bar on stderr while the pool runs, the
 * workers' stack traces collected for --debug, a usage error (bad input list, a glob that matches
 * nothing) reported as one line per problem with exit code 2, and a run that could not even set up
 * its output (a full disk, a read-only folder: stop.ts) as one line with exit code 1. The bar is
 * always cleared (and the cursor and line wrapping restored) before anything else is printed.
 */
import type { Progress } from '../batch/progress.js';
import type { StopReason } from '../batch/stop.js';

export interface RunFrame {
  progress: Progress;
  /** Stack traces to print after the run (only filled with --debug). */
  stacks: string[];
}

/** Runs `work`; returns its result, or null after a usage error or a failed set-up (exit code already set). */
export async function withProgress<T>(
  command: string,
  showProgress: boolean,
  work: (frame: RunFrame) => Promise<T>,
  /** Where a stopped run's message says the problem is ("out/"). */
  where: string | null = null,
): Promise<{ result: T; stacks: string[] } | null> {
  const [{ UsageError }, { Progress }, { StoppedError }] = await Promise.all([
    import('../batch/run.js'),
    import('../batch/progress.js'),
    import('../batch/stop.js'),
  ]);
  const frame: RunFrame = { progress: new Progress(showProgress, 'letters'), stacks: [] };
  try {
    const result = await work(frame);
    return { result, stacks: frame.stacks };
  } catch (err) {
    if (err instanceof UsageError) {
      frame.progress.stop();
      for (const line of err.message.split('\n'))
        process.stderr.write(`kamerbrief ${command}: error: ${line}\n`);
      process.exitCode = 2;
      return null;
    }
    if (err instanceof StoppedError) {
      frame.progress.stop();
      await reportStop(command, err.reason, err.done, err.total, where);
      return null;
    }
    throw err;
  } finally {
    frame.progress.stop();
  }
}

/** The one line of a stopped run, and its exit code (1 for a write failure, 128 + n for signal n). */
export async function reportStop(
  command: string,
  reason: StopReason,
  done: number,
  total: number,
  where: string | null,
  noun = 'done',
): Promise<void> {
  const { exitCodeOf, stopLine } = await import('../batch/stop.js');
  const prefix = reason.kind === 'write' ? `kamerbrief ${command}: error: ` : `kamerbrief ${command}: `;
  process.stderr.write(`${prefix}${stopLine(reason, done, total, where, noun)}\n`);
  process.exitCode = exitCodeOf(reason);
}
