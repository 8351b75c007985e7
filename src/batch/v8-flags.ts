/**
 * V8 flags of the workers when there are at least as many workers as cores: no background compiler
 * and GC threads (their CPU would only be taken from the other workers), later optimisation, less
 * inlining, and two costly optimising passes skipped, because such a worker stops while it compiles.
 * A worker with a spare core keeps V8's defaults. Measurements: docs/performance.md.
 */
import { availableParallelism } from 'node:os';

export const SINGLE_THREADED_INTERRUPT_BUDGET = 2 * 67_584;
/**
 * V8 12 (Node 22) dropped `--interrupt-budget` (node stops with "bad option"): a function is
 * optimised after a number of invocations scaled by its size, 3,000 by default; twice that is the
 * same "twice the default amount of work" (not measured on its own).
 */
export const SINGLE_THREADED_TURBOFAN_INVOCATIONS = 2 * 3_000;
export const SINGLE_THREADED_INLINING_BYTES = 230;

/** The flag that delays optimisation, in the spelling of this V8. */
function laterOptimisation(v8: string): string {
  return Number.parseInt(v8, 10) >= 12
    ? `--invocation-count-for-turbofan=${SINGLE_THREADED_TURBOFAN_INVOCATIONS}`
    : `--interrupt-budget=${SINGLE_THREADED_INTERRUPT_BUDGET}`;
}

export function workerV8Flags(
  jobs: number,
  cores = availableParallelism(),
  v8 = process.versions.v8,
): string[] {
  return jobs >= cores
    ? [
        '--single-threaded',
        laterOptimisation(v8),
        `--max-inlined-bytecode-size-cumulative=${SINGLE_THREADED_INLINING_BYTES}`,
        '--no-turbo-loop-peeling',
        '--no-turbo-escape',
      ]
    : [];
}
