/** Calendar-date arithmetic on plain {y, m, d} values (no time zones involved). */

export interface Ymd {
  y: number;
  m: number;
  d: number;
}

const MONTH_DAYS = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

/** Days in month m (1-12) of year y (proleptic Gregorian, as Date computes it). */
export function daysInMonth(y: number, m: number): number {
  // Date.UTC reads years 0-99 as 1900-1999 and rolls months over: those go through Date.
  if (!Number.isInteger(y) || !Number.isInteger(m) || y < 100 || m < 1 || m > 12) {
    return new Date(Date.UTC(y, m, 0)).getUTCDate();
  }
  if (m !== 2) return MONTH_DAYS[m - 1] as number;
  return (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0 ? 29 : 28;
}

export function lastOfMonth(y: number, m: number): Ymd {
  return { y, m, d: daysInMonth(y, m) };
}

function toUtc(a: Ymd): number {
  return Date.UTC(a.y, a.m - 1, a.d);
}

function fromUtc(ms: number): Ymd {
  const date = new Date(ms);
  return { y: date.getUTCFullYear(), m: date.getUTCMonth() + 1, d: date.getUTCDate() };
}

export function addDays(a: Ymd, n: number): Ymd {
  return fromUtc(toUtc(a) + n * 86_400_000);
}

/** Add months, clamping the day to the target month's length. */
export function addMonths(a: Ymd, n: number): Ymd {
  const index = a.y * 12 + (a.m - 1) + n;
  const y = Math.floor(index / 12);
  const m = (index % 12) + 1;
  return { y, m, d: Math.min(a.d, daysInMonth(y, m)) };
}

export function compare(a: Ymd, b: Ymd): number {
  return toUtc(a) - toUtc(b);
}

export function iso(a: Ymd): string {
  return `${String(a.y).padStart(4, '0')}-${String(a.m).padStart(2, '0')}-${String(a.d).padStart(2, '0')}`;
}

/** The whole number of months from a's month to b's month (both inclusive) when a..b covers whole months. */
export function wholeMonths(a: Ymd, b: Ymd): number | null {
  if (a.d !== 1 || b.d !== daysInMonth(b.y, b.m)) return null;
  return (b.y - a.y) * 12 + (b.m - a.m) + 1;
}

/** ISO 8601 week: the Monday starting week `week` of ISO year `year`. */
export function isoWeekStart(year: number, week: number): Ymd {
  const jan4 = { y: year, m: 1, d: 4 };
  const dow = (new Date(toUtc(jan4)).getUTCDay() + 6) % 7; // 0 = Monday
  return addDays(addDays(jan4, -dow), (week - 1) * 7);
}

/** The n-th weekday (0 = Sunday) of a month: Prinsjesdag is the third Tuesday of September. */
export function nthWeekday(y: number, m: number, weekday: number, n: number): Ymd {
  const first = new Date(Date.UTC(y, m - 1, 1)).getUTCDay();
  const offset = (weekday - first + 7) % 7;
  return { y, m, d: 1 + offset + (n - 1) * 7 };
}
