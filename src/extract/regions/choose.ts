/**
 * Which place a match stands for: a name that is both province and municipality by its context word
 * or the other places of its sentence; a name shared by two municipalities by the province named in
 * the text; a merged municipality as its successor.
 */

import { isSpaceCode } from '../../chars.js';
import { loadGazetteer, type Place } from '../gazetteer.js';
import type { Raw } from './tokens.js';

const MUNICIPALITY_CONTEXT = new Set([
  'gemeente',
  'gemeenten',
  'stad',
  'binnenstad',
  'dorp',
  'Gemeente',
  'Stad',
]);
const PROVINCE_CONTEXT = new Set(['provincie', 'provincies', 'Provincie', 'Provincies']);
/** Sentence ends: ., ! or ? before white space, or a blank line. */
const SENTENCE_END = /[.!?](?=\s)|\n\s*\n/g;

function sentenceStarts(text: string): number[] {
  const starts = [0];
  SENTENCE_END.lastIndex = 0;
  for (let m = SENTENCE_END.exec(text); m !== null; m = SENTENCE_END.exec(text)) {
    starts.push(m.index + m[0].length);
  }
  return starts;
}

function sentenceOf(starts: number[], offset: number): number {
  let lo = 0;
  let hi = starts.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (starts[mid] <= offset) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}

export interface Context {
  /** Per sentence: is an unambiguous province / municipality named in it? */
  provinceIn: Set<number>;
  municipalityIn: Set<number>;
  /** Province codes named anywhere in the text. */
  provinces: Set<string>;
}

/** A name that is both province and municipality: the only choice that looks at sentences. */
function provinceOrMunicipality(places: Place[]): boolean {
  return (
    places.length > 1 &&
    places.some((p) => p.type === 'province') &&
    places.some((p) => p.type === 'municipality')
  );
}

export function contextOf(text: string, raws: Raw[]): Context {
  const ctx: Context = { provinceIn: new Set(), municipalityIn: new Set(), provinces: new Set() };
  // Sentence numbers are only read by choose() for such a name: split the text into sentences only then.
  if (raws.some((r) => provinceOrMunicipality(r.places))) {
    const starts = sentenceStarts(text);
    for (const r of raws) r.sentence = sentenceOf(starts, r.start);
  }
  for (const r of raws) {
    if (r.places.length !== 1) continue;
    const p = r.places[0];
    if (p.type === 'province') {
      ctx.provinceIn.add(r.sentence);
      if (p.code) ctx.provinces.add(p.code);
    } else if (p.type === 'municipality') ctx.municipalityIn.add(r.sentence);
  }
  return ctx;
}

/** The last word before a match, over white space (looked at in the 40 characters before it). */
export const WORD_BEFORE = /(\p{L}+)\s+$/u;
const LETTER = /^\p{L}$/u;

/**
 * WORD_BEFORE's group 1 on text.slice(max(0, start - 40), start), read back from start: the white
 * space before start, then the letters before it, code point by code point (a pair cut by the
 * window's start is no letter there). The pattern, tried at every place of the window, matches first
 * where that run of letters starts. Exported for its property test.
 */
export function wordBefore(text: string, start: number): string | null {
  const from = Math.max(0, start - 40);
  let k = start;
  while (k > from && isSpaceCode(text.charCodeAt(k - 1))) k--;
  if (k === start) return null;
  const end = k;
  while (k > from) {
    const c = text.charCodeAt(k - 1);
    if (c < 0x80) {
      if ((c | 32) >= 97 && (c | 32) <= 122) k--;
      else break;
    } else if (c >= 0xdc00 && c <= 0xdfff && k - 2 >= from && isHighSurrogate(text.charCodeAt(k - 2))) {
      if (LETTER.test(text.slice(k - 2, k))) k -= 2;
      else break;
    } else if (LETTER.test(text.charAt(k - 1))) k--;
    else break;
  }
  return k === end ? null : text.slice(k, end);
}

const isHighSurrogate = (c: number) => c >= 0xd800 && c <= 0xdbff;

export function choose(text: string, raw: Raw, ctx: Context): Place {
  const { places } = raw;
  if (places.length === 1) return places[0];
  const province = places.find((p) => p.type === 'province');
  const municipality = places.find((p) => p.type === 'municipality');
  if (province && municipality) {
    const before = wordBefore(text, raw.start);
    if (before && MUNICIPALITY_CONTEXT.has(before)) return municipality;
    if (before && PROVINCE_CONTEXT.has(before)) return province;
    if (ctx.provinceIn.has(raw.sentence)) return province;
    if (ctx.municipalityIn.has(raw.sentence)) return municipality;
    return province;
  }
  // Several municipalities of one name: prefer the one whose province is named in the text.
  return places.find((p) => p.province && ctx.provinces.has(p.province)) ?? places[0];
}

let byCode: Map<string, Place> | null = null;

/**
 * A municipality merged since 2015 stands for its successor today ("Haarlemmerliede en
 * Spaarnwoude" → Haarlemmermeer), following a chain of mergers. One split over several
 * successors (Haaren 2021) keeps its own name and former code: no single successor is meant.
 */
export function current(place: Place): Place {
  if (!place.former) return place;
  if (!byCode) {
    byCode = new Map();
    for (const p of loadGazetteer().places) if (p.code && !p.former) byCode.set(p.code, p);
    for (const p of loadGazetteer().places)
      if (p.code && p.former && !byCode.has(p.code)) byCode.set(p.code, p);
  }
  let at = place;
  for (let hop = 0; hop < 4 && at.former && at.successors?.length === 1; hop++) {
    const next = byCode.get(at.successors[0].code);
    if (!next || next === at) break;
    at = next;
  }
  return at;
}
