import type { Parser, ParsingContext } from 'chrono-node';
import { TAG } from '../constants.js';
import { addDays, isoWeekStart } from '../dates.js';
import { periodResult, refDate, startsAfter } from './shared.js';

const PATTERN = /(?<![\w])week\s+(\d{1,2})(?:\s+(?:van\s+)?((?:19|20)\d\d))?(?![\w]|[-–/.,]\d)/i;

/**
 * ISO weeks: "week 45" → that week of the letter's year (yearless); "week 3 van 2025" → 2025-W03.
 */
export const weekParser: Parser = {
  pattern: () => PATTERN,
  extract(context: ParsingContext, match: RegExpMatchArray) {
    if (!startsAfter(context, match.index ?? 0)) return null;
    const week = Number(match[1]);
    if (week < 1 || week > 53) return null;
    const y = match[2] ? Number(match[2]) : refDate(context).y;
    const start = isoWeekStart(y, week);
    const tags = match[2] ? [] : [TAG.relative, TAG.yearless];
    return periodResult(context, match.index ?? 0, match[0], start, addDays(start, 6), 'week', tags);
  },
};
