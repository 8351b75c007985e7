import type { ParsingComponents, ParsingContext, ParsingResult, Refiner } from 'chrono-node';
import { TAG } from '../constants.js';
import { daysInMonth } from '../dates.js';

const BETWEEN_RANGE = /^\s*(?:tot\s+en\s+met|tot|t\/m|-|–)\s*$/i;
const BETWEEN_AND = /^\s+en\s+$/i;
const FROM_BEFORE = /(?:^|\s)(van|tussen)\s+$/i;

function lastDay(c: ParsingComponents): { year: number; month: number; day: number } {
  const year = c.get('year') ?? 0;
  const month = c.get('month') ?? 1;
  const day = c.isCertain('day') ? (c.get('day') ?? 1) : daysInMonth(year, month);
  return { year, month, day };
}

/**
 * Two dates joined into one span: "van 1 januari tot 1 juli 2025", "januari t/m maart 2025",
 * "tussen 1 juli en 1 september". The first takes the second's year when it has none.
 * The span's timex is the first date's; start/end cover both.
 */
export const rangeRefiner: Refiner = {
  refine(context: ParsingContext, results: ParsingResult[]): ParsingResult[] {
    const out: ParsingResult[] = [];
    for (let i = 0; i < results.length; i++) {
      const a = results[i];
      const b = results[i + 1];
      if (
        !a ||
        !b ||
        (a.end && !a.tags().has(TAG.grain('day'))) ||
        b.tags().has(TAG.vague) ||
        a.tags().has(TAG.vague)
      ) {
        if (a) out.push(a);
        continue;
      }
      const between = context.text.slice(a.index + a.text.length, b.index);
      const from = FROM_BEFORE.exec(context.text.slice(Math.max(0, a.index - 8), a.index));
      const isRange =
        BETWEEN_RANGE.test(between) || (BETWEEN_AND.test(between) && from?.[1]?.toLowerCase() === 'tussen');
      const yearOfA = a.start.get('year');
      const yearOfB = b.start.get('year');
      if (!isRange || yearOfA === null || yearOfB === null) {
        out.push(a);
        continue;
      }
      const aTags = [...a.tags()];
      const aYearless = !a.start.isCertain('year') || aTags.includes(TAG.yearless);
      const bYearless = !b.start.isCertain('year') || b.tags().has(TAG.yearless);
      const startYear = aYearless && !bYearless ? yearOfB : yearOfA;
      const start = {
        year: startYear,
        month: a.start.get('month') ?? 1,
        day: a.start.get('day') ?? 1,
      };
      const end = b.end ? lastDay(b.end) : lastDay(b.start);
      const prefix = from ? from[0].trimStart() : '';
      const index = a.index - prefix.length;
      const merged = context.createParsingResult(index, b.index + b.text.length, start, end);
      const grain =
        aTags.find((t) => t.startsWith('kamerbrief/grain/')) ??
        TAG.grain(a.start.isCertain('day') ? 'day' : 'month');
      merged.addTag(grain);
      if (aYearless && bYearless) merged.addTags([TAG.yearless, TAG.relative]);
      if (aTags.includes(TAG.relative) || b.tags().has(TAG.relative)) merged.addTag(TAG.relative);
      if (
        start.year > end.year ||
        (start.year === end.year && start.month * 40 + start.day > end.month * 40 + end.day)
      ) {
        out.push(a);
        continue;
      }
      out.push(merged);
      i++;
    }
    return out;
  },
};
