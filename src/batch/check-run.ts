/** `kamerbrief check`: every input through the worker pool, then the rules of check.ts. */

import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { readInput } from '../ingest/read.js';
import type { CommitmentKind } from '../model/letter.js';
import { type CheckOutcome, evaluate } from './check.js';
import { expandInputs, type InputFile, readerKind } from './inputs.js';
import type { CheckResult, CheckTask } from './protocol.js';
import { UsageError } from './run.js';
import { runAll } from './run-all.js';
import { startPool } from './start-pool.js';
import type { StopReason } from './stop.js';

export interface CheckOptions {
  inputs: string[];
  jobs: number;
  timeoutMs: number;
  undated: boolean;
  /** The commitment kinds to list (undefined: the default, promise and plan). */
  kinds?: CommitmentKind[];
  heapMb: number;
  debug: boolean;
  require: string[];
  strict: boolean;
  cwd?: string;
  onStart?: (total: number) => void;
  onOutcome?: (outcome: CheckOutcome, stack?: string) => void;
}

export interface CheckRun {
  /** Outcomes in input order; after a stop, only of the letters that were checked. */
  outcomes: CheckOutcome[];
  total: number;
  /** A signal that stopped the run early; null when every letter was checked. */
  stopped: StopReason | null;
}

/** Standard input ("-") saved to a temporary file, so that a worker can read it. */
async function saveStdin(): Promise<string> {
  const dir = mkdtempSync(join(tmpdir(), 'kamerbrief-stdin-'));
  const path = join(dir, 'stdin');
  writeFileSync(path, await readInput('-'));
  return path;
}

export async function runCheck(options: CheckOptions): Promise<CheckRun> {
  const cwd = options.cwd ?? process.cwd();
  const args = options.inputs.filter((a) => a !== '-');
  const { inputs, problems } =
    args.length > 0 ? await expandInputs(args, cwd) : { inputs: [], problems: [] as string[] };
  if (problems.length > 0) throw new UsageError(problems.join('\n'));
  const stdin = args.length < options.inputs.length ? await saveStdin() : null;
  if (stdin) inputs.push({ abs: stdin, display: '-', rel: '-' });
  try {
    return await checkAll(inputs, options);
  } finally {
    if (stdin) rmSync(dirname(stdin), { recursive: true, force: true });
  }
}

async function checkAll(inputs: InputFile[], options: CheckOptions): Promise<CheckRun> {
  // With several workers, each gets more of the kind of input it had (queue.ts).
  const kindOf = options.jobs > 1 ? (task: CheckTask) => readerKind(task.abs) : undefined;
  const { pool, stopper, end } = startPool<CheckTask, CheckResult>({ ...options, kindOf });
  options.onStart?.(inputs.length);
  const outcomes: Array<CheckOutcome | undefined> = new Array(inputs.length);
  const numbered = inputs.map((input, i) => ({ input, i }));
  const one = async ({ input, i }: { input: InputFile; i: number }) => {
    if (stopper.stopped) return;
    const outcome = await pool.run({
      kind: 'check',
      abs: input.abs,
      display: input.display,
      undated: options.undated,
      kinds: options.kinds,
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
    // Letters in flight when the run was stopped were not checked.
    if (stopper.stopped) return;
    const checked = evaluate(input.display, result, options.require, options.strict);
    outcomes[i] = checked;
    options.onOutcome?.(checked, result.error?.stack);
  };
  try {
    await runAll(
      numbered,
      options.jobs,
      kindOf && ((x) => readerKind(x.input.abs)),
      one,
      () => stopper.stopped,
    );
  } finally {
    if (stopper.stopped) pool.killAll();
    await end();
  }
  return {
    outcomes: outcomes.filter((o): o is CheckOutcome => o !== undefined),
    total: inputs.length,
    stopped: stopper.reason,
  };
}
