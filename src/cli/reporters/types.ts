import type { CheckOutcome } from '../../batch/check.js';
import type { Paint } from './color.js';

export interface ReportContext {
  strict: boolean;
  /** Total wall time of the check in ms. */
  ms: number;
  paint: Paint;
  /** ISO time the check started (junit timestamp). */
  timestamp: string;
}

/** A reporter renders all outcomes (in input order) as one string. */
export type Reporter = (outcomes: readonly CheckOutcome[], ctx: ReportContext) => string;
