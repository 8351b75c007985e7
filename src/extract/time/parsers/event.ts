import type { Parser, ParsingContext } from 'chrono-node';
import { TAG, yearFromRef, yearRef } from '../constants.js';
import { nthWeekday } from '../dates.js';
import { periodResult, refDate, startsAfter } from './shared.js';

const PATTERN = new RegExp(
  `(?<![\\w])(?:(?:de|het)\\s+)?(?<event>prinsjesdag|jaarwisseling|zomerreces|kerstreces|meireces|voorjaarsreces|krokusreces|herfstreces|kerstmis|kerst|begrotingsbehandelingen|begrotingsbehandeling|behandeling\\s+van\\s+(?:de|mijn|onze)\\s+begroting)` +
    `(?:(?:\\s+van)?\\s+(?:${yearRef('a')})(?:\\s*[/-]\\s*(?:19|20)?\\d\\d(?![\\w]))?)?(?![\\w])`,
  'i',
);

/**
 * Fixed points of the parliamentary year.
 * - Prinsjesdag (2025) → the third Tuesday of September (2025-09-16)
 * - de jaarwisseling (2025/2026) → 31 December of the first year
 * - het zomerreces (van 2025) → the summer (2025-SU); het kerstreces → 2025-12 (from 20 December)
 * - the other recesses of the Tweede Kamer, by the month they fall in: het meireces → May (from
 *   Koningsdag to mid-May), het voorjaarsreces / krokusreces → February, het herfstreces → October
 * - de kerst, kerstmis → 25 December ("voor de kerst" → before 2025-12-25)
 * - de begrotingsbehandeling(en), de behandeling van de begroting → the fourth quarter: the Tweede
 *   Kamer debates the budgets presented on Prinsjesdag in October and November (2025-Q4)
 * Without a year they are yearless: the year is chosen at conversion (nearest / by tense).
 */
export const eventParser: Parser = {
  pattern: () => PATTERN,
  extract(context: ParsingContext, match: RegExpMatchArray) {
    if (!startsAfter(context, match.index ?? 0)) return null;
    const g = match.groups ?? {};
    const ref = refDate(context);
    const written = yearFromRef(g, 'a', ref.y);
    const tags: string[] = [];
    if (!written) tags.push(TAG.relative, TAG.yearless);
    else if (written.relative) tags.push(TAG.relative);
    const y = written?.year ?? ref.y;
    const index = match.index ?? 0;
    const event = (g.event ?? '').toLowerCase();
    if (event.startsWith('begroting') || event.startsWith('behandeling')) {
      return periodResult(context, index, match[0], { y, m: 10, d: 1 }, { y, m: 12, d: 31 }, 'quarter', [
        ...tags,
        TAG.event,
      ]);
    }
    switch (event) {
      case 'prinsjesdag': {
        const day = nthWeekday(y, 9, 2, 3);
        return periodResult(context, index, match[0], day, day, 'day', [...tags, TAG.prinsjesdag]);
      }
      case 'kerst':
      case 'kerstmis': {
        const day = { y, m: 12, d: 25 };
        return periodResult(context, index, match[0], day, day, 'day', tags);
      }
      case 'jaarwisseling': {
        const day = { y, m: 12, d: 31 };
        return periodResult(context, index, match[0], day, day, 'day', tags);
      }
      case 'zomerreces':
        return periodResult(context, index, match[0], { y, m: 6, d: 1 }, { y, m: 8, d: 31 }, 'season', tags);
      case 'kerstreces':
        // the recess starts around 20 December: "voor het kerstreces" ends on the 19th
        return periodResult(
          context,
          index,
          match[0],
          { y, m: 12, d: 20 },
          { y, m: 12, d: 31 },
          'month',
          tags,
        );
      case 'meireces':
        return periodResult(context, index, match[0], { y, m: 5, d: 1 }, { y, m: 5, d: 15 }, 'month', tags);
      case 'voorjaarsreces':
      case 'krokusreces':
        return periodResult(context, index, match[0], { y, m: 2, d: 1 }, { y, m: 2, d: 28 }, 'month', tags);
      case 'herfstreces':
        return periodResult(context, index, match[0], { y, m: 10, d: 1 }, { y, m: 10, d: 31 }, 'month', tags);
      default:
        return null;
    }
  },
};
