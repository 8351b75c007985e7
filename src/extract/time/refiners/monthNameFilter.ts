import type { ParsingContext, ParsingResult, Refiner } from 'chrono-node';
import { MONTHS } from '../../../lexicon/months.js';
import { TAG_PREFIX } from '../constants.js';

const SENTENCE_START = /(?:^\s*|[.!?:;]\s*)$/;
const NAME_AFTER = /^\s[A-Z]/;

/**
 * chrono's month parsers also take words that are only sometimes months. Drop a bare month word
 * (no day, no year) when it is an abbreviation ("Jan", "mar") or a capitalised word inside a
 * sentence ("Mei Li Vos"), and any result whose year lies outside 1900-2100 ("mei 200 voor Christus").
 */
export const monthNameFilter: Refiner = {
  refine(context: ParsingContext, results: ParsingResult[]): ParsingResult[] {
    // A result of ours is kept whatever it holds; its tags are read only when the checks below
    // would drop it (chrono copies the tags into new Sets on every tags() call).
    return results.filter((r) => keptAsMonth(context, r) || ours(r));
  },
};

function ours(r: ParsingResult): boolean {
  for (const t of r.tags()) if (t.startsWith(TAG_PREFIX)) return true;
  return false;
}

/** Whether a month word is a month: not an abbreviation or a name alone, and its year in range. */
function keptAsMonth(context: ParsingContext, r: ParsingResult): boolean {
  const year = r.start.get('year') ?? 0;
  if (r.start.isCertain('year') && (year < 1900 || year > 2100)) return false;
  const word = r.text.trim();
  if (/\d/.test(word)) return true;
  if (MONTHS[word.toLowerCase()] === undefined) return false;
  if (/^[A-Z]/.test(word)) {
    if (!SENTENCE_START.test(context.text.slice(Math.max(0, r.index - 4), r.index))) return false;
    // "Mei Li Vos": a capitalised month word followed by another name
    if (NAME_AFTER.test(context.text.slice(r.index + r.text.length, r.index + r.text.length + 3)))
      return false;
  }
  return true;
}
