/**
 * Matching: the gazetteer's aliases over the tokens of a text, whole tokens, case-sensitive, longest
 * alias first; a name split over a line ("Noord-\nHolland"), an elided first part ("Noord- en
 * Midden-Limburg") and a landsdeel by its compass word. Each match is then filtered (filter.ts).
 */

import {
  type Alias,
  findKey,
  type KeyEntry,
  lengthBit,
  loadGazetteer,
  normEquals,
  normGap,
  type Place,
  scanTokens,
  unitBit,
} from '../gazetteer.js';
import { listedPlaces, notAPlaceHere, placeByContext } from './filter.js';
import { onlySpace, type Raw, spans, tokenText } from './tokens.js';

const LANDSDEEL_CONTEXT = new Set([
  'Leefomgeving',
  'MIRT',
  'landsdeel',
  'landsdelen',
  'Landsdeel',
  'Landsdelen',
]);
const UPPER_START = /^\p{Lu}/u;

/**
 * The longest alias of a token's key `entry` that starts at token i of `spans`. Exact fast path: every
 * alias of two or more tokens needs a next token with the first unit and the length of its second token
 * (normEquals), so a next token whose bits are not among entry.seconds and entry.secondLengths leaves
 * the token alone.
 */
export function matchAt(text: string, entry: KeyEntry | null, i: number): Alias | null {
  if (!entry?.aliases) return null;
  if (i + 1 >= spans.count) return entry.alone;
  const next = spans.start[i + 1];
  if (
    (entry.seconds & unitBit(text.charCodeAt(next))) === 0 ||
    (entry.secondLengths & lengthBit(spans.end[i + 1] - next)) === 0
  ) {
    return entry.alone;
  }
  return matchAliases(text, entry.aliases, i);
}

/** The definition: the first of the aliases (longest first) whose tokens and gaps follow from token i. */
export function matchAliases(text: string, aliases: Alias[], i: number): Alias | null {
  const { start, end, count } = spans;
  for (const alias of aliases) {
    const n = alias.tokens.length;
    if (i + n > count) continue;
    let ok = true;
    for (let j = 1; j < n && ok; j++) {
      const prevEnd = end[i + j - 1];
      const tokStart = start[i + j];
      if (!normEquals(text, tokStart, end[i + j], alias.tokens[j]) || tokStart - prevEnd > 8) ok = false;
      else if (normGap(text.slice(prevEnd, tokStart)) !== alias.gaps[j - 1]) ok = false;
    }
    if (ok) return alias;
  }
  return null;
}

/** "Noord- en Midden-Limburg": the elided first part, completed from the later compound. */
function elidedAt(text: string, word: string, i: number): Place[] | null {
  if (!word.endsWith('-')) return null;
  const gaz = loadGazetteer();
  if (i + 1 >= spans.count) return null;
  const next = tokenText(text, i + 1);
  // Line-break hyphenation inside a name: "Noord- Holland" (handled by the caller as a two-token match).
  if ((next === 'en' || next === 'of') && i + 2 < spans.count) {
    const later = tokenText(text, i + 2);
    const dash = later.indexOf('-');
    if (dash > 0) {
      const key = word + later.slice(dash + 1);
      const aliases = gaz.index.get(key);
      const single = aliases?.find((a) => a.tokens.length === 1);
      if (single) return single.places;
    }
  }
  return null;
}

/** The landsdeel of the compass word at token i (given as the place it names), after a landsdeel context. */
function compassAt(text: string, place: Place | undefined, i: number): Place | null {
  if (!place) return null;
  const gaz = loadGazetteer();
  // Walk back over at most a few compass words and "en"/"of": "BO's Leefomgeving Noord en Noordwest".
  const stop = Math.max(-1, i - 8);
  let k = i - 1;
  for (; k > stop; k--) {
    const w = tokenText(text, k);
    if (!gaz.compass.has(w) && w !== 'en' && w !== 'of') break;
  }
  if (k <= stop || !LANDSDEEL_CONTEXT.has(tokenText(text, k))) return null;
  return place;
}

export function rawMatches(text: string): Raw[] {
  const gaz = loadGazetteer();
  // Fast path: every lookup in matchToken (joined, index key, elided, compass) is keyed by a string with
  // the token's first unit; unless the token ends in "-" (joined or elided), also with its length. Only
  // the tokens of such a shape are visited, in order; those inside a match are passed over.
  scanTokens(text, spans, gaz.shapes);
  const { start: starts, end: ends, shaped, shapedCount } = spans;
  const out: Raw[] = [];
  let after = -1;
  for (let k = 0; k < shapedCount; k++) {
    const i = shaped[k];
    if (i <= after) continue;
    const start = starts[i];
    const tokEnd = ends[i];
    const hyphen = text.charCodeAt(tokEnd - 1) === 0x2d;
    // The index and compass lookups of the token, without slicing it.
    const entry = findKey(gaz, text, start, tokEnd);
    if (hyphen || entry !== null) after = matchToken(text, i, entry, hyphen, out);
  }
  return listedPlaces(text, out);
}

/**
 * The place named from token i (its key `entry`, `hyphen` when it ends in "-"), if any, filtered and
 * pushed onto `out`. Returns the last token of the match, or i. Apart from rawMatches' loop, so that the
 * loop stays small for the compiler whatever paths this takes.
 */
function matchToken(text: string, i: number, entry: KeyEntry | null, hyphen: boolean, out: Raw[]): number {
  const { start: starts, end: ends, count } = spans;
  const gaz = loadGazetteer();
  const start = starts[i];
  const tokEnd = ends[i];
  let places: Place[] | null = null;
  let last = i;
  // The token as written: only the paths for a token ending in "-" need it.
  const word = hyphen ? text.slice(start, tokEnd) : '';
  if (hyphen && i + 1 < count && UPPER_START.test(tokenText(text, i + 1))) {
    // "Noord-\nHolland" split over a line: join the two tokens.
    const joined = gaz.index.get(word + tokenText(text, i + 1));
    const single = joined?.find((a) => a.tokens.length === 1);
    if (single && onlySpace(text, tokEnd, starts[i + 1])) {
      places = single.places;
      last = i + 1;
    }
  }
  if (!places) {
    const alias = matchAt(text, entry, i);
    if (alias) {
      places = alias.places;
      last = i + alias.tokens.length - 1;
    }
  }
  if (!places && hyphen) places = elidedAt(text, word, i);
  if (!places && entry?.compass && text.startsWith(entry.compassWord ?? '', start)) {
    const p = compassAt(text, entry.compass, i);
    if (p) places = [p];
  }
  if (!places) return i;
  const end = ends[last];
  const prev = i > 0 ? tokenText(text, i - 1) : null;
  if (notAPlaceHere(text, places, i, last, start, end, prev, out)) return last;
  out.push({
    places,
    start,
    end,
    last,
    sentence: -1,
    accepted: placeByContext(text, places, i, start, prev),
  });
  return last;
}
