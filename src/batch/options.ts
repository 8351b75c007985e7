/** Option parsing and terminal helpers shared by `batch` and `check`. */
import { availableParallelism } from 'node:os';
import { type Command, InvalidArgumentError } from 'commander';

/** Usage errors exit with 2 (commander's own default is 1); --help exits with 0. */
export function exitTwoOnUsageError(cmd: Command): Command {
  return cmd.exitOverride((err) => {
    process.exit(err.exitCode === 0 ? 0 : 2);
  });
}

export function positiveInt(name: string) {
  return (value: string): number => {
    if (!/^\d{1,9}$/.test(value.trim()) || Number(value) < 1) {
      throw new InvalidArgumentError(`${name} must be a positive whole number`);
    }
    return Number(value);
  };
}

export const DEFAULT_JOBS = availableParallelism();
export const DEFAULT_TIMEOUT_MS = 60_000;
export const DEFAULT_HEAP_MB = 1024;
