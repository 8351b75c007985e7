/** A chrono result → a TimeExpression: its grain, its TIMEX3 value, and its start and end after modifiers. */
import type { ParsingResult } from 'chrono-node';
import { type Grain, TAG } from './constants.js';
import {
  addDays,
  addMonths,
  compare,
  daysInMonth,
  iso,
  lastOfMonth,
  nthWeekday,
  wholeMonths,
  type Ymd,
} from './dates.js';
import type { TimeExpression, TimeOptions } from './types.js';

function grainOf(r: ParsingResult, tags: ReadonlySet<string>): Grain {
  for (const t of tags)
    if (t.startsWith('kamerbrief/grain/')) return t.slice('kamerbrief/grain/'.length) as Grain;
  return r.start.isCertain('day') ? 'day' : 'month';
}

function componentsYmd(c: ParsingResult['start']): Ymd {
  return { y: c.get('year') ?? 0, m: c.get('month') ?? 1, d: c.get('day') ?? 1 };
}

function isoWeek(a: Ymd): string {
  const date = new Date(Date.UTC(a.y, a.m - 1, a.d));
  const dow = (date.getUTCDay() + 6) % 7;
  date.setUTCDate(date.getUTCDate() - dow + 3); // the Thursday of this week decides its year
  const year = date.getUTCFullYear();
  const dayOfYear = Math.round((date.getTime() - Date.UTC(year, 0, 1)) / 86_400_000);
  return `${year}-W${String(Math.floor(dayOfYear / 7) + 1).padStart(2, '0')}`;
}

function timexOf(grain: Grain, s: Ymd): string {
  const y = String(s.y).padStart(4, '0');
  switch (grain) {
    case 'day':
      return iso(s);
    case 'week':
      return isoWeek(s);
    case 'month':
      return `${y}-${String(s.m).padStart(2, '0')}`;
    case 'quarter':
      return `${y}-Q${Math.floor((s.m - 1) / 3) + 1}`;
    case 'half':
      return `${y}-H${s.m <= 6 ? 1 : 2}`;
    case 'season':
      return `${y}-${s.m === 3 ? 'SP' : s.m === 6 ? 'SU' : s.m === 9 ? 'FA' : 'WI'}`;
    case 'year':
      return y;
    case 'future':
      return 'FUTURE_REF';
    case 'past':
      return 'PAST_REF';
  }
}

/** Shift a period by whole years (keeping month ends at month ends). */
function shiftYears(s: Ymd, e: Ymd, years: number): [Ymd, Ymd] {
  const endIsMonthEnd = e.d === daysInMonth(e.y, e.m);
  const s2 = addMonths(s, 12 * years);
  const e2 = addMonths(e, 12 * years);
  return [s2, endIsMonthEnd ? lastOfMonth(e2.y, e2.m) : e2];
}

/** The occurrence of a yearless period meant: nearest to ref, the next one, or the previous one. */
function chooseYear(s: Ymd, e: Ymd, ref: Ymd, direction: 'nearest' | 'future' | 'past'): [Ymd, Ymd] {
  const [previous, same, next] = [-1, 0, 1].map((k) => shiftYears(s, e, k)) as [
    [Ymd, Ymd],
    [Ymd, Ymd],
    [Ymd, Ymd],
  ];
  const candidates = [previous, same, next];
  if (direction === 'future') return candidates.find(([, end]) => compare(end, ref) >= 0) ?? next;
  if (direction === 'past')
    return [...candidates].reverse().find(([start]) => compare(start, ref) <= 0) ?? previous;
  const distance = ([start, end]: [Ymd, Ymd]) =>
    compare(start, ref) > 0 ? compare(start, ref) : compare(end, ref) < 0 ? compare(ref, end) : 0;
  return candidates.reduce((best, c) => (distance(c) < distance(best) ? c : best));
}

/** The first, middle or last third of a period: by whole months when it divides evenly, else by days. */
function part(s: Ymd, e: Ymd, which: string): [Ymd, Ymd] {
  const months = wholeMonths(s, e);
  if (months !== null && months % 3 === 0) {
    const n = months / 3;
    const k = which === 'start' ? 0 : which === 'mid' ? 1 : 2;
    const ps = addMonths(s, n * k);
    const pe = addMonths(ps, n - 1);
    return [ps, lastOfMonth(pe.y, pe.m)];
  }
  const days = Math.round((Date.UTC(e.y, e.m - 1, e.d) - Date.UTC(s.y, s.m - 1, s.d)) / 86_400_000) + 1;
  const third = Math.floor(days / 3);
  if (third < 1) return [s, e];
  if (which === 'start') return [s, addDays(s, third - 1)];
  if (which === 'end') return [addDays(e, -(third - 1)), e];
  return [addDays(s, third), addDays(e, -third)];
}

/**
 * A TimeExpression, written out field by field: a spread of a shared base object (the plain way)
 * cost more than the rest of toExpression together (V8 clones the base through a slow path).
 */
function expression(
  r: ParsingResult,
  relative: boolean,
  timex: string | null,
  modifier: TimeExpression['modifier'],
  start: string | null,
  end: string | null,
): TimeExpression {
  return { text: r.text, index: r.index, relative, timex, modifier, start, end };
}

const inRange = (a: Ymd | null) => a === null || (a.y >= 1900 && a.y <= 2100);

const MOD_BEFORE = TAG.mod('before');
const MOD_AFTER = TAG.mod('after');
const MOD_APPROX = TAG.mod('approx');

export function toExpression(
  r: ParsingResult,
  tags: ReadonlySet<string>,
  ref: Ymd | null,
  prefer: NonNullable<TimeOptions['prefer']>,
): TimeExpression | null {
  const grain = grainOf(r, tags);
  let ours = false;
  let partTag: string | undefined;
  for (const t of tags) {
    if (t.startsWith('kamerbrief/grain/')) ours = true;
    else if (partTag === undefined && t.startsWith('kamerbrief/part/')) partTag = t;
  }
  const yearless = tags.has(TAG.yearless) || !r.start.isCertain('year');
  const relative = yearless || tags.has(TAG.relative);
  let s = componentsYmd(r.start);
  let e: Ymd;
  if (r.end) {
    e = componentsYmd(r.end);
    if (!ours && !r.end.isCertain('day')) e = lastOfMonth(e.y, e.m);
  } else e = grain === 'day' ? s : lastOfMonth(s.y, s.m);
  if (!ours && grain === 'month') s = { y: s.y, m: s.m, d: 1 };
  // chrono accepts "31 februari" and backwards ranges ("31 12 februari"): not dates
  const valid = (a: Ymd) => a.m >= 1 && a.m <= 12 && a.d >= 1 && a.d <= daysInMonth(a.y, a.m);
  if (!valid(s) || !valid(e) || compare(s, e) > 0) return null;
  if (relative && !ref) return expression(r, relative, null, null, null, null);
  if (yearless && ref) {
    const direction = tags.has(TAG.past) ? 'past' : tags.has(TAG.future) ? 'future' : prefer;
    [s, e] = chooseYear(s, e, ref, direction);
    if (tags.has(TAG.prinsjesdag)) {
      s = nthWeekday(s.y, 9, 2, 3);
      e = s;
    }
  }
  const timex = timexOf(grain, s);
  let start: Ymd | null = s;
  let end: Ymd | null = e;
  if (tags.has(TAG.vague)) {
    if (grain === 'future' && ref) [start, end] = [ref, compare(e, ref) === 0 ? null : e];
    if (grain === 'past' && ref) [start, end] = [compare(s, ref) === 0 ? null : s, ref];
    return inRange(start) && inRange(end)
      ? expression(r, relative, timex, null, start && iso(start), end && iso(end))
      : null;
  }
  let modifier: TimeExpression['modifier'] = null;
  const partName = partTag?.slice('kamerbrief/part/'.length);
  if (partName === 'start' || partName === 'mid' || partName === 'end') {
    [start, end] = part(s, e, partName);
    modifier = partName;
  }
  const inclusive = tags.has(TAG.inclusive) || partName !== undefined;
  // "uiterlijk eind mei", "tot en met begin 2026": an inclusive bound on a part adds nothing to the
  // part itself (at the latest at the end of May is the end of May); "voor eind 2025" stays before.
  const boundIsPart = partName !== undefined && tags.has(TAG.inclusive);
  if (tags.has(MOD_BEFORE) && !boundIsPart) {
    modifier = 'before';
    end = inclusive ? end : addDays(s, -1);
    start = null;
  } else if (tags.has(MOD_AFTER)) {
    modifier = 'after';
    start = inclusive || !end ? start : addDays(end, 1);
    end = null;
  } else if (tags.has(MOD_APPROX)) modifier = 'approx';
  if (!inRange(s) || !inRange(e) || !inRange(start) || !inRange(end)) return null;
  return expression(r, relative, timex, modifier, start && iso(start), end && iso(end));
}
