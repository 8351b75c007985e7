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

import { isSpaceCode } from '../chars.js';
import { NUMBER_WORDS as CARDINALS, FRACTION_WORDS } from '../lexicon/numbers.js';
import type { KDocument } from '../model/document.js';
import type { Extractor } from './types.js';

export interface AmountMatch {
  /** As written, e.g. "€ 2,5 miljard", "tussen € 10 en € 20 miljoen". */
  text: string;
  value: number;
  /** Upper end of a range. */
  valueMax?: number;
  /** "EUR" for money, else the counted noun ("woningen"). */
  unit: string;
  per: 'year' | 'month' | null;
  start: number;
  end: number;
}

/**
 * Countable nouns a letter sets targets or counts groups in. Lowercase, as written in the plural. A
 * compound ending in one of them counts too ("huurwoningen", "opvangplekken", "arbeidsplaatsen",
 * "bijstandontvangers", "uitkeringsgerechtigden"): Dutch writes compounds as one word, head last.
 */
export const COUNTED_NOUNS = [
  'woningen',
  'huizen',
  'wooneenheden',
  'plekken',
  'plaatsen',
  'banen',
  'huishoudens',
  'mensen',
  'personen',
  'inwoners',
  'ontvangers',
  'gerechtigden',
  'asielzoekers',
  'statushouders',
  'vluchtelingen',
  'leerlingen',
  'studenten',
  'werknemers',
  'medewerkers',
  'agenten',
  'laadpalen',
  'windturbines',
] as const;

/** Units that count only as written, never as the head of a compound ("ha" ends many words). */
export const COUNTED_UNITS = ['hectare', 'ha', 'kilometer', 'km', 'fte'] as const;

/** Adjectives that may stand between number and noun: "100.000 betaalbare woningen". */
const ADJECTIVES = ['extra', 'middenhuur', 'middenhuurwoningen'];

/**
 * Besides ADJECTIVES, any inflected adjective (a word in -e: "nieuwe", "benodigde", "sociale") may stand
 * there, bar the pronouns, articles and number words that end in -e.
 */
const NOT_ADJECTIVES = 'die|deze|welke|elke|onze|alle|twee|drie|hele|grote';

const SCALES: Record<string, number> = {
  duizend: 3,
  dzd: 3,
  miljoen: 6,
  mln: 6,
  mio: 6,
  miljard: 9,
  mld: 9,
  mrd: 9,
  biljoen: 12,
};

/**
 * A number: thousands separated by dots ("316.000") or, in the official publication, by spaces
 * ("316 000"; at most four groups, so that a run of numbers is never read whole), or plain digits.
 */
const NUM = String.raw`(\d{1,3}(?:\.\d{3})+(?!\d)|\d{1,3}(?:[ \u00a0\u202f]\d{3}){1,4}(?![\d.,]\d|[ \u00a0\u202f]\d)(?!\d)|\d+(?!\d))(?:,(\d+))?`;
const SCALE = String.raw`(?:\s?(miljard|miljoen|duizend|biljoen|(?:mld|mrd|mln|mio|dzd)(?![\p{L}\d])\.?)(?![\p{L}\d]))?`;
const CONN = String.raw`(à|a|-|–|tot(?:\s+en\s+met)?|t\/m)`;
const CONN_TUSSEN = String.raw`(à|a|-|–|tot(?:\s+en\s+met)?|t\/m|en)`;
const ADJECTIVE = String.raw`(?:${ADJECTIVES.join('|')}|(?!(?:${NOT_ADJECTIVES})\s)\p{Ll}{2,}e)`;
const NOUNS = String.raw`(?:${ADJECTIVE}\s+){0,2}(\p{Ll}{0,30}?(?:${COUNTED_NOUNS.join('|')})|${COUNTED_UNITS.join('|')})(?![\p{L}\d])`;

function moneyPre(conn: string): RegExp {
  // € 10 [miljoen] [tot [€] 15 [miljoen]] [euro] [,-]
  return new RegExp(
    String.raw`(?:€|EUR(?![\p{L}])|euro(?![\p{L}]))\s?${NUM}${SCALE}(?:\s?${conn}\s?(?:€|EUR)?\s?${NUM}${SCALE})?(?:\s?euro(?![\p{L}]))?(,-{1,2}|,—)?`,
    'uy',
  );
}

function suffixed(conn: string): RegExp {
  // 10 [miljoen] [tot 15 [miljoen]] (euro | [adjective] noun)
  return new RegExp(
    String.raw`${NUM}${SCALE}(?:\s?${conn}\s?${NUM}${SCALE})?\s?(?:(euro|EUR)(?![\p{L}])|${NOUNS})`,
    'uy',
  );
}

const MONEY_PRE = moneyPre(CONN);
const MONEY_PRE_TUSSEN = moneyPre(CONN_TUSSEN);
const SUFFIXED = suffixed(CONN);
const SUFFIXED_TUSSEN = suffixed(CONN_TUSSEN);
const CANDIDATE = /€|EUR|euro|\d/g;
/** Exported for the property test of tussenBefore. */
export const TUSSEN_BEFORE = /(?:^|[^\p{L}])(tussen\s+(?:de\s+)?)$/iu;
/** A year-like number after a time word: "in 2030 woningen" is no count of 2030 woningen. */
const TIME_WORD_BEFORE =
  /(?:^|[^\p{L}])(?:in|tot|vanaf|sinds|na|voor|per|eind|begin|medio|uiterlijk|jaar|t\/m)\s+$/iu;
const PER_AFTER =
  /^\s*(?:[\p{L}]+\s+){0,2}?(per\s+jaar|per\s+kalenderjaar|jaarlijks|op\s+jaarbasis|per\s+maand|maandelijks)(?![\p{L}])/iu;
const PER_BEFORE =
  /(?:^|[^\p{L}])(jaarlijks|structureel|per\s+jaar|maandelijks|per\s+maand)\s+(?:(?:een|extra|circa|ongeveer|ruim|bijna|maximaal|minimaal|zo'n|nog)\s+)*$/iu;

/**
 * A sum of money named by its noun, the number with a scale word but no currency: "een bedrag van
 * 6 miljoen", "een bedrag oplopend tot 6 miljoen", "een budget van 2,5 miljard". Groups: 1 int, 2 frac, 3 scale.
 */
const SUM_BEFORE =
  /(?:^|[^\p{L}])(?:bedrag|budget|investering|bijdrage|subsidie)\s+(?:van|ter\s+hoogte\s+van|oplopend\s+tot|tot)\s+(?:(?:circa|ca\.|ruim|bijna|ongeveer|maximaal|minimaal|zo'n)\s+)?$/u;
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

function toNumber(int: string, frac: string | undefined, scale: string | undefined): number {
  const exp = scale ? (SCALES[scale.toLowerCase().replace('.', '')] ?? 0) : 0;
  const digits = int.replace(/[.\s]/g, '');
  const value = Number(`${digits}${frac ? `.${frac}` : ''}e${exp}`);
  return Number.isFinite(value) ? value : Number.NaN;
}

/** The period of an amount, and how far a period phrase right after it ("per jaar") extends the text. */
function perOf(text: string, start: number, end: number): { per: 'year' | 'month' | null; end: number } {
  const after = PER_AFTER.exec(text.slice(end, end + 40));
  const before = after ? null : PER_BEFORE.exec(text.slice(Math.max(0, start - 40), start));
  const word = (after?.[1] ?? before?.[1] ?? '').toLowerCase();
  if (!word) return { per: null, end };
  const per = /maand/.test(word) ? 'month' : 'year';
  // "100.000 woningen per jaar": the phrase directly after the amount is part of its text.
  const direct = after && after[0].trimStart() === after[1] ? end + after[0].length : end;
  return { per, end: direct };
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

function wordAmounts(text: string): AmountMatch[] {
  if (!text.includes('miljoen') && !text.includes('miljard')) return [];
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

/**
 * A part of a counted whole, in a clause that refers back to it: "circa 316 000 bijstandontvangers van
 * wie er ruim 200 000 beschikbaar waren", "€ 500 miljoen, waarvan 200 miljoen in 2025": the bare number
 * takes the unit of the whole. Groups: 1 int, 2 frac, 3 scale.
 */
const PART_OF = new RegExp(
  String.raw`^\s*,?\s*(?:van\s+wie|waarvan|waaronder)\s+(?:[\p{L}]+\s+){0,6}?(?:(?:circa|ca\.|ruim|bijna|ongeveer|zo'n|maximaal|minimaal)\s+)?${NUM}${SCALE}(?![\p{L}\d%]|\s*(?:%|procent))`,
  'du',
);

function partAmounts(text: string, wholes: AmountMatch[]): AmountMatch[] {
  const out: AmountMatch[] = [];
  for (const w of wholes) {
    const after = text.slice(w.end, w.end + 120);
    const m = PART_OF.exec(after);
    if (!m) continue;
    const value = toNumber(m[1], m[2], m[3]);
    if (!Number.isFinite(value)) continue;
    // "van wie 2023 ..." is no count: a bare year is left alone.
    if (/^(?:19|20)\d\d$/.test(m[1]) && !m[3]) continue;
    const start = w.end + (m.indices?.[1]?.[0] ?? 0);
    const end = w.end + m[0].trimEnd().length;
    out.push({ text: text.slice(start, end), value, unit: w.unit, per: null, start, end });
  }
  return out;
}

/** The amounts written in figures. */
function numericAmounts(text: string): AmountMatch[] {
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
    // Headings too (a table's rows are often read as headings), each before its section's sentences.
    const headings = new Map<string, string>();
    for (const s of doc.sections) if (s.heading) headings.set(s.id, s.heading);
    const heading = (id: string) => {
      const h = headings.get(id);
      if (h === undefined) return;
      headings.delete(id);
      add(h, id);
    };
    for (const sentence of doc.sentences) {
      if (headings.size > 0) heading(sentence.sectionId);
      add(sentence.text, sentence.sectionId);
    }
    for (const id of [...headings.keys()]) heading(id);
  },
};
