import type { Parser, ParsingContext } from 'chrono-node';
import { alternation, ORDINALS, TAG, yearFromRef, yearRef } from '../constants.js';
import { lastOfMonth } from '../dates.js';
import { periodResult, refDate, startsAfter } from './shared.js';

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
    const tags: string[] = [];
    const ref = refDate(context);
    const written = yearFromRef(groups, groups.ord ? 'a' : 'b', ref.y);
    if (!written) tags.push(TAG.relative, TAG.yearless);
    else if (written.relative) tags.push(TAG.relative);
    const year = written?.year ?? ref.y;
    const first = (quarter - 1) * 3 + 1;
    const start = { y: year, m: first, d: 1 };
    return periodResult(
      context,
      match.index ?? 0,
      match[0],
      start,
      lastOfMonth(year, first + 2),
      'quarter',
      tags,
    );
  },
};
