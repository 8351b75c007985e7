/**
 * Filtering: which matches are no place (a name inside a title, after a person's title or "het lid", a
 * foreign region, and the names.ts cases), and which word-like municipality names count: only in a
 * place context or listed next to an accepted place.
 */

import type { Place } from '../gazetteer.js';
import { notAPlace } from '../names.js';
import { onlySpace, type Raw, spans, view } from './tokens.js';

/** Words after which a word-like municipality name is a place. */
const PLACE_CONTEXT = new Set([
  'in',
  'te',
  'bij',
  'rond',
  'rondom',
  'nabij',
  'uit',
  'naar',
  'gemeente',
  'gemeenten',
  'regio',
  'stad',
  'dorp',
  'kern',
  'omgeving',
  'richting',
  'tussen',
  'Gemeente',
]);
const PERSON_CONTEXT = new Set([
  'lid',
  'leden',
  'heer',
  'mevrouw',
  'Van',
  'dhr',
  'mw',
  'Dhr',
  'Mw',
  'mr',
  'Mr',
]);
/** A foreign region of the same name: "Belgisch Limburg". */
const FOREIGN_CONTEXT = new Set(['Belgisch', 'Belgische', 'Duits', 'Duitse']);
/** A name that continues a title: "staatssecretaris Herstel Groningen", "Minister voor Wonen ...". */
const TITLE_BEFORE =
  /(?:[Ss]taatssecretaris|[Mm]inister|[Cc]ommissaris|[Bb]ewindspersoon)(?: van| voor)?(?: \p{Lu}[\p{L}-]*)+ $/u;
/** What may stand between two places of one list. */
const LIST_GAP = /^(?:,|en|of|\/|&|;|,\s*en|,\s*of)$/;

/**
 * Whether the match of tokens i..last at [start, end) is no place; prev is token i - 1 as written (or
 * null), out the places accepted so far.
 */
export function notAPlaceHere(
  text: string,
  places: Place[],
  i: number,
  last: number,
  start: number,
  end: number,
  prev: string | null,
  out: Raw[],
): boolean {
  // Tokens hold no ".", so the person context is looked up as written ("dhr." is the token "dhr").
  if (prev !== null && (PERSON_CONTEXT.has(prev) || FOREIGN_CONTEXT.has(prev))) return true;
  // TITLE_BEFORE ends in a space: test it only after one.
  if (text.charCodeAt(start - 1) === 32 && TITLE_BEFORE.test(text.slice(Math.max(0, start - 80), start)))
    return true;
  // Part of a person's or organisation's name, an address or a dateline (names.ts).
  const prevIsPlace = out.length > 0 && out[out.length - 1].last === i - 1;
  const local = places.some((p) => p.type === 'municipality' || p.type === 'province');
  return notAPlace(view(text), i, last, start, end, prevIsPlace, local);
}

/** Whether a match at token i counts by itself: a name that is no ordinary word, or one after a place context word. */
export function placeByContext(
  text: string,
  places: Place[],
  i: number,
  start: number,
  prev: string | null,
): boolean {
  const wordLike = places.every((p) => p.word);
  const contextual = prev !== null && PLACE_CONTEXT.has(prev) && onlySpace(text, spans.end[i - 1], start);
  return !wordLike || contextual;
}

/** The accepted matches, with the word-like names listed next to an accepted one. */
export function listedPlaces(text: string, out: Raw[]): Raw[] {
  // Word-like names next to an accepted place in a list ("Putten, Ermelo en Harderwijk"): one sweep
  // forward and one backward accept every name chained by list separators to an accepted one.
  const listed = (a: Raw, b: Raw) => LIST_GAP.test(text.slice(a.end, b.start).trim());
  for (let k = 1; k < out.length; k++) {
    if (!out[k].accepted && out[k - 1].accepted && listed(out[k - 1], out[k])) out[k].accepted = true;
  }
  for (let k = out.length - 2; k >= 0; k--) {
    if (!out[k].accepted && out[k + 1].accepted && listed(out[k], out[k + 1])) out[k].accepted = true;
  }
  return out.filter((r) => r.accepted);
}
