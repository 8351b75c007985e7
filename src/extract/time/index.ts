/**
 * Dutch time expressions in Kamerbrieven, normalised to TIMEX3-style values.
 *
 * The locale is a chrono configuration: chrono's own Dutch month-name parsers plus our parsers for
 * quarters, halves, seasons, years, spans, relative and vague periods, and refiners for ranges,
 * direction ("jl.", "a.s.") and modifiers ("voor", "uiterlijk", "medio", "eind"). The order below is
 * the whole behaviour (locale.ts). Conversion to `When` (timex, start, end, modifier) happens after
 * chrono (timex.ts).
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

import { NOT_COLLAPSED, WHITESPACE_RUN } from '../../chars.js';
import { joinAlternatives } from './alternatives.js';
import type { Ymd } from './dates.js';
import { cuesOf, parseWithCues } from './locale.js';
import { toExpression } from './timex.js';
import type { TimeExpression, TimeOptions } from './types.js';

export type { TimeExpression, TimeOptions } from './types.js';

/** A placeholder reference when the letter date is unknown; results that depend on it are nulled. */
const PLACEHOLDER: Ymd = { y: 2000, m: 6, d: 15 };
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
/** The times of one text, parsed once; `expressions` reads them with a preference for yearless dates. */
export interface TimeReading {
  expressions(options?: TimeOptions): TimeExpression[];
}

const NO_TIMES: TimeReading = { expressions: () => [] };

/**
 * Parse `text` once. `ref` is the letter date (null when unknown: relative expressions then keep
 * timex null). Whitespace runs are collapsed before parsing (offsets are mapped back), which keeps
 * every pattern linear on long inputs.
 */
export function readTimes(text: string, ref: Date | null): TimeReading {
  // Most sentences hold no cue of any parser: they are done without chrono.
  const cues = cuesOf(text);
  if (cues === 0) return NO_TIMES;
  const refDay = refYmd(ref);
  const anchor = refDay ?? PLACEHOLDER;
  const { normalised, offsets } = collapseWhitespace(text);
  const results = parseWithCues(normalised, new Date(anchor.y, anchor.m - 1, anchor.d, 12), cues);
  // chrono builds a new Set on every tags() call
  let tags: Array<Set<string>> | null = null;
  return {
    expressions(options: TimeOptions = {}): TimeExpression[] {
      tags ??= results.map((r) => r.tags());
      const out: TimeExpression[] = [];
      for (const [i, r] of results.entries()) {
        const expression = toExpression(r, tags[i], refDay, options.prefer ?? 'nearest');
        if (!expression) continue;
        const startOffset = offsets ? (offsets[r.index] ?? 0) : r.index;
        const endOffset = offsets
          ? (offsets[r.index + r.text.length - 1] ?? startOffset) + 1
          : r.index + r.text.length;
        const written = text.slice(startOffset, endOffset);
        // field by field, in the order of TimeExpression: a spread of `expression` is far slower (timex.ts)
        out.push({
          // (a text without offsets is collapsed already: the replace would change nothing)
          text: offsets ? written.replace(WHITESPACE_RUN, ' ') : written,
          index: startOffset,
          relative: expression.relative,
          timex: expression.timex,
          modifier: expression.modifier,
          start: expression.start,
          end: expression.end,
        });
      }
      return joinAlternatives(text, out);
    },
  };
}

/** All time expressions in `text`, in order: `readTimes(text, ref).expressions(options)`. */
export function findTimeExpressions(
  text: string,
  ref: Date | null,
  options: TimeOptions = {},
): TimeExpression[] {
  return readTimes(text, ref).expressions(options);
}
