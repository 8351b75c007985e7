import type { Parser, ParsingContext } from 'chrono-node';
import { daysInMonth } from '../dates.js';
import { periodResult, startsAfter } from './shared.js';

const PATTERN =
  /(?<![\w.\-/])(?:(\d{1,2})([-/.])(\d{1,2})\2((?:19|20)\d\d)|((?:19|20)\d\d)-(\d{1,2})-(\d{1,2}))(?![\w]|[-/.]\d)/i;

/**
 * Numeric dates with a four-digit year.
 * - 12-11-2024, 12/11/2024, 1.7.2025 (day first, as written in Dutch)
 * - 2024-11-12 (ISO)
 * Not: "2024-0000820011" (a reference), "10.00 uur", "29 435".
 */
export const numericDateParser: Parser = {
  pattern: () => PATTERN,
  extract(context: ParsingContext, match: RegExpMatchArray) {
    if (!startsAfter(context, match.index ?? 0, /[\w.\-/]/)) return null;
    const [y, m, d] = match[1]
      ? [Number(match[4]), Number(match[3]), Number(match[1])]
      : [Number(match[5]), Number(match[6]), Number(match[7])];
    if (m < 1 || m > 12 || d < 1 || d > daysInMonth(y, m)) return null;
    const day = { y, m, d };
    return periodResult(context, match.index ?? 0, match[0], day, day, 'day');
  },
};
