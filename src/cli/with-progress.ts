/**
 * The shared frame of `batch` and `check`: a progress bar on stderr while the pool runs, the
 * workers' stack traces collected for --debug, and a usage error (bad input list, a glob that
 * matches nothing) reported as one line per problem with exit code 2.
 */
import type { Progress } from '../batch/progress.js';

export interface RunFrame {
  progress: Progress;
  /** Stack traces to print after the run (only filled with --debug). */
  stacks: string[];
}

/** Runs `work`; returns its result, or null after a usage error (exit code 2 already set). */
export async function withProgress<T>(
  command: string,
  showProgress: boolean,
  work: (frame: RunFrame) => Promise<T>,
): Promise<{ result: T; stacks: string[] } | null> {
  const [{ UsageError }, { Progress }] = await Promise.all([
    import('../batch/run.js'),
    import('../batch/progress.js'),
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
    throw err;
  } finally {
    frame.progress.stop();
  }
}
