import type { Parser, ParsingContext } from 'chrono-node';
import { alternation, ORDINALS, yearRef } from '../constants.js';
import { startsAfter, yearPartResult } from './shared.js';

const PATTERN = new RegExp(
  `(?<![\\w])(?:(?:de\\s+|het\\s+)?(?<ord>${alternation(ORDINALS)})\\s+(?:helft|halfjaar|half\\s+jaar)(?:\\s+(?:van\\s+|in\\s+)?(?:${yearRef('a')}))?` +
    `|(?<h>H[12])(?:\\s*-\\s*|\\s+van\\s+|\\s+)(?:${yearRef('b')}))(?![\\w])`,
  'i',
);

const HALF_WORD = /half/i;

/**
 * Halves of a year.
 * - de tweede helft van 2025 → 2025-H2; het eerste halfjaar van 2026 → 2026-H1; H1 2025
 * - de tweede helft van dit jaar (relative); de eerste helft van volgend jaar
 * Not: "de tweede helft van de vergadering" (no year and nothing temporal after "helft").
 */
export const halfParser: Parser = {
  pattern: () => PATTERN,
  extract(context: ParsingContext, match: RegExpMatchArray) {
    if (!startsAfter(context, match.index ?? 0)) return null;
    const groups = match.groups ?? {};
    const ordinal = groups.ord ? (ORDINALS[groups.ord.toLowerCase()] ?? 0) : Number(groups.h?.slice(1));
    const half = ordinal === -1 ? 2 : ordinal;
    if (half < 1 || half > 2) return null;
    // "de tweede helft" alone is usually not about time ("de tweede helft van het debat"); "het tweede halfjaar" is.
    const prefix = groups.ord ? 'a' : 'b';
    if (!groups[`${prefix}Y`] && !groups[`${prefix}R`] && !HALF_WORD.test(match[0])) return null;
    return yearPartResult(context, match, prefix, half, 2, 'half');
  },
};
