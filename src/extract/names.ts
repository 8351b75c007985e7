/**
 * Place names that are not places: the name of a person, an organisation, a project or an address that
 * contains a place name. The region matcher asks `notAPlace` about every match; each test looks at a few
 * characters or tokens around the match only (constant work per match).
 *
 * - A person: after a word that names a member or office ("Kamerlid Westerveld", "GroenLinks-leden
 *   Westerveld en Bouchallikh", "motie Westerveld", "minister Helder"), also further down a list of names
 *   after it ("de leden Bouchallikh en Westerveld"); before a party in brackets ("Westerveld (GL)").
 * - A proper name with a municipality or province as its last part: a capitalised word right before the place, on the same
 *   line, that is not the first word of the sentence or line and not a word that introduces a place
 *   ("gemeente", "provincie", "regio", a compass word): "CE Delft", "TU Delft", "Universiteit Twente",
 *   "Belastingdienst Groningen", "Rijkswaterstaat Zuid-Nederland", "Dijkversterking Krimpen", "Lisa
 *   Westerveld". Dutch writes common words in lower case, so a capital there marks a name.
 * - An English proper name with the place first: "Utrecht Centre for European Research", "Utrecht
 *   University" (an English organisation noun right after the place).
 * - An address: after a Dutch postcode ("Postbus 20201, 2500 EE Den Haag"), a street and house number or
 *   a post box ("Bezuidenhoutseweg 73, Den Haag", "Postbus 20011, Den Haag").
 * - A dateline: a place that opens a line and is followed by a date ("Den Haag, 3 april 2019").
 */
import { MONTH_ALTERNATION as MONTHS } from '../lexicon/months.js';

/** Words that name a member of parliament or an office holder; compounds ending in lid/leden too. */
const PERSON_WORDS = new Set([
  'minister',
  'Minister',
  'staatssecretaris',
  'Staatssecretaris',
  'collega',
  'Collega',
  'motie',
  'Motie',
  'moties',
  'amendement',
  'Amendement',
  'voorzitter',
  'Voorzitter',
  'rapporteur',
  'Kamervoorzitter',
  'fractievoorzitter',
  'woordvoerder',
  'ondertekenaars',
]);
const MEMBER_COMPOUND = /(?:^|-|[Kk]amer)(?:lid|leden)$/;

/** Particles inside Dutch surnames, walked over when going back along a list of names. */
const PARTICLES = new Set([
  'van',
  'de',
  'der',
  'den',
  'ter',
  'ten',
  'het',
  "'t",
  'Van',
  'De',
  'Ter',
  'Ten',
  'El',
]);

/**
 * Capitalised words that may stand right before a place without making it part of a name: words that
 * introduce a place and compass words ("Zuid Limburg" written without hyphen).
 */
const PLACE_WORDS = new Set([
  'Gemeente',
  'Gemeenten',
  'Provincie',
  'Provincies',
  'Regio',
  "Regio's",
  'Stad',
  'Dorp',
  'Kern',
  'Landsdeel',
  'Noord',
  'Oost',
  'Zuid',
  'West',
  'Midden',
  'Noordoost',
  'Noordwest',
  'Zuidoost',
  'Zuidwest',
  'Groot',
  'Klein',
  'Nieuw',
  'Oud',
  'Binnenstad',
  'Centrum',
]);
/** A word ending in "regio", "gemeente", "gebied" introduces a place: "Metropoolregio", "RES-regio", "NOVEX-gebieden". */
const PLACE_WORD_END = /(?:regio|regio's|gemeente|gemeenten|provincie|provincies|gebied|gebieden)$/i;

/** English organisation nouns that follow the place in an English name. */
const ENGLISH_ORG = new Set([
  'Centre',
  'Center',
  'University',
  'Institute',
  'College',
  'School',
  'Academy',
  'Research',
  'Group',
  'Economics',
  'Consulting',
  'Partners',
  'Foundation',
  'Business',
  'Science',
]);

/** Dutch political parties, as printed in brackets after a member's name. */
const PARTY =
  /^\s*\((?:VVD|PVV|CDA|D66|GL|GroenLinks|PvdA|GL-PvdA|GroenLinks-PvdA|SP|CU|ChristenUnie|SGP|PvdD|DENK|FvD|JA21|BBB|NSC|Volt|50PLUS|BIJ1|OSF|LPF)\)/;

/**
 * A Dutch postcode right before the place: "2500 EE Den Haag"; text taken from a PDF may space out its
 * characters ("2 5 00 E X Den Haag").
 */
const POSTCODE_BEFORE = /(?<!\d)(?:\d ?){3}\d ?[A-Z] ?[A-Z][ \t\u00a0]+$/;

/**
 * A street address or post box right before the place: "Bezuidenhoutseweg 73, Den Haag",
 * "Rijnstraat 8 Den Haag", "Postbus 20011, Den Haag".
 */
const STREET_BEFORE =
  /(?:(?:(?<![\p{L}])\p{Lu}[\p{L}'-]*(?:straat|weg|laan|plein|kade|gracht|singel|dreef|hof|markt|dijk|steeg|pad)|[Pp]ostbus)\s+\d{1,5}(?:\s?[a-zA-Z](?![\p{L}]))?(?:[-–]\d{1,4})?)\s*,?[ \t\u00a0]+$/u;

/** A date right after the place: "Den Haag, 3 april 2019". */
const DATE_AFTER = new RegExp(String.raw`^,?[ \t\u00a0]+\d{1,2}[ \t\u00a0]+(?:${MONTHS})[ \t\u00a0]+\d{4}`);

const UPPER = /^\p{Lu}/u;
/** An abbreviation in capitals ("CE", "TU", "GGD", "UMC"): a name wherever it stands. */
const ACRONYM = /^\p{Lu}{2,6}$/u;
const LOWER = /^\p{Ll}/u;

/** Tokens of the text being matched, as the region matcher holds them. */
export interface TokenView {
  text: string;
  start: Int32Array;
  end: Int32Array;
  count: number;
}

const tok = (v: TokenView, k: number) => v.text.slice(v.start[k], v.end[k]);

function isPersonWord(word: string): boolean {
  return (
    PERSON_WORDS.has(word) || ((word.endsWith('lid') || word.endsWith('leden')) && MEMBER_COMPOUND.test(word))
  );
}

/** Only spaces (no line break) between a and b. */
function sameLineSpace(text: string, a: number, b: number): boolean {
  if (b <= a || b - a > 3) return false;
  for (let k = a; k < b; k++) {
    const c = text.charCodeAt(k);
    if (c !== 32 && c !== 0xa0 && c !== 9) return false;
  }
  return true;
}

/**
 * Whether the word at `at` opens a sentence, a paragraph, a bracket or a list item. A single line break is
 * a wrapped line inside a paragraph (text taken from a PDF) and opens nothing by itself; a blank line does.
 */
function opensSentence(text: string, at: number): boolean {
  let k = at - 1;
  let breaks = 0;
  for (; k >= 0 && k > at - 200; k--) {
    const c = text.charCodeAt(k);
    if (c === 10) breaks++;
    else if (c !== 32 && c !== 0xa0 && c !== 9 && c !== 13) break;
  }
  if (k < 0 || breaks > 1) return true;
  return /[.!?:;(•·\-–—"'“‘«*▪►]/.test(text[k]);
}

/** Going back from token i - 1 along a list of names ("Bisschop, Van der Staaij en"): a person word? */
function personListBefore(v: TokenView, i: number): boolean {
  let names = 0;
  for (let k = i - 1; k >= 0 && k >= i - 10; k--) {
    const w = tok(v, k);
    const gap = v.text.slice(v.end[k], v.start[k + 1]);
    // Between the tokens of a list of names: spaces, commas, a slash, a party in brackets.
    if (!/^[\s,/]*(?:\([^()]{1,20}\))?[\s,/]*$/.test(gap)) return false;
    if (isPersonWord(w)) return names > 0 || k === i - 1;
    if (w === 'en' || PARTICLES.has(w)) continue;
    if (UPPER.test(w)) {
      names++;
      continue;
    }
    return false;
  }
  return false;
}

/**
 * Whether the place matched at tokens [i, last] (text[start, end)) is part of a name, an address or a
 * dateline. `prevIsPlace`: the token before i ends another place match (a list without separators).
 */
export function notAPlace(
  v: TokenView,
  i: number,
  last: number,
  start: number,
  end: number,
  prevIsPlace: boolean,
  municipalOrProvincial: boolean,
): boolean {
  const { text } = v;
  if (i > 0) {
    const prev = tok(v, i - 1);
    const adjacent = sameLineSpace(text, v.end[i - 1], start);
    if (isPersonWord(prev) && /^\s*$/.test(text.slice(v.end[i - 1], start))) return true;
    if (
      municipalOrProvincial &&
      adjacent &&
      !prevIsPlace &&
      UPPER.test(prev) &&
      !PLACE_WORDS.has(prev) &&
      !PLACE_WORD_END.test(prev) &&
      (ACRONYM.test(prev) || !opensSentence(text, v.start[i - 1]))
    )
      return true;
    if (!LOWER.test(prev) || prev === 'en' || PARTICLES.has(prev)) {
      if (personListBefore(v, i)) return true;
    }
    // Both patterns need a digit (postcode, house or box number) in the 40 units before the place.
    if (text.charCodeAt(start - 1) !== 10 && hasDigit(text, Math.max(0, start - 40), start)) {
      const before = text.slice(Math.max(0, start - 40), start);
      if (POSTCODE_BEFORE.test(before) || STREET_BEFORE.test(before)) return true;
    }
  }
  if (last + 1 < v.count && sameLineSpace(text, end, v.start[last + 1]) && ENGLISH_ORG.has(tok(v, last + 1)))
    return true;
  const after = text.slice(end, end + 24);
  if (after.charCodeAt(0) === 32 || after.charCodeAt(0) === 0xa0) {
    if (PARTY.test(after)) return true;
  }
  if (after.charCodeAt(0) === 44 && opensLine(text, start) && DATE_AFTER.test(after)) return true;
  return false;
}

/** Whether text[from, to) holds an ASCII digit. */
function hasDigit(text: string, from: number, to: number): boolean {
  for (let k = to - 1; k >= from; k--) {
    const c = text.charCodeAt(k);
    if (c >= 48 && c <= 57) return true;
  }
  return false;
}

/** Whether the text at `at` opens the text or a line (only spaces before it on its line). */
function opensLine(text: string, at: number): boolean {
  let k = at - 1;
  while (k >= 0 && (text.charCodeAt(k) === 32 || text.charCodeAt(k) === 9)) k--;
  return k < 0 || text.charCodeAt(k) === 10;
}
