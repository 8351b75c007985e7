import type { ParsingContext, ParsingResult, Refiner } from 'chrono-node';
import { TAG_PREFIX } from '../constants.js';

const ours = (r: ParsingResult) => {
  for (const t of r.start.tags()) if (t.startsWith(TAG_PREFIX)) return true;
  return false;
};

/**
 * Overlapping results: keep the longer one; on equal length keep ours (it knows its granularity).
 * Input is sorted by index (chrono sorts before refining); one pass.
 */
export const overlapRefiner: Refiner = {
  refine(_context: ParsingContext, results: ParsingResult[]): ParsingResult[] {
    const sorted = [...results].sort((a, b) => a.index - b.index);
    const kept: ParsingResult[] = [];
    for (const result of sorted) {
      const prev = kept[kept.length - 1];
      if (!prev || result.index >= prev.index + prev.text.length) {
        kept.push(result);
        continue;
      }
      const better =
        result.text.length > prev.text.length ||
        (result.text.length === prev.text.length && ours(result) && !ours(prev));
      if (better) kept[kept.length - 1] = result;
    }
    return kept;
  },
};
