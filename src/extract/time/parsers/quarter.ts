import type { Parser, ParsingContext } from 'chrono-node';
import { alternation, ORDINALS, yearRef } from '../constants.js';
import { startsAfter, yearPartResult } from './shared.js';

const PATTERN = new RegExp(
  `(?<![\\w])(?:(?:het\\s+)?(?<ord>${alternation(ORDINALS)})\\s+kwartaal(?:\\s+(?:van\\s+|in\\s+)?(?:${yearRef('a')}))?` +
    `|(?<q>Q[1-4])(?:\\s*-\\s*|\\s+van\\s+|\\s+)(?:${yearRef('b')}))(?![\\w])`,
  'i',
);

/**
 * Quarters of a year.
 * - het eerste kwartaal van 2025 → 2025-Q1; het 2e kwartaal 2025; het laatste kwartaal van 2024 → 2024-Q4
 * - Q1 2025, Q3-2026
 * - het derde kwartaal van dit jaar (relative); het eerste kwartaal (yearless: year chosen at conversion)
 */
export const quarterParser: Parser = {
  pattern: () => PATTERN,
  extract(context: ParsingContext, match: RegExpMatchArray) {
    if (!startsAfter(context, match.index ?? 0)) return null;
    const groups = match.groups ?? {};
    const ordinal = groups.ord ? (ORDINALS[groups.ord.toLowerCase()] ?? 0) : Number(groups.q?.slice(1));
    const quarter = ordinal === -1 ? 4 : ordinal;
    if (quarter < 1 || quarter > 4) return null;
    return yearPartResult(context, match, groups.ord ? 'a' : 'b', quarter, 4, 'quarter');
  },
};
