/**
 * Dutch time expressions in Kamerbrieven, normalised to TIMEX3-style values.
 *
 * The locale is a chrono configuration: chrono's own Dutch month-name parsers plus our parsers for
 * quarters, halves, seasons, years, spans, relative and vague periods, and refiners for ranges,
 * direction ("jl.", "a.s.") and modifiers ("voor", "uiterlijk", "medio", "eind"). The order below is
 * the whole behaviour. Conversion to `When` (timex, start, end, modifier) happens after chrono.
 *
 * Conventions (documented choices):
 * - the order of parsers does not matter (all run); refiners run in the order listed.
 * - timex: day 2024-11-12, week 2025-W03, month 2025-06, quarter 2025-Q1, half 2025-H2,
 *   season 2025-SP/SU/FA/WI, year 2025, vague FUTURE_REF / PAST_REF.
 * - seasons are meteorological: SP 03-01..05-31, SU 06-01..08-31, FA 09-01..11-30,
 *   WI 12-01..end of February of the next year (2025-WI = 2025-12-01..2026-02-28).
 * - spans ("2028-2033", "tussen 2025 en 2030", "van 1 januari tot 1 juli 2025") take the timex of their
 *   first point; start/end cover the whole span.
 * - modifiers follow TIMEX3 `mod`: start/mid/end select the first/middle/last third of the period
 *   (eind 2025 = 2025-09-01..2025-12-31; medio 2026 = 2026-05-01..2026-08-31; begin juni = 06-01..06-10);
 *   before: start null, end = the day before the period ("voor de zomer van 2025" → ..2025-05-31) or the
 *   period's last day when the bound is inclusive ("uiterlijk 1 januari 2026", "t/m 2030") or a part
 *   ("voor eind 2025" → ..2025-12-31), except that an inclusive bound on a part is the part ("uiterlijk
 *   eind mei" = end of May, modifier end); after: end null, start = the period's first day ("vanaf", "per")
 *   or the day after it ("na 2030"); approx keeps the period.
 * - relative expressions ("komend voorjaar", "dit jaar", a date without a year) are resolved against
 *   the reference date (the letter date) and get relative: true; without a reference their timex,
 *   start and end are null. A date without a year takes the nearest year by default, or the next /
 *   previous occurrence when the caller says the sentence looks ahead / back, or when "a.s." / "jl." says so.
 * - "de komende maanden" → FUTURE_REF from the letter date to +6 months (weken +6 weeks, jaren +5 years,
 *   periode/tijd +1 year, or the written count); "binnenkort" → FUTURE_REF with an open end;
 *   "de afgelopen jaren" → PAST_REF.
 * - a bare year needs a temporal context (see parsers/yearContext.ts); years outside 1900-2100 are dropped.
 */

import type { Parser, ParsingResult, Refiner } from 'chrono-node';
// Only chrono's Dutch locale module: the package's main entry loads every locale (230 ms vs 80 ms).
import { Chrono, createConfiguration } from 'chrono-node/nl';
import { NOT_COLLAPSED, WHITESPACE_RUN } from '../../chars.js';
import { MONTH_SPELLINGS } from '../../lexicon/months.js';
import type { When } from '../../model/letter.js';
import { joinAlternatives } from './alternatives.js';
import { type Grain, SEASONS, TAG } from './constants.js';
import { cueScanner } from './cues.js';
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
import { eventParser } from './parsers/event.js';
import { halfParser } from './parsers/half.js';
import { numericDateParser } from './parsers/numericDate.js';
import { quarterParser } from './parsers/quarter.js';
import { relativePeriodParser } from './parsers/relativePeriod.js';
import { seasonParser } from './parsers/season.js';
import { vagueParser } from './parsers/vague.js';
import { weekParser } from './parsers/week.js';
import { yearParser } from './parsers/year.js';
import { yearSpanParser } from './parsers/yearSpan.js';
import { dayListRefiner } from './refiners/dayList.js';
import { directionRefiner } from './refiners/direction.js';
import { modifierRefiner } from './refiners/modifier.js';
import { monthNameFilter } from './refiners/monthNameFilter.js';
import { overlapRefiner } from './refiners/overlap.js';
import { rangeRefiner } from './refiners/range.js';
import { relativeYearRefiner } from './refiners/relativeYear.js';

export interface TimeExpression extends When {
  /** Char offset of the expression in the text given. */
  index: number;
}

export interface TimeOptions {
  /**
   * Which occurrence a date without a year means: the nearest to the reference date (default),
   * the next one ('future', for a sentence that looks ahead) or the previous one ('past').
   */
  prefer?: 'nearest' | 'future' | 'past';
}

/**
 * chrono's Dutch parsers we keep: day + month name (+ year) and month name (+ year). The others
 * (weekdays like "zo", casual "nu", times of day "10.00 uur", slashed numbers) give false dates in
 * Kamerbrieven.
 */
const CHRONO_PARSERS = ['NLMonthNameMiddleEndianParser', 'NLMonthNameParser'];
const chronoParsers = createConfiguration(true, true).parsers.filter((p) =>
  CHRONO_PARSERS.includes(p.constructor.name),
);
if (chronoParsers.length !== CHRONO_PARSERS.length) {
  throw new Error(`chrono-node's Dutch parsers changed: expected ${CHRONO_PARSERS.join(', ')}`);
}

/**
 * The locale: parsers first (all run over the text), then refiners in order. Each parser comes with
 * its cue: strings (lower case) of which the text must hold one for its pattern to match at all.
 */
/**
 * The month names (and abbreviations) chrono's Dutch parsers know; their patterns allow no ASCII
 * letter right after the name, which keeps out "maar", "markt", "decentraal", "innovatie".
 */
const MONTH_CUE = MONTH_SPELLINGS.map((m) => `${m}$`);
/** The year parsers need a year, 1900-2100 (what /(?:19|20)\d\d|2100/ finds). */
const YEAR_CUE = 'year';
const SEASON_CUE = Object.keys(SEASONS).map((s) => `${s}$`);
/**
 * Each parser with the words (lower case; "$": no ASCII letter may follow, as the pattern's own
 * right boundary demands) of which the text must hold one for its pattern to match at all.
 */
const sieve: ReadonlyArray<{ parser: Parser; cue: readonly string[] | typeof YEAR_CUE }> = [
  ...chronoParsers.map((parser) => ({ parser, cue: MONTH_CUE })),
  { parser: numericDateParser, cue: YEAR_CUE },
  { parser: quarterParser, cue: ['kwartaal$', 'q1$', 'q2$', 'q3$', 'q4$'] },
  { parser: halfParser, cue: ['helft$', 'half$', 'halfjaar$', 'h1$', 'h2$'] },
  { parser: seasonParser, cue: SEASON_CUE },
  { parser: relativePeriodParser, cue: ['jaar$', 'kwartaal$', 'maand$', 'week$', ...SEASON_CUE] },
  {
    parser: eventParser,
    cue: [
      'prinsjesdag$',
      'jaarwisseling$',
      'zomerreces$',
      'kerstreces$',
      'meireces$',
      'voorjaarsreces$',
      'krokusreces$',
      'herfstreces$',
      'kerst$',
      'kerstmis$',
      'begrotingsbehandeling',
      'begroting$',
    ],
  },
  { parser: weekParser, cue: ['week$'] },
  { parser: yearSpanParser, cue: YEAR_CUE },
  { parser: yearParser, cue: YEAR_CUE },
  {
    parser: vagueParser,
    cue: [
      'komende$',
      'volgende$',
      'afgelopen$',
      'achterliggende$',
      'voorbije$',
      'laatste$',
      'binnenkort$',
      'termijn$',
      'spoedig$',
      'toekomst$',
      'onlangs$',
      'recentelijk$',
    ],
  },
];

export const configuration: { parsers: Parser[]; refiners: Refiner[] } = {
  parsers: sieve.map((s) => s.parser),
  refiners: [
    monthNameFilter,
    overlapRefiner,
    relativeYearRefiner,
    dayListRefiner,
    rangeRefiner,
    overlapRefiner,
    directionRefiner,
    modifierRefiner,
  ],
};

/**
 * Which parsers may match the text being parsed: one bit per entry of `sieve`, set from `cuesOf`
 * before each parse. A parser whose cue is absent gets a pattern that fails at once, so chrono skips
 * it without scanning the text (the patterns are the costly part of a parse).
 */
let activeParsers = 0;
const NEVER = /^(?!)/;

const YEAR_BITS = sieve.reduce((mask, entry, i) => (entry.cue === YEAR_CUE ? mask | (1 << i) : mask), 0);
/** Every cue word and every year YEAR_CUE stands for (1900-2099, 2100), found in one scan. */
const cuesOf = cueScanner([
  ...sieve.flatMap(({ cue }, i) => (cue === YEAR_CUE ? [] : cue.map((word) => [word, 1 << i] as const))),
  ...Array.from({ length: 201 }, (_, k) => [String(1900 + k), YEAR_BITS] as const),
]);

const parser = new Chrono({
  parsers: sieve.map(({ parser: p }, i) => ({
    pattern: (context) => (activeParsers & (1 << i) ? p.pattern(context) : NEVER),
    extract: (context, match) => p.extract(context, match),
  })),
  refiners: configuration.refiners,
});

/** A placeholder reference when the letter date is unknown; results that depend on it are nulled. */
const PLACEHOLDER: Ymd = { y: 2000, m: 6, d: 15 };

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

const inRange = (a: Ymd | null) => a === null || (a.y >= 1900 && a.y <= 2100);

const MOD_BEFORE = TAG.mod('before');
const MOD_AFTER = TAG.mod('after');
const MOD_APPROX = TAG.mod('approx');

function toExpression(
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
  if (!ours && grain === 'month') s = { ...s, d: 1 };
  // chrono accepts "31 februari" and backwards ranges ("31 12 februari"): not dates
  const valid = (a: Ymd) => a.m >= 1 && a.m <= 12 && a.d >= 1 && a.d <= daysInMonth(a.y, a.m);
  if (!valid(s) || !valid(e) || compare(s, e) > 0) return null;
  const base = { text: r.text, index: r.index, relative };
  if (relative && !ref) return { ...base, timex: null, modifier: null, start: null, end: null };
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
      ? { ...base, timex, modifier: null, start: start && iso(start), end: end && iso(end) }
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
  return { ...base, timex, modifier, start: start && iso(start), end: end && iso(end) };
}

/**
 * toExpression, remembered per chrono result (results are remembered per text, see `parsed`): the
 * commitment extractor reads a sentence's times twice, first with no preference, then often with it.
 */
const expressions = new WeakMap<
  ParsingResult,
  { tags: Set<string>; byKey: Map<string, TimeExpression | null> }
>();
function expressionOf(
  r: ParsingResult,
  ref: Ymd | null,
  prefer: NonNullable<TimeOptions['prefer']>,
): TimeExpression | null {
  const key = ref ? `${ref.y}-${ref.m}-${ref.d} ${prefer}` : prefer;
  let known = expressions.get(r);
  if (!known) {
    // chrono builds a new Set on every tags() call
    known = { tags: r.tags(), byKey: new Map() };
    expressions.set(r, known);
  }
  let expression = known.byKey.get(key);
  if (expression === undefined) {
    expression = toExpression(r, known.tags, ref, prefer);
    known.byKey.set(key, expression);
  }
  return expression;
}

/** The calendar date of a reference Date, read in UTC (as `new Date('2024-11-12')` gives it). */
function refYmd(ref: Date | null): Ymd | null {
  if (!ref || Number.isNaN(ref.getTime())) return null;
  return { y: ref.getUTCFullYear(), m: ref.getUTCMonth() + 1, d: ref.getUTCDate() };
}

/**
 * Collapse whitespace runs to one space, remembering where each kept character came from
 * (offsets is null when the text is already collapsed, the usual case for sentences).
 */
function collapseWhitespace(text: string): { normalised: string; offsets: Uint32Array | null } {
  if (!NOT_COLLAPSED.test(text)) return { normalised: text, offsets: null };
  const offsets = new Uint32Array(text.length + 1);
  const pieces: string[] = [];
  let n = 0;
  let last = 0;
  for (const m of text.matchAll(WHITESPACE_RUN)) {
    const i = m.index ?? 0;
    pieces.push(text.slice(last, i), ' ');
    for (let k = last; k < i; k++) offsets[n++] = k;
    offsets[n++] = i;
    last = i + m[0].length;
  }
  pieces.push(text.slice(last));
  for (let k = last; k < text.length; k++) offsets[n++] = k;
  offsets[n] = text.length;
  return { normalised: pieces.join(''), offsets };
}

/**
 * chrono's results for a text, remembered for the last text: the commitment extractor asks twice
 * for the same sentence (is there a time at all; then the times with a preferred direction), and the
 * parse is the costly part. The results are only read, never changed.
 */
let last: { text: string; anchor: Ymd; results: ParsingResult[] } | null = null;

/**
 * For tests: chrono's results for a text with the sieve (as findTimeExpressions parses) or with
 * every parser run over it, to hold the two equal.
 */
export function parseForTest(text: string, reference: Date, sieved: boolean): ParsingResult[] {
  if (!sieved) return new Chrono(configuration).parse(text, reference) as ParsingResult[];
  activeParsers = cuesOf(text);
  return parser.parse(text, reference) as ParsingResult[];
}

function parsed(text: string, anchor: Ymd, cues: number): ParsingResult[] {
  if (last && last.text === text && compare(last.anchor, anchor) === 0) return last.results;
  activeParsers = cues;
  const results = parser.parse(text, new Date(anchor.y, anchor.m - 1, anchor.d, 12)) as ParsingResult[];
  last = { text, anchor, results };
  return results;
}

/**
 * All time expressions in `text`, in order. `ref` is the letter date (null when unknown: relative
 * expressions then keep timex null). Whitespace runs are collapsed before parsing (offsets are mapped
 * back), which keeps every pattern linear on long inputs.
 */
export function findTimeExpressions(
  text: string,
  ref: Date | null,
  options: TimeOptions = {},
): TimeExpression[] {
  // Most sentences hold no cue of any parser: they are done without chrono.
  const cues = cuesOf(text);
  if (cues === 0) return [];
  const refDay = refYmd(ref);
  const anchor = refDay ?? PLACEHOLDER;
  const { normalised, offsets } = collapseWhitespace(text);
  const results = parsed(normalised, anchor, cues);
  const out: TimeExpression[] = [];
  for (const r of results) {
    const expression = expressionOf(r, refDay, options.prefer ?? 'nearest');
    if (!expression) continue;
    const startOffset = offsets ? (offsets[r.index] ?? 0) : r.index;
    const endOffset = offsets
      ? (offsets[r.index + r.text.length - 1] ?? startOffset) + 1
      : r.index + r.text.length;
    out.push({
      ...expression,
      index: startOffset,
      text: text.slice(startOffset, endOffset).replace(WHITESPACE_RUN, ' '),
    });
  }
  return joinAlternatives(text, out);
}
