/** Option parsing and terminal helpers shared by `batch` and `check`. */
import { availableParallelism } from 'node:os';
import { type Command, InvalidArgumentError } from 'commander';
import { parseKinds } from '../model/kinds.js';
import { DEFAULT_TIMEOUT_MS } from '../time-limit.js';

/** Usage errors exit with 2 (commander's own default is 1); --help exits with 0. */
export function exitTwoOnUsageError(cmd: Command): Command {
  return cmd.exitOverride((err) => {
    process.exit(err.exitCode === 0 ? 0 : 2);
  });
}

export function positiveInt(name: string) {
  return (value: string): number => {
    if (!/^\d{1,9}$/.test(value.trim()) || Number(value) < 1) {
      throw new InvalidArgumentError(`${name} takes a positive whole number`);
    }
    return Number(value);
  };
}

export const DEFAULT_JOBS = availableParallelism();
export const DEFAULT_HEAP_MB = 1024;

/** An option parser from a function that throws on bad input: its message becomes commander's. */
export function parsedBy<T>(parse: (value: string) => T) {
  return (value: string): T => {
    try {
      return parse(value);
    } catch (err) {
      throw new InvalidArgumentError((err as Error).message);
    }
  };
}

/** The options of every command that runs letters through the worker pool (`batch`, `check`). */
export function addWorkerOptions(cmd: Command): Command {
  return cmd
    .option('-j, --jobs <n>', 'worker processes', positiveInt('--jobs'), DEFAULT_JOBS)
    .option('--timeout <ms>', 'time limit per letter in ms', positiveInt('--timeout'), DEFAULT_TIMEOUT_MS)
    .option('--undated', 'also list commitments without a date')
    .option(
      '--kinds <list>',
      'commitment kinds to list: promise, plan, expectation, in-force (comma-separated) or all; default promise,plan',
      parsedBy(parseKinds),
    )
    .option(
      '--max-memory <mb>',
      'heap limit per worker process in MB',
      positiveInt('--max-memory'),
      DEFAULT_HEAP_MB,
    )
    .option('--no-progress', 'no progress bar (it only shows when stderr is a terminal anyway)')
    .option('--debug', "show stack traces of internal errors and the workers' own output");
}
