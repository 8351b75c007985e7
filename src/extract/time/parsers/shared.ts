/** Helpers shared by the parsers: building a chrono result for a whole period, and looking around a match. */
import type { ParsingContext, ParsingResult } from 'chrono-node';
import { type Grain, TAG, yearFromRef } from '../constants.js';
import { lastOfMonth, type Ymd } from '../dates.js';

/** The reference date as a calendar date (the letter date; a fixed placeholder when unknown). */
export function refDate(context: ParsingContext): Ymd {
  const d = context.reference.instant;
  return { y: d.getFullYear(), m: d.getMonth() + 1, d: d.getDate() };
}

/** A chrono result covering start..end (both inclusive) at the given granularity, with extra tags. */
export function periodResult(
  context: ParsingContext,
  index: number,
  text: string,
  start: Ymd,
  end: Ymd,
  grain: Grain,
  tags: readonly string[] = [],
): ParsingResult {
  const result = context.createParsingResult(
    index,
    text,
    { year: start.y, month: start.m, day: start.d },
    { year: end.y, month: end.m, day: end.d },
  );
  result.addTag(TAG.grain(grain));
  result.addTags([...tags]);
  return result;
}

/** Up to `size` characters before `index`: the window that context checks look at (keeps them linear). */
export function textBefore(context: ParsingContext, index: number, size = 48): string {
  return context.text.slice(Math.max(0, index - size), index);
}

/**
 * chrono runs each pattern on the text after the previous match (or one character after a
 * rejected one), so a lookbehind cannot see the character before that point. Parsers re-check
 * their left boundary here against the whole text.
 */
export function startsAfter(context: ParsingContext, index: number, forbidden: RegExp = /\w/): boolean {
  return index === 0 || !forbidden.test(context.text.charAt(index - 1));
}

/**
 * Part `part` (1-based) of a year cut into `parts` equal runs of months (halves, quarters), in the
 * year written after it (groups `<prefix>Y`/`<prefix>R`, see yearRef) or, without one, a yearless
 * relative period whose year is chosen at conversion.
 */
export function yearPartResult(
  context: ParsingContext,
  match: RegExpMatchArray,
  prefix: string,
  part: number,
  parts: number,
  grain: Grain,
): ParsingResult {
  const ref = refDate(context);
  const written = yearFromRef(match.groups ?? {}, prefix, ref.y);
  const tags: string[] = [];
  if (!written) tags.push(TAG.relative, TAG.yearless);
  else if (written.relative) tags.push(TAG.relative);
  const year = written?.year ?? ref.y;
  const months = 12 / parts;
  const first = (part - 1) * months + 1;
  return periodResult(
    context,
    match.index ?? 0,
    match[0],
    { y: year, m: first, d: 1 },
    lastOfMonth(year, first + months - 1),
    grain,
    tags,
  );
}
