import type { Parser, ParsingContext } from 'chrono-node';
import { alternation, SEASON_FIRST_MONTH, SEASONS, TAG, yearFromRef, yearRef } from '../constants.js';
import { addMonths, lastOfMonth } from '../dates.js';
import { periodResult, refDate, startsAfter, textBefore } from './shared.js';

const PATTERN = new RegExp(
  `(?<![\\w])(?:(?<art>de|het)\\s+)?(?<season>${alternation(SEASONS)})` +
    `(?:(?:\\s+van)?\\s+(?:${yearRef('a')})(?:\\s*[/-]\\s*(?:19|20)?\\d\\d(?![\\w]))?)?(?![\\w])`,
  'i',
);

/** A yearless season counts only after a temporal preposition: "in het voorjaar", "voor de zomer". */
const YEARLESS_CONTEXT =
  /(?:^|[\s(])(?:in|voor|vóór|na|vanaf|tegen|rond|rondom|omstreeks|begin|eind|einde|medio|midden|tot|tijdens|gedurende|sinds|uiterlijk|per|van)\s+$/i;

/**
 * Seasons (meteorological: SP = Mar-May, SU = Jun-Aug, FA = Sep-Nov, WI = Dec-Feb of the next year).
 * - de zomer van 2025 → 2025-SU; het najaar van 2025 → 2025-FA; voorjaar 2026 → 2026-SP
 * - de winter van 2025/2026 → 2025-WI (2025-12-01 .. 2026-02-28)
 * - de zomer van volgend jaar (relative); in het voorjaar (yearless: year chosen at conversion)
 * Not: "de Voorjaarsnota" (a word of its own), "de zomer" without a temporal preposition.
 */
export const seasonParser: Parser = {
  pattern: () => PATTERN,
  extract(context: ParsingContext, match: RegExpMatchArray) {
    if (!startsAfter(context, match.index ?? 0)) return null;
    const groups = match.groups ?? {};
    const code = SEASONS[(groups.season ?? '').toLowerCase()];
    if (!code) return null;
    const ref = refDate(context);
    const written = yearFromRef(groups, 'a', ref.y);
    const index = match.index ?? 0;
    const tags: string[] = [];
    if (!written) {
      if (!groups.art || !YEARLESS_CONTEXT.test(textBefore(context, index))) return null;
      tags.push(TAG.relative, TAG.yearless);
    } else if (written.relative) tags.push(TAG.relative);
    const year = written?.year ?? ref.y;
    const start = { y: year, m: SEASON_FIRST_MONTH[code], d: 1 };
    const last = addMonths(start, 2);
    return periodResult(context, index, match[0], start, lastOfMonth(last.y, last.m), 'season', tags);
  },
};
