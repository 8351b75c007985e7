import type { ParsingContext, ParsingResult, Refiner } from 'chrono-node';
import { TAG } from '../constants.js';

const OF = /^\s+van\s+$/i;

/**
 * A date or month without a year followed by the year it belongs to, named relatively:
 * "1 januari van dit jaar", "in juni van volgend jaar" → one expression in that year.
 */
export const relativeYearRefiner: Refiner = {
  refine(context: ParsingContext, results: ParsingResult[]): ParsingResult[] {
    const out: ParsingResult[] = [];
    for (let i = 0; i < results.length; i++) {
      const a = results[i];
      const b = results[i + 1];
      if (!a) continue;
      const bTags = b?.tags();
      if (
        b &&
        bTags?.has(TAG.grain('year')) &&
        bTags.has(TAG.relative) &&
        !a.end &&
        !a.start.isCertain('year') &&
        OF.test(context.text.slice(a.index + a.text.length, b.index))
      ) {
        a.start.assign('year', b.start.get('year') ?? 0);
        a.text = context.text.slice(a.index, b.index + b.text.length);
        a.addTag(TAG.relative);
        out.push(a);
        i++;
        continue;
      }
      out.push(a);
    }
    return out;
  },
};
