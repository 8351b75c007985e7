/**
 * A commitment's status on the as-of date, from its due date (the end of the period it names: "voor
 * de zomer van 2025" is due 2025-05-31, "in 2025" 2025-12-31):
 *
 * - `overdue`: the due date has passed (it lies before the as-of date);
 * - `due`: it falls within DUE_MONTHS months from the as-of date (the as-of date itself included);
 * - `open`: later, or no due date (a vague time, or open-ended: "vanaf 2026").
 *
 * How these combine with the links (build.ts): a commitment that a later letter reports done, and
 * every earlier commitment in its chain, is `delivered` whatever its date; one that a later letter
 * takes up again (repeated, postponed, advanced) takes the status of the latest commitment in its
 * chain, because that date is the one in force.
 */
import type { Status } from './schema.js';

export const DUE_MONTHS = 3;

/** `date` (ISO) plus `months`, the day clamped to the month's end (2025-11-30 + 3 months: 2026-02-28). */
export function addMonths(date: string, months: number): string {
  const [y, m, d] = date.split('-').map(Number) as [number, number, number];
  const target = new Date(Date.UTC(y, m - 1 + months, 1));
  const last = new Date(Date.UTC(target.getUTCFullYear(), target.getUTCMonth() + 1, 0)).getUTCDate();
  target.setUTCDate(Math.min(d, last));
  return target.toISOString().slice(0, 10);
}

export function timeStatus(dueEnd: string | null, asOf: string): Exclude<Status, 'delivered'> {
  if (dueEnd === null) return 'open';
  if (dueEnd < asOf) return 'overdue';
  return dueEnd <= addMonths(asOf, DUE_MONTHS) ? 'due' : 'open';
}
