import type { ParsingContext, ParsingResult, Refiner } from 'chrono-node';
import { TAG } from '../constants.js';

const FIRST_DAY = /(?:^|[^\d.,\-/])(\d{1,2})\s*(?:en|&|t\/m|tot\s+en\s+met)\s+$/i;

/**
 * Two days of one month: "op 6 en 7 november", "14 t/m 16 mei 2025" → a span from the first day to the last.
 */
export const dayListRefiner: Refiner = {
  refine(context: ParsingContext, results: ParsingResult[]): ParsingResult[] {
    return results.map((r) => {
      if (r.end || !r.start.isCertain('day') || [...r.tags()].some((t) => t.startsWith('kamerbrief/')))
        return r;
      const before = FIRST_DAY.exec(context.text.slice(Math.max(0, r.index - 20), r.index));
      const firstDay = Number(before?.[1]);
      const lastDay = r.start.get('day') ?? 0;
      if (!before?.[1] || !(firstDay >= 1 && firstDay < lastDay)) return r;
      const prefix = before[0].slice(before[0].indexOf(before[1]));
      const merged = context.createParsingResult(r.index - prefix.length, r.index + r.text.length);
      merged.start = r.start.clone();
      merged.start.assign('day', firstDay);
      merged.end = r.start.clone();
      merged.addTag(TAG.grain('day'));
      return merged;
    });
  },
};
