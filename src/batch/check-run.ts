/** `kamerbrief check`: every input through the worker pool, then the rules of check.ts. */
import { type CheckOutcome, evaluate } from './check.js';
import { expandInputs } from './inputs.js';
import { DEPTH, startPool } from './pool.js';
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
  const { pool, end } = startPool<CheckTask, CheckResult>(options);
  options.onStart?.(inputs.length);
  const outcomes: CheckOutcome[] = new Array(inputs.length);
  let next = 0;
  // Enough lanes to keep DEPTH tasks in every worker and one more per worker queued (pool.ts).
  const lanes = Array.from(
    { length: Math.max(1, Math.min((DEPTH + 1) * options.jobs, inputs.length)) },
    async () => {
      while (next < inputs.length) {
        const i = next++;
        const input = inputs[i];
        if (!input) continue;
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
      }
    },
  );
  await Promise.all(lanes);
  await end();
  return outcomes;
}
