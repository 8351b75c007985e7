/** `kamerbrief check`: every input through the worker pool, then the rules of check.ts. */
import { type CheckOutcome, evaluate } from './check.js';
import { expandInputs, readerKind } from './inputs.js';
import { runAll, startPool } from './pool.js';
import type { CheckResult, CheckTask } from './protocol.js';
import { UsageError } from './run.js';

export interface CheckOptions {
  inputs: string[];
  jobs: number;
  timeoutMs: number;
  undated: boolean;
  heapMb: number;
  debug: boolean;
  require: string[];
  strict: boolean;
  cwd?: string;
  onStart?: (total: number) => void;
  onOutcome?: (outcome: CheckOutcome, stack?: string) => void;
}

/** Outcomes in input order. */
export async function runCheck(options: CheckOptions): Promise<CheckOutcome[]> {
  const cwd = options.cwd ?? process.cwd();
  const { inputs, problems } = await expandInputs(options.inputs, cwd);
  if (problems.length > 0) throw new UsageError(problems.join('\n'));
  // With several workers, each gets more of the kind of input it had (queue.ts).
  const kindOf = options.jobs > 1 ? (task: CheckTask) => readerKind(task.abs) : undefined;
  const { pool, end } = startPool<CheckTask, CheckResult>({ ...options, kindOf });
  options.onStart?.(inputs.length);
  const outcomes: CheckOutcome[] = new Array(inputs.length);
  const numbered = inputs.map((input, i) => ({ input, i }));
  await runAll(numbered, options.jobs, kindOf && ((x) => readerKind(x.input.abs)), async ({ input, i }) => {
    const outcome = await pool.run({
      kind: 'check',
      abs: input.abs,
      display: input.display,
      undated: options.undated,
      timeoutMs: options.timeoutMs,
    });
    const result: CheckResult = outcome.ok
      ? outcome.result
      : {
          status: 'failed',
          summary: null,
          warnings: [],
          error: { code: outcome.code, message: outcome.message },
          ms: 0,
        };
    const checked = evaluate(input.display, result, options.require, options.strict);
    outcomes[i] = checked;
    options.onOutcome?.(checked, result.error?.stack);
  });
  await end();
  return outcomes;
}
