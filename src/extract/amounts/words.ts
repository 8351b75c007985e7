/** Amounts in number words: "een half miljoen mensen", "anderhalf miljard euro", "twee miljoen euro". */

import { NUMBER_WORDS as CARDINALS, FRACTION_WORDS, SCALES } from '../../lexicon/numbers.js';
import { type AmountMatch, NOUNS } from './numbers.js';
import { perOf } from './periods.js';

/**
 * Number words before a scale: "een half miljoen mensen", "anderhalf miljard euro", "twee miljoen
 * euro". Only with the currency or a counted noun right after (as for figures). Groups: 1 number word,
 * 2 scale, 3 euro, 4 noun.
 */
const NUMBER_WORDS: Readonly<Record<string, number>> = { ...FRACTION_WORDS, ...CARDINALS };
/** Their alternation, longest first ("een halve" before "een"); a space stands for any white space. */
const NUMBER_WORD_ALTERNATION = Object.keys(NUMBER_WORDS)
  .sort((a, b) => b.length - a.length)
  .map((w) => w.replace(/ /g, String.raw`\s+`))
  .join('|');
/**
 * Number words before a scale, without the look-behind (?<![\p{L}]) in front, which `wordAmountMatches` checks by hand: as
 * the pattern's first element the look-behind keeps irregexp from skipping ahead (ten times slower).
 */
const WORD_AMOUNT = new RegExp(
  String.raw`(${NUMBER_WORD_ALTERNATION})\s+(miljoen|miljard)\s+(?:(euro)(?![\p{L}])|${NOUNS})`,
  'giu',
);

const LETTER = /\p{L}/u;

/** Whether the code point before offset i is a letter (what (?<![\p{L}]) tests). */
function letterBefore(text: string, i: number): boolean {
  if (i === 0) return false;
  const c = text.charCodeAt(i - 1);
  if (c < 0x80) return (c | 32) >= 97 && (c | 32) <= 122;
  if (c >= 0xdc00 && c <= 0xdfff && i >= 2) {
    const high = text.charCodeAt(i - 2);
    if (high >= 0xd800 && high <= 0xdbff) return LETTER.test(text.slice(i - 2, i));
  }
  return LETTER.test(text.charAt(i - 1));
}

/**
 * The matches of WORD_AMOUNT with (?<![\p{L}]) in front, in order: a match inside a word is dropped and
 * the search goes on at the next character, as the regex's own search would. Exported for its property test.
 */
export function wordAmountMatches(text: string): RegExpExecArray[] {
  const out: RegExpExecArray[] = [];
  WORD_AMOUNT.lastIndex = 0;
  for (let m = WORD_AMOUNT.exec(text); m !== null; m = WORD_AMOUNT.exec(text)) {
    if (letterBefore(text, m.index)) {
      WORD_AMOUNT.lastIndex = m.index + 1;
      continue;
    }
    out.push(m);
  }
  return out;
}

/** For the property test: the pattern whose look-behind `wordAmountMatches` checks by hand. */
export const amountPatternsForTest = { WORD_AMOUNT };

/**
 * Whether the text holds "miljoen" or "miljard" (as written, lowercase): what
 * text.includes('miljoen') || text.includes('miljard') tells, by one search for their common "milj"
 * instead of two over the whole text. Exported for its property test.
 */
export function hasScaleWord(text: string): boolean {
  for (let k = text.indexOf('milj'); k >= 0; k = text.indexOf('milj', k + 4)) {
    if (text.startsWith('oen', k + 4) || text.startsWith('ard', k + 4)) return true;
  }
  return false;
}

/**
 * What every match of WORD_AMOUNT holds: its scale word between white space. Most texts that name a
 * scale write the number in figures ("€ 10 miljoen"), and this small pattern spares them WORD_AMOUNT,
 * a case-blind Unicode pattern that costs irregexp over a millisecond to compile in the first letter
 * of a process. Without the u flag it is as case-blind as WORD_AMOUNT here: the letters of "miljoen"
 * and "miljard" match only themselves and their ASCII capitals either way. Exported for its property test.
 */
export const SCALE_WORD_BETWEEN = /\smilj(?:oen|ard)\s/i;

export function wordAmounts(text: string): AmountMatch[] {
  if (!hasScaleWord(text) || !SCALE_WORD_BETWEEN.test(text)) return [];
  const out: AmountMatch[] = [];
  for (const m of wordAmountMatches(text)) {
    const n = NUMBER_WORDS[m[1].toLowerCase().replace(/\s+/g, ' ')];
    if (n === undefined) continue;
    const value = n * 10 ** (SCALES[m[2].toLowerCase()] ?? 0);
    const start = m.index;
    const end = start + m[0].length;
    const period = perOf(text, start, end);
    const unit = m[3] ? 'EUR' : m[4].toLowerCase();
    out.push({ text: text.slice(start, period.end), value, unit, per: period.per, start, end: period.end });
  }
  return out;
}
