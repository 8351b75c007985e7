/**
 * The order of a report's commitments: by due date, the last day a promise can still be kept
 * ("voor de zomer van 2025" is due by 2025-05-31, "in 2025" by 2025-12-31, "vanaf 2026" from
 * 2026-01-01). Only a real TIMEX3 date value counts as a date: a vague time (a null timex, or an
 * internal value such as FUTURE_REF) is no date, sorts last, and stays out of the timeline.
 */
import type { Commitment, When } from '../model/letter.js';

/** TIMEX3 date values: year, month, day, week, quarter, half, season. */
const TIMEX_DATE = /^\d{4}(?:-(?:\d{2}(?:-\d{2})?|W\d{2}|Q[1-4]|H[12]|SP|SU|FA|AU|WI))?$/;

/** The timex when it is a TIMEX3 date value, else null. */
export function dateValue(when: When): string | null {
  return when.timex !== null && TIMEX_DATE.test(when.timex) ? when.timex : null;
}

/** The day a commitment is due: the end of its period, or its start when it is open-ended. */
export function dueDate(when: When): string | null {
  if (dateValue(when) === null) return null;
  return when.end ?? when.start;
}

/** Commitments by due date (then start), undated ones last; equal ones keep the letter's order. */
export function byDueDate(commitments: readonly Commitment[]): Commitment[] {
  const keyed = commitments.map((c, i) => ({ c, i, due: dueDate(c.when), start: c.when.start ?? '' }));
  keyed.sort((a, b) => {
    if (a.due !== b.due) {
      if (a.due === null) return 1;
      if (b.due === null) return -1;
      return a.due < b.due ? -1 : 1;
    }
    if (a.due !== null && a.start !== b.start) return a.start < b.start ? -1 : 1;
    return a.i - b.i;
  });
  return keyed.map((k) => k.c);
}
