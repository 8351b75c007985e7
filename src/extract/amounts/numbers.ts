/**
 * What an amount is made of: a number in figures with its scale word, the counted nouns and units,
 * and the value of a number as written.
 */

import { SCALES } from '../../lexicon/numbers.js';

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

/**
 * A number: thousands separated by dots ("316.000") or, in the official publication, by spaces
 * ("316 000"; at most four groups, so that a run of numbers is never read whole), or plain digits.
 */
export const NUM = String.raw`(\d{1,3}(?:\.\d{3})+(?!\d)|\d{1,3}(?:[ \u00a0\u202f]\d{3}){1,4}(?![\d.,]\d|[ \u00a0\u202f]\d)(?!\d)|\d+(?!\d))(?:,(\d+))?`;
/**
 * A scale word after the number: "miljard", "mln.". An abbreviation is followed by no letter or digit,
 * after its optional stop (PLAIN_SCALE also tests this before the stop, which adds nothing: a stop or
 * the character the outer test sees stands there; every \p{L} costs irregexp ~8 KB of code to compile).
 */
export const SCALE = String.raw`(?:\s?(miljard|miljoen|duizend|biljoen|(?:mld|mrd|mln|mio|dzd)\.?)(?![\p{L}\d]))?`;
/** The plain definition of SCALE, for its property test. */
export const PLAIN_SCALE = String.raw`(?:\s?(miljard|miljoen|duizend|biljoen|(?:mld|mrd|mln|mio|dzd)(?![\p{L}\d])\.?)(?![\p{L}\d]))?`;
/**
 * An adjective: one of ADJECTIVES, or an inflected one: at least three lowercase letters ending in -e.
 * NOUNS has white space after every adjective, which no letter is, so a run of letters matches only
 * whole: three non-space characters ahead then tell "at least three" (PLAIN_ADJECTIVE: \p{Ll}{2,}e),
 * and irregexp compiles one copy of \p{Ll} instead of three (six in NOUNS' {0,2}).
 */
const ADJECTIVE = String.raw`(?:${ADJECTIVES.join('|')}|(?!(?:${NOT_ADJECTIVES})\s)(?=\S\S\S)\p{Ll}*e)`;
const PLAIN_ADJECTIVE = String.raw`(?:${ADJECTIVES.join('|')}|(?!(?:${NOT_ADJECTIVES})\s)\p{Ll}{2,}e)`;
const nouns = (adjective: string) =>
  String.raw`(?:${adjective}\s+){0,2}(\p{Ll}{0,30}?(?:${COUNTED_NOUNS.join('|')})|${COUNTED_UNITS.join('|')})(?![\p{L}\d])`;
export const NOUNS = nouns(ADJECTIVE);
/** The plain definition of NOUNS, for its property test. */
export const PLAIN_NOUNS = nouns(PLAIN_ADJECTIVE);

export function toNumber(int: string, frac: string | undefined, scale: string | undefined): number {
  const exp = scale ? (SCALES[scale.toLowerCase().replace('.', '')] ?? 0) : 0;
  const digits = int.replace(/[.\s]/g, '');
  const value = Number(`${digits}${frac ? `.${frac}` : ''}e${exp}`);
  return Number.isFinite(value) ? value : Number.NaN;
}
