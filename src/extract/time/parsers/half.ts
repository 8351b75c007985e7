import type { Parser, ParsingContext } from 'chrono-node';
import { alternation, ORDINALS, TAG, yearFromRef, yearRef } from '../constants.js';
import { lastOfMonth } from '../dates.js';
import { periodResult, refDate, startsAfter } from './shared.js';

const PATTERN = new RegExp(
  `(?<![\\w])(?:(?:de\\s+|het\\s+)?(?<ord>${alternation(ORDINALS)})\\s+(?:helft|halfjaar|half\\s+jaar)(?:\\s+(?:van\\s+|in\\s+)?(?:${yearRef('a')}))?` +
    `|(?<h>H[12])(?:\\s*-\\s*|\\s+van\\s+|\\s+)(?:${yearRef('b')}))(?![\\w])`,
  'i',
);

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
    const ref = refDate(context);
    const written = yearFromRef(groups, groups.ord ? 'a' : 'b', ref.y);
    // "de tweede helft" alone is usually not about time ("de tweede helft van het debat"); "het tweede halfjaar" is.
    if (!written && !/half/i.test(match[0])) return null;
    const tags: string[] = [];
    if (!written) tags.push(TAG.relative, TAG.yearless);
    else if (written.relative) tags.push(TAG.relative);
    const year = written?.year ?? ref.y;
    const first = half === 1 ? 1 : 7;
    const start = { y: year, m: first, d: 1 };
    return periodResult(
      context,
      match.index ?? 0,
      match[0],
      start,
      lastOfMonth(year, first + 5),
      'half',
      tags,
    );
  },
};
