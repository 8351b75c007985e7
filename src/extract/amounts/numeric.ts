/**
 * The amounts written in figures: money with a currency (€, EUR, euro) before or after the number, or
 * a number with a counted noun, with ranges ("€ 1 à 2 miljard", "tussen € 10 en € 20 miljoen") and
 * sums named by their noun ("een bedrag van 6 miljoen"). Linear time: the text is scanned once for
 * candidate starts; at each a sticky pattern is tried, and a failed digit run is skipped whole.
 */

import { isSpaceCode } from '../../chars.js';
import { type AmountMatch, NOUNS, NUM, SCALE, toNumber } from './numbers.js';
import { perOf } from './periods.js';

const CONN = String.raw`(à|a|-|–|tot(?:\s+en\s+met)?|t\/m)`;
const CONN_TUSSEN = String.raw`(à|a|-|–|tot(?:\s+en\s+met)?|t\/m|en)`;

function moneyPre(conn: string, scale = SCALE): RegExp {
  // € 10 [miljoen] [tot [€] 15 [miljoen]] [euro] [,-]
  return new RegExp(
    String.raw`(?:€|EUR(?![\p{L}])|euro(?![\p{L}]))\s?${NUM}${scale}(?:\s?${conn}\s?(?:€|EUR)?\s?${NUM}${scale})?(?:\s?euro(?![\p{L}]))?(,-{1,2}|,—)?`,
    'uy',
  );
}

function suffixed(conn: string, scale = SCALE, nouns = NOUNS): RegExp {
  // 10 [miljoen] [tot 15 [miljoen]] (euro | [adjective] noun)
  return new RegExp(
    String.raw`${NUM}${scale}(?:\s?${conn}\s?${NUM}${scale})?\s?(?:(euro|EUR)(?![\p{L}])|${nouns})`,
    'uy',
  );
}

const MONEY_PRE = moneyPre(CONN);
const MONEY_PRE_TUSSEN = moneyPre(CONN_TUSSEN);
const SUFFIXED = suffixed(CONN);
const SUFFIXED_TUSSEN = suffixed(CONN_TUSSEN);
const CANDIDATE = /€|EUR|euro|\d/g;
/** The pattern builders and connectors, for the property test of SCALE and NOUNS against their plain definitions. */
export const numericPatternsForTest = { moneyPre, suffixed, CONN, CONN_TUSSEN };
/** Exported for the property test of tussenBefore. */
export const TUSSEN_BEFORE = /(?:^|[^\p{L}])(tussen\s+(?:de\s+)?)$/iu;
/** A year-like number after a time word: "in 2030 woningen" is no count of 2030 woningen. */
const TIME_WORD_BEFORE =
  /(?:^|[^\p{L}])(?:in|tot|vanaf|sinds|na|voor|per|eind|begin|medio|uiterlijk|jaar|t\/m)\s+$/iu;

/**
 * A sum of money named by its noun, the number with a scale word but no currency: "een bedrag van
 * 6 miljoen", "een bedrag oplopend tot 6 miljoen", "een budget van 2,5 miljard". Groups: 1 int, 2 frac, 3 scale.
 */
const SUM_BEFORE =
  /(?:^|[^\p{L}])(?:bedrag|budget|investering|bijdrage|subsidie)\s+(?:van|ter\s+hoogte\s+van|oplopend\s+tot|tot)\s+(?:(?:circa|ca\.|ruim|bijna|ongeveer|maximaal|minimaal|zo'n)\s+)?$/u;
/** The words SUM_BEFORE can end in, before its last white space: "van", "tot" and the qualifiers. */
const SUM_LAST_WORDS = [
  'van',
  'tot',
  'circa',
  'ca.',
  'ruim',
  'bijna',
  'ongeveer',
  'maximaal',
  'minimaal',
  "zo'n",
];

/**
 * A necessary condition of SUM_BEFORE on a window that ends at i, read back from i: white space, and
 * before it one of SUM_LAST_WORDS after white space. Most numbers have no such word before them, and
 * the pattern (tried at every place of its window) is then spared. Exported for its property test.
 */
export function mayEndSum(text: string, i: number): boolean {
  let k = i;
  while (k > 0 && isSpaceCode(text.charCodeAt(k - 1))) k--;
  if (k === i) return false;
  for (const word of SUM_LAST_WORDS) {
    const at = k - word.length;
    if (at > 0 && isSpaceCode(text.charCodeAt(at - 1)) && text.startsWith(word, at)) return true;
  }
  return false;
}
/** For the property test of mayEndSum. */
export const SUM_BEFORE_FOR_TEST = SUM_BEFORE;
const BARE_SCALED =
  /(\d{1,3}(?:\.\d{3})*|\d+)(?!\d)(?:,(\d+))?\s?(miljard|miljoen|mld\.?|mln\.?)(?![\p{L}\d])/uy;

const LETTER_OR_DIGIT = /[\p{L}\p{N}]/u;

/** Whether c is a letter or digit (/[\p{L}\p{N}]/u); exported for its property test. */
export function isLetterOrDigit(c: string | undefined): boolean {
  if (c === undefined) return false;
  const code = c.charCodeAt(0);
  // ASCII answered directly; the rest by the Unicode classes.
  if (code < 128) return (code >= 48 && code <= 57) || ((code | 32) >= 97 && (code | 32) <= 122);
  return LETTER_OR_DIGIT.test(c);
}

/** The index of the last non-space character in text[from, to), or from - 1. */
function lastNonSpace(text: string, from: number, to: number): number {
  let k = to - 1;
  while (k >= from && isSpaceCode(text.charCodeAt(k))) k--;
  return k;
}

/**
 * Table unit notes before text[to] within text[from, to): "(bedragen x € 1.000)", "× € 1 mln"; the
 * same as /(?:^|\s)[x×]\s*$/u on text.slice(from, to): the x is the last non-space character.
 */
export function unitNoteBefore(text: string, from: number, to: number): boolean {
  const k = lastNonSpace(text, from, to);
  if (k < from) return false;
  const c = text.charCodeAt(k);
  return (c === 120 || c === 0xd7) && (k === from || isSpaceCode(text.charCodeAt(k - 1)));
}

/**
 * TUSSEN_BEFORE on text.slice(from, to), run only when it can match: the slice ends in white space
 * after an "n" ("tussen") or "e" ("de"), in either case.
 */
export function tussenBefore(text: string, from: number, to: number): RegExpExecArray | null {
  const k = lastNonSpace(text, from, to);
  if (k < from || k === to - 1) return null;
  const c = text.charCodeAt(k) | 32;
  if (c !== 110 && c !== 101) return null;
  return TUSSEN_BEFORE.exec(text.slice(from, to));
}

/**
 * Interpret one sticky match. Groups: 1 int, 2 frac, 3 scale, 4 conn, 5 int2, 6 frac2, 7 scale2, then
 * (money) 8 ",-"; (suffixed) 8 euro, 9 noun.
 */
function build(
  m: RegExpExecArray,
  kind: 'pre' | 'suffix',
  tussen: boolean,
): Omit<AmountMatch, 'start' | 'end' | 'text' | 'per'> | null {
  const [, int, frac, scale1, conn, int2, frac2, scale2] = m;
  if (conn === 'en' && !tussen) return null;
  // A second scale applies to a first end that has none: "€ 1 à 2 miljard".
  const firstScale = scale1 ?? (int2 !== undefined ? scale2 : undefined);
  const value = toNumber(int, frac, firstScale);
  const valueMax = int2 !== undefined ? toNumber(int2, frac2, scale2 ?? scale1) : undefined;
  if (!Number.isFinite(value) || value < 0) return null;
  if (valueMax !== undefined && (!Number.isFinite(valueMax) || valueMax < value)) return null;
  let unit = 'EUR';
  if (kind === 'suffix' && !m[8]) unit = (m[9] ?? '').toLowerCase();
  if (!unit) return null;
  return valueMax !== undefined ? { value, valueMax, unit } : { value, unit };
}

/**
 * Whether the digit run at i continues a number written with spaces between its thousands ("1 000 000":
 * the run after "1 "): a group of one to three digits and a space stand right before it.
 */
function inSpacedNumber(text: string, i: number): boolean {
  const sep = text.charCodeAt(i - 1);
  if (sep !== 32 && sep !== 0xa0 && sep !== 0x202f) return false;
  let k = i - 2;
  while (k >= 0 && k > i - 6 && isDigitCode(text.charCodeAt(k))) k--;
  const run = i - 2 - k;
  return run >= 1 && run <= 3;
}

const isDigitCode = (c: number) => c >= 48 && c <= 57;

/** Candidate starts resume after the digit run starting at i. */
function skipDigits(text: string, i: number): void {
  let j = i;
  while (j < text.length) {
    const c = text.charCodeAt(j);
    if (c < 48 || c > 57) break;
    j++;
  }
  CANDIDATE.lastIndex = Math.max(CANDIDATE.lastIndex, j);
}

/** The amounts written in figures. */
export function numericAmounts(text: string): AmountMatch[] {
  const out: AmountMatch[] = [];
  CANDIDATE.lastIndex = 0;
  for (let c = CANDIDATE.exec(text); c !== null; c = CANDIDATE.exec(text)) {
    const i = c.index;
    const isDigit = c[0].length === 1 && c[0] !== '€';
    const prev = text[i - 1];
    // Only at the start of a word / number: not inside "1.234" or "nr5".
    const inside =
      isLetterOrDigit(prev) || ((prev === '.' || prev === ',') && isLetterOrDigit(text[i - 2]) && isDigit);
    if (inside) {
      if (isDigit) skipDigits(text, i);
      continue;
    }
    if (isDigit && inSpacedNumber(text, i)) {
      skipDigits(text, i);
      continue;
    }
    const from = Math.max(0, i - 16);
    // Table unit notes: "(bedragen x € 1.000)", "× € 1 mln".
    if (unitNoteBefore(text, from, i)) {
      if (isDigit) skipDigits(text, i);
      continue;
    }
    const tussen = tussenBefore(text, from, i);
    const re = isDigit ? (tussen ? SUFFIXED_TUSSEN : SUFFIXED) : tussen ? MONEY_PRE_TUSSEN : MONEY_PRE;
    re.lastIndex = i;
    let m = re.exec(text);
    let built = m ? build(m, isDigit ? 'suffix' : 'pre', !!tussen) : null;
    if (m && !built && tussen) {
      // Retry without the "en" range.
      const plain = isDigit ? SUFFIXED : MONEY_PRE;
      plain.lastIndex = i;
      m = plain.exec(text);
      built = m ? build(m, isDigit ? 'suffix' : 'pre', false) : null;
    }
    if (
      (!m || !built) &&
      isDigit &&
      text.charCodeAt(i - 1) === 32 &&
      mayEndSum(text, i) &&
      SUM_BEFORE.test(text.slice(Math.max(0, i - 50), i))
    ) {
      // "een bedrag van 6 miljoen": the noun names the currency.
      BARE_SCALED.lastIndex = i;
      m = BARE_SCALED.exec(text);
      built = m ? { value: toNumber(m[1], m[2], m[3]), unit: 'EUR' } : null;
      if (built && !Number.isFinite(built.value)) built = null;
    }
    if (!m || !built) {
      if (isDigit) skipDigits(text, i);
      continue;
    }
    let end = i + m[0].length;
    // Trailing space before a noun or "euro" is part of the match only when followed by it.
    while (end > i && /\s/.test(text[end - 1])) end--;
    const numberText = m[1];
    if (
      isDigit &&
      built.unit !== 'EUR' &&
      /^(?:19|20)\d\d$/.test(numberText) &&
      m[2] === undefined &&
      TIME_WORD_BEFORE.test(text.slice(from, i))
    ) {
      skipDigits(text, i);
      continue;
    }
    // "1.0"-style versions and "2023-2024" sessions never reach here: they have no currency or noun.
    const start = tussen && m[4] === 'en' ? i - tussen[1].length : i;
    const period = perOf(text, start, end);
    out.push({ text: text.slice(start, period.end), ...built, per: period.per, start, end: period.end });
    CANDIDATE.lastIndex = period.end;
  }
  return out;
}
