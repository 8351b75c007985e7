/**
 * Regions: provinces, municipalities, waterschappen, NOVEX areas, MIRT landsdelen and well-known regions
 * named in the letter, matched against the gazetteer (src/extract/gazetteer.ts).
 *
 * Matching rules (tests/corpus/regions.json has examples of each):
 * - Whole tokens, case-sensitive, longest alias first: "Zuid-Limburg" is the NOVEX area, not Limburg;
 *   "Noord-Brabant" is not "Brabant"; "Limburgse" and "Utrechtse" (adjectives) are no match;
 *   "Brainport Eindhoven" is the region Brainport (the name of the region, not the municipality);
 *   "Waterschap Limburg" is the waterschap. "Noord- en Midden-Limburg" gives both regions.
 * - Landsdelen also by compass word after "landsdeel", "BO('s) Leefomgeving" or "BO MIRT":
 *   "BO's Leefomgeving Noord en Noordwest" → Noord-Nederland, Noordwest-Nederland.
 * - Not a place: a name inside a title ("staatssecretaris Herstel Groningen"), after "het lid",
 *   "de leden", "de heer", "mevrouw" or a capitalised "Van" (person names); and (names.ts) a member's
 *   name ("Kamerlid Westerveld", "GroenLinks-leden Westerveld en Bouchallikh", "Westerveld (GL)"), an
 *   organisation's or project's name ("CE Delft", "Universiteit Utrecht", "Utrecht Centre for European
 *   Research"), an address after a postcode and a dateline ("Den Haag, 3 april 2019").
 * - Municipality names that are ordinary words (Best, Buren, Putten, Sluis, Goes, Ede, ...; flagged
 *   `word` in the gazetteer) count only in a place context: after "gemeente", "in", "te", "bij", "rond",
 *   "uit", "naar", "regio", "stad", "dorp", or next to another place in a list ("Putten, Ermelo en
 *   Harderwijk"). A sentence-initial "Best" alone is no place.
 * - A name that is both province and municipality (Groningen, Utrecht): municipality after
 *   "gemeente"/"stad"/"dorp", province after "provincie(s)"; otherwise province when another province is
 *   named in the same sentence, municipality when only municipalities are; otherwise province.
 * - A name shared by two municipalities ("Bergen" (L.) and (NH.)): the one whose province is named in
 *   the same text, else the first.
 * - Municipalities merged since 2015 are reported as their successor (a chain of mergers is followed);
 *   one split over several successors keeps its own name and former GM code.
 */
import type { KDocument } from '../model/document.js';
import type { Region } from '../model/letter.js';
import {
  type Alias,
  findKey,
  lengthBit,
  loadGazetteer,
  newSpans,
  normEquals,
  normGap,
  type Place,
  scanTokens,
} from './gazetteer.js';
import { notAPlace } from './names.js';
import type { Extractor } from './types.js';

export interface RegionMatch {
  place: Place;
  /** The text as written. */
  text: string;
  start: number;
  end: number;
}

interface Raw {
  places: Place[];
  start: number;
  end: number;
  last: number;
  /** Sentence number in the text; -1 until contextOf needs it. */
  sentence: number;
  accepted: boolean;
}

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
const LANDSDEEL_CONTEXT = new Set([
  'Leefomgeving',
  'MIRT',
  'landsdeel',
  'landsdelen',
  'Landsdeel',
  'Landsdelen',
]);
/** A name that continues a title: "staatssecretaris Herstel Groningen", "Minister voor Wonen ...". */
const TITLE_BEFORE =
  /(?:[Ss]taatssecretaris|[Mm]inister|[Cc]ommissaris|[Bb]ewindspersoon)(?: van| voor)?(?: \p{Lu}[\p{L}-]*)+ $/u;
/** Sentence ends: ., ! or ? before white space, or a blank line. */
const SENTENCE_END = /[.!?](?=\s)|\n\s*\n/g;
const UPPER_START = /^\p{Lu}/u;
/** What may stand between two places of one list. */
const LIST_GAP = /^(?:,|en|of|\/|&|;|,\s*en|,\s*of)$/;

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

function onlySpace(text: string, from: number, to: number): boolean {
  for (let i = from; i < to; i++) {
    const c = text.charCodeAt(i);
    if (c !== 32 && c !== 10 && c !== 13 && c !== 9 && c !== 0xa0) return false;
  }
  return true;
}

/** Token boundaries of the text being matched: scratch space reused by every call (never results). */
const spans = newSpans();

/** The token spans of the current text as names.ts reads them. */
const view = (text: string) => ({ text, start: spans.start, end: spans.end, count: spans.count });

/** Text of token k of the current text. */
const tokenText = (text: string, k: number) => text.slice(spans.start[k], spans.end[k]);

/** Match the aliases starting at token i (those of its key); returns the longest one. */
function matchAt(text: string, candidates: Alias[] | undefined, i: number): Alias | null {
  if (candidates) {
    const { start, end, count } = spans;
    for (const alias of candidates) {
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

function rawMatches(text: string): Raw[] {
  scanTokens(text, spans);
  const { start: starts, end: ends, count } = spans;
  const gaz = loadGazetteer();
  const out: Raw[] = [];
  for (let i = 0; i < count; i++) {
    const start = starts[i];
    const tokEnd = ends[i];
    // Fast path: every lookup below (joined, index key, elided, compass) is keyed by a string with this
    // token's first unit; unless the token ends in "-" (joined or elided), also with its length.
    const shape = gaz.shapes[text.charCodeAt(start)];
    if (shape === 0) continue;
    const hyphen = text.charCodeAt(tokEnd - 1) === 0x2d;
    if (!hyphen && (shape & lengthBit(tokEnd - start)) === 0) continue;
    // The index and compass lookups of the token, without slicing it.
    const entry = findKey(gaz, text, start, tokEnd);
    if (!hyphen && entry === null) continue;
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
      const alias = matchAt(text, entry?.aliases, i);
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
    if (!places) continue;
    const end = ends[last];
    // Tokens hold no ".", so the person context is looked up as written ("dhr." is the token "dhr").
    const prev = i > 0 ? tokenText(text, i - 1) : null;
    if (prev !== null && (PERSON_CONTEXT.has(prev) || FOREIGN_CONTEXT.has(prev))) {
      i = last;
      continue;
    }
    // TITLE_BEFORE ends in a space: test it only after one.
    if (text.charCodeAt(start - 1) === 32 && TITLE_BEFORE.test(text.slice(Math.max(0, start - 80), start))) {
      i = last;
      continue;
    }
    // Part of a person's or organisation's name, an address or a dateline (names.ts).
    const prevIsPlace = out.length > 0 && out[out.length - 1].last === i - 1;
    const local = places.some((p) => p.type === 'municipality' || p.type === 'province');
    if (notAPlace(view(text), i, last, start, end, prevIsPlace, local)) {
      i = last;
      continue;
    }
    const wordLike = places.every((p) => p.word);
    const contextual = prev !== null && PLACE_CONTEXT.has(prev) && onlySpace(text, ends[i - 1], start);
    out.push({ places, start, end, last, sentence: -1, accepted: !wordLike || contextual });
    i = last;
  }
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

interface Context {
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

function contextOf(text: string, raws: Raw[]): Context {
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
const WORD_BEFORE = /(\p{L}+)\s+$/u;

function wordBefore(text: string, start: number): string | null {
  const m = WORD_BEFORE.exec(text.slice(Math.max(0, start - 40), start));
  return m ? m[1] : null;
}

function choose(text: string, raw: Raw, ctx: Context): Place {
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
function current(place: Place): Place {
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

/** Region mentions in a text, in order, with the place each stands for. */
export function findRegions(text: string): RegionMatch[] {
  const raws = rawMatches(text);
  const ctx = contextOf(text, raws);
  return raws.map((raw) => {
    const place = current(choose(text, raw, ctx));
    return { place, text: text.slice(raw.start, raw.end), start: raw.start, end: raw.end };
  });
}

/** The places of findRegions(text), without the match objects. */
function placesIn(text: string): Place[] {
  const raws = rawMatches(text);
  if (raws.length === 0) return [];
  const ctx = contextOf(text, raws);
  return raws.map((raw) => current(choose(text, raw, ctx)));
}

/** Canonical names of the regions named in a text, in order of first appearance, unique. */
export function regionsInText(text: string): string[] {
  const seen = new Set<string>();
  for (const place of placesIn(text)) seen.add(place.name);
  return [...seen];
}

export const regionsExtractor: Extractor = {
  name: 'regions',
  run(doc: KDocument) {
    const byKey = new Map<string, Region>();
    /** The region of each place met in this letter (places of one type and name share it). */
    const byPlace = new Map<Place, Region>();
    const count = (place: Place, sectionId: string) => {
      let region = byPlace.get(place);
      if (!region) {
        const key = `${place.type}:${place.name}`;
        region = byKey.get(key);
        if (!region) {
          region = { name: place.name, type: place.type, code: place.code, mentions: 0, sectionIds: [] };
          byKey.set(key, region);
        }
        byPlace.set(place, region);
      }
      region.mentions++;
      if (!region.sectionIds.includes(sectionId)) region.sectionIds.push(sectionId);
    };
    for (const section of doc.sections) {
      // The heading, then the paragraphs; an empty or blank text names no place.
      if (section.heading) for (const place of placesIn(section.heading)) count(place, section.id);
      for (const { text } of section.paragraphs) {
        if (text) for (const place of placesIn(text)) count(place, section.id);
      }
    }
    doc.regions = [...byKey.values()];
  },
};
