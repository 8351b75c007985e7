/**
 * Amounts: money ("€ 2,5 miljard", "1,2 miljard euro", "EUR 1.200.000", "€ 300.000,-", "een bedrag van
 * 6 miljoen", "anderhalf miljard euro") and counts ("100.000 woningen per jaar", "10.000 banen", "316 000
 * bijstandontvangers" with the official publication's spaced thousands, "1.175 fte", "een half miljoen
 * mensen", and a part of a counted whole: "van wie er ruim 200 000 ..."), with ranges ("€ 1 à 2 miljard", "tussen € 10 en € 20
 * miljoen", "€ 10 tot 15 miljoen": value and valueMax) and period ("per jaar", "jaarlijks", "structureel",
 * "per maand"). Dutch notation: decimal comma, thousands dot.
 *
 * Not amounts: years, dates, Kamerstuk numbers, percentages, versions ("1.0"): a number counts only
 * with a currency (€, EUR, euro) or a counted noun from COUNTED_NOUNS.
 *
 * Linear time: the text is scanned once for candidate starts (€, EUR, euro, a digit that begins a number);
 * at each start a sticky pattern without nested quantifiers is tried; a failed digit run is skipped whole.
 */

import type { KDocument } from '../../model/document.js';
import { headingsFirst } from '../headings-first.js';
import type { Extractor } from '../types.js';
import type { AmountMatch } from './numbers.js';
import { numericAmounts } from './numeric.js';
import { partAmounts } from './parts.js';
import { wordAmounts } from './words.js';

export type { AmountMatch } from './numbers.js';
export { COUNTED_NOUNS, COUNTED_UNITS } from './numbers.js';
export {
  isLetterOrDigit,
  mayEndSum,
  SUM_BEFORE_FOR_TEST,
  TUSSEN_BEFORE,
  tussenBefore,
  unitNoteBefore,
} from './numeric.js';
export { amountPatternsForTest, hasScaleWord, wordAmountMatches } from './words.js';

/** All amounts in a text, in order. */
export function findAmounts(text: string): AmountMatch[] {
  const out = numericAmounts(text);
  const words = wordAmounts(text);
  const parts = out.length > 0 ? partAmounts(text, out) : [];
  if (words.length === 0 && parts.length === 0) return out;
  // One sweep in order of position; at one start the amount in figures (listed first) wins.
  const all = [...out, ...words, ...parts].sort((a, b) => a.start - b.start);
  const kept: AmountMatch[] = [];
  let lastEnd = -1;
  for (const a of all) {
    if (a.start < lastEnd) continue;
    kept.push(a);
    lastEnd = a.end;
  }
  return kept;
}

/** Longer "sentences" (run-on text without stops) are cut to a window around the amount. */
const MAX_SENTENCE = 1000;
const WINDOW = 200;

/** The sentence for an amount: the whole sentence, or for a run-on text a window around the amount. */
function sentenceFor(text: string, a: AmountMatch): string {
  if (text.length <= MAX_SENTENCE) return text;
  let from = Math.max(0, a.start - WINDOW);
  let to = Math.min(text.length, a.end + WINDOW);
  while (from > 0 && from > a.start - WINDOW - 30 && !/\s/.test(text[from - 1])) from--;
  while (to < text.length && to < a.end + WINDOW + 30 && !/\s/.test(text[to])) to++;
  return `${from > 0 ? '… ' : ''}${text.slice(from, to).trim()}${to < text.length ? ' …' : ''}`;
}

export const amountsExtractor: Extractor = {
  name: 'amounts',
  run(doc: KDocument) {
    doc.amounts = [];
    const add = (text: string, sectionId: string) => {
      for (const a of findAmounts(text)) {
        const amount: KDocument['amounts'][number] = {
          text: a.text,
          value: a.value,
          unit: a.unit,
          per: a.per,
          sentence: sentenceFor(text, a),
          sectionId,
        };
        if (a.valueMax !== undefined) amount.valueMax = a.valueMax;
        doc.amounts.push(amount);
      }
    };
    const headings = headingsFirst(doc.sections, add);
    for (const sentence of doc.sentences) {
      headings.before(sentence.sectionId);
      add(sentence.text, sentence.sectionId);
    }
    headings.rest();
  },
};
