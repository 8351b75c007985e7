import type { Parser, ParsingContext } from 'chrono-node';
import { alternation, relativeYearOffset, SEASON_FIRST_MONTH, SEASONS, TAG } from '../constants.js';
import { addDays, addMonths, compare, lastOfMonth, type Ymd } from '../dates.js';
import { periodResult, refDate, startsAfter } from './shared.js';

const UNITS = `jaar|halfjaar|kwartaal|maand|week|${alternation(SEASONS)}`;
const PATTERN = new RegExp(
  `(?<![\\w])(?:(?<rel>(?:het\\s+)?(?:komende?|aankomende?|volgende?|vorige?|afgelopen|lopende|huidige)|dit|deze|aanstaande)\\s+(?<unit>${UNITS})` +
    `|(?<=(?:eind|einde|begin|midden|medio|loop|helft|start)\\s+van\\s+)(?<the>het\\s+jaar))(?![\\w])`,
  'i',
);

/**
 * Periods named relative to the letter date.
 * - dit jaar, volgend jaar, komend jaar (the current year in a letter of January-March), vorig jaar, het afgelopen jaar, het lopende jaar
 * - dit voorjaar, deze zomer, komend voorjaar (the next one that has not started yet), afgelopen zomer
 * - deze maand, volgende maand, dit kwartaal, volgend kwartaal, het komende halfjaar, volgende week
 * - (eind van) het jaar → the current year
 */
export const relativePeriodParser: Parser = {
  pattern: () => PATTERN,
  extract(context: ParsingContext, match: RegExpMatchArray) {
    if (!startsAfter(context, match.index ?? 0)) return null;
    const groups = match.groups ?? {};
    const ref = refDate(context);
    const index = match.index ?? 0;
    const tags = [TAG.relative];
    if (groups.the) {
      return periodResult(
        context,
        index,
        match[0],
        { y: ref.y, m: 1, d: 1 },
        { y: ref.y, m: 12, d: 31 },
        'year',
        tags,
      );
    }
    const relWord = (groups.rel ?? '').toLowerCase().replace(/^het\s+/, '');
    const offset = relativeYearOffset(relWord) ?? 0;
    const unit = (groups.unit ?? '').toLowerCase();
    const season = SEASONS[unit];
    if (season) {
      const occurrence = (year: number): [Ymd, Ymd] => {
        const start = { y: year, m: SEASON_FIRST_MONTH[season], d: 1 };
        const last = addMonths(start, 2);
        return [start, lastOfMonth(last.y, last.m)];
      };
      let year = ref.y;
      if (offset === 0) {
        // "deze winter" in January belongs to the winter that began last December.
        if (season === 'WI' && ref.m <= 2) year -= 1;
      } else if (offset > 0) {
        // the next occurrence that has not started yet
        year = compare(occurrence(ref.y - 1)[0], ref) > 0 ? ref.y - 1 : ref.y;
        if (compare(occurrence(year)[0], ref) <= 0) year += 1;
      } else {
        // the last occurrence that has ended
        year = ref.y;
        while (compare(occurrence(year)[1], ref) >= 0) year -= 1;
      }
      const [start, end] = occurrence(year);
      return periodResult(context, index, match[0], start, end, 'season', tags);
    }
    switch (unit) {
      case 'jaar': {
        // "het komende jaar" means the twelve months ahead: in the first quarter that is mostly the
        // current year; later on, the next calendar year (as "volgend jaar" always is).
        const ahead = /^(?:aan)?komende?$/.test(relWord) && ref.m <= 3 ? 0 : offset;
        const y = ref.y + ahead;
        return periodResult(context, index, match[0], { y, m: 1, d: 1 }, { y, m: 12, d: 31 }, 'year', tags);
      }
      case 'halfjaar': {
        const start = addMonths({ y: ref.y, m: ref.m <= 6 ? 1 : 7, d: 1 }, 6 * offset);
        const last = addMonths(start, 5);
        return periodResult(context, index, match[0], start, lastOfMonth(last.y, last.m), 'half', tags);
      }
      case 'kwartaal': {
        const start = addMonths({ y: ref.y, m: Math.floor((ref.m - 1) / 3) * 3 + 1, d: 1 }, 3 * offset);
        const last = addMonths(start, 2);
        return periodResult(context, index, match[0], start, lastOfMonth(last.y, last.m), 'quarter', tags);
      }
      case 'maand': {
        const start = addMonths({ y: ref.y, m: ref.m, d: 1 }, offset);
        return periodResult(context, index, match[0], start, lastOfMonth(start.y, start.m), 'month', tags);
      }
      case 'week': {
        const dow = (new Date(Date.UTC(ref.y, ref.m - 1, ref.d)).getUTCDay() + 6) % 7;
        const start = addDays(ref, 7 * offset - dow);
        return periodResult(context, index, match[0], start, addDays(start, 6), 'week', tags);
      }
      default:
        return null;
    }
  },
};
