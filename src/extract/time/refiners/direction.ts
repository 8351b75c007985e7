import type { ParsingContext, ParsingResult, Refiner } from 'chrono-node';
import { TAG } from '../constants.js';

const AFTER = /^(?:\s*,)?\s+(?:(jl\.|jongstleden)|(a\.s\.|aanstaande))(?![\w])/i;
const BEFORE = /(?:^|\s)(?:(afgelopen)|(aanstaande|komende))\s+$/i;

/**
 * The written direction of a date: "22 oktober jl." / "afgelopen 22 oktober" (past),
 * "1 juli a.s." / "aanstaande vrijdag" (future). Extends the text and tags the result.
 */
export const directionRefiner: Refiner = {
  refine(context: ParsingContext, results: ParsingResult[]): ParsingResult[] {
    for (const r of results) {
      const after = AFTER.exec(context.text.slice(r.index + r.text.length, r.index + r.text.length + 16));
      if (after) {
        r.text += after[0];
        r.addTag(after[1] ? TAG.past : TAG.future);
        continue;
      }
      if (!r.start.isCertain('year') || r.tags().has(TAG.yearless)) {
        const before = BEFORE.exec(context.text.slice(Math.max(0, r.index - 16), r.index));
        if (before && /\d/.test(r.text)) {
          r.index -= before[0].trimStart().length;
          r.text = before[0].trimStart() + r.text;
          r.addTag(before[1] ? TAG.past : TAG.future);
        }
      }
    }
    return results;
  },
};
