import type { Parser, ParsingContext } from 'chrono-node';
import { periodResult, startsAfter } from './shared.js';
import { hasNameBefore, isTemporalYearContext } from './yearContext.js';

const Y = '(?:19|20)\\d\\d';
const PATTERN = new RegExp(
  `(?<![\\w€$.,\\-–/])(?:(?<between>tussen)\\s+(?<a1>${Y})\\s+en\\s+(?<a2>${Y})` +
    `|(?:(?<from>van)\\s+)?(?<b1>${Y})(?:\\s*(?<dash>[-–/])\\s*|\\s+(?<until>tot\\s+en\\s+met|tot|t/m)\\s+)(?<b2>${Y}|\\d\\d))` +
    `(?![\\w’']|[-–/.,]\\d)`,
  'i',
);

/**
 * A span of years. The timex is the first year's ("2028"); start and end cover the whole span.
 * - tussen 2025 en 2030; van 2025 tot 2030; 2025 tot en met 2030; 2025 t/m 2027
 * - in de periode 2028-2033; voor 2025-2026 (a dash needs the same temporal context as a bare year)
 * Not: "vergaderjaar 2023-2024" (session), "Nationaal Waterprogramma 2028-2033" (a programme's name:
 * the span names the document, it does not date an action), "2024-0000820011".
 */
export const yearSpanParser: Parser = {
  pattern: () => PATTERN,
  extract(context: ParsingContext, match: RegExpMatchArray) {
    if (!startsAfter(context, match.index ?? 0, /[\w€$.,\-–/]/)) return null;
    const g = match.groups ?? {};
    const index = match.index ?? 0;
    const first = Number(g.a1 ?? g.b1);
    const rawLast = g.a2 ?? g.b2 ?? '';
    const last = rawLast.length === 2 ? Math.floor(first / 100) * 100 + Number(rawLast) : Number(rawLast);
    if (!(last > first) || last - first > 100) return null;
    const explicit = g.between || g.from || g.until;
    if (!explicit) {
      if (!isTemporalYearContext(context, index) || hasNameBefore(context, index)) return null;
    }
    return periodResult(
      context,
      index,
      match[0],
      { y: first, m: 1, d: 1 },
      { y: last, m: 12, d: 31 },
      'year',
    );
  },
};
