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
 *   "de leden", "de heer", "mevrouw" or a capitalised "Van" (person names).
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
import type { DocSection, KDocument } from '../model/document.js';
import type { Region } from '../model/letter.js';
import { loadGazetteer, normGap, type Place, type Token, tokenize } from './gazetteer.js';
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
  first: number;
  last: number;
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

/** Match the aliases starting at token i; returns the longest one. */
function matchAt(text: string, tokens: Token[], i: number): { places: Place[]; last: number } | null {
  const gaz = loadGazetteer();
  const candidates = gaz.index.get(tokens[i].key);
  if (candidates) {
    for (const alias of candidates) {
      const n = alias.tokens.length;
      if (i + n > tokens.length) continue;
      let ok = true;
      for (let j = 1; j < n && ok; j++) {
        const prev = tokens[i + j - 1];
        const tok = tokens[i + j];
        if (tok.norm !== alias.tokens[j] || tok.start - prev.end > 8) ok = false;
        else if (normGap(text.slice(prev.end, tok.start)) !== alias.gaps[j - 1]) ok = false;
      }
      if (ok) return { places: alias.places, last: i + n - 1 };
    }
  }
  return null;
}

/** "Noord- en Midden-Limburg": the elided first part, completed from the later compound. */
function elidedAt(tokens: Token[], i: number): Place[] | null {
  const tok = tokens[i];
  if (!tok.text.endsWith('-')) return null;
  const gaz = loadGazetteer();
  const next = tokens[i + 1];
  if (!next) return null;
  // Line-break hyphenation inside a name: "Noord- Holland" (handled by the caller as a two-token match).
  if ((next.text === 'en' || next.text === 'of') && tokens[i + 2]) {
    const later = tokens[i + 2].text;
    const dash = later.indexOf('-');
    if (dash > 0) {
      const key = tok.text + later.slice(dash + 1);
      const aliases = gaz.index.get(key);
      const single = aliases?.find((a) => a.tokens.length === 1);
      if (single) return single.places;
    }
  }
  return null;
}

function compassAt(tokens: Token[], i: number): Place | null {
  const gaz = loadGazetteer();
  const place = gaz.compass.get(tokens[i].text);
  if (!place) return null;
  // Walk back over at most a few compass words and "en"/"of": "BO's Leefomgeving Noord en Noordwest".
  const stop = Math.max(-1, i - 8);
  let k = i - 1;
  while (
    k > stop &&
    (gaz.compass.has(tokens[k].text) || tokens[k].text === 'en' || tokens[k].text === 'of')
  ) {
    k--;
  }
  if (k <= stop || !LANDSDEEL_CONTEXT.has(tokens[k].text)) return null;
  return place;
}

function rawMatches(text: string): Raw[] {
  const tokens = tokenize(text);
  const starts = sentenceStarts(text);
  const out: Raw[] = [];
  for (let i = 0; i < tokens.length; i++) {
    let places: Place[] | null = null;
    let last = i;
    const tok = tokens[i];
    if (tok.text.endsWith('-') && tokens[i + 1] && /^\p{Lu}/u.test(tokens[i + 1].text)) {
      // "Noord-\nHolland" split over a line: join the two tokens.
      const joined = loadGazetteer().index.get(tok.text + tokens[i + 1].text);
      const single = joined?.find((a) => a.tokens.length === 1);
      if (single && onlySpace(text, tok.end, tokens[i + 1].start)) {
        places = single.places;
        last = i + 1;
      }
    }
    if (!places) {
      const m = matchAt(text, tokens, i);
      if (m) {
        places = m.places;
        last = m.last;
      }
    }
    if (!places) places = elidedAt(tokens, i);
    if (!places) {
      const p = compassAt(tokens, i);
      if (p) places = [p];
    }
    if (!places) continue;
    const start = tok.start;
    const end = tokens[last].end;
    const prev = tokens[i - 1];
    const before = text.slice(Math.max(0, start - 80), start);
    if (prev && (PERSON_CONTEXT.has(prev.text.replace(/\.$/, '')) || FOREIGN_CONTEXT.has(prev.text))) {
      i = last;
      continue;
    }
    if (TITLE_BEFORE.test(before)) {
      i = last;
      continue;
    }
    const word = places.every((p) => p.word);
    const contextual = !!prev && PLACE_CONTEXT.has(prev.text) && onlySpace(text, prev.end, start);
    out.push({
      places,
      start,
      end,
      first: i,
      last,
      sentence: sentenceOf(starts, start),
      accepted: !word || contextual,
    });
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

function contextOf(raws: Raw[]): Context {
  const ctx: Context = { provinceIn: new Set(), municipalityIn: new Set(), provinces: new Set() };
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

function choose(raw: Raw, ctx: Context, wordBefore: string | null): Place {
  const { places } = raw;
  if (places.length === 1) return places[0];
  const province = places.find((p) => p.type === 'province');
  const municipality = places.find((p) => p.type === 'municipality');
  if (province && municipality) {
    if (wordBefore && MUNICIPALITY_CONTEXT.has(wordBefore)) return municipality;
    if (wordBefore && PROVINCE_CONTEXT.has(wordBefore)) return province;
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
  const ctx = contextOf(raws);
  return raws.map((raw) => {
    const prevEnd = raw.start;
    const prevWord = /(\p{L}+)\s+$/u.exec(text.slice(Math.max(0, prevEnd - 40), prevEnd));
    const place = current(choose(raw, ctx, prevWord ? prevWord[1] : null));
    return { place, text: text.slice(raw.start, raw.end), start: raw.start, end: raw.end };
  });
}

/** Canonical names of the regions named in a text, in order of first appearance, unique. */
export function regionsInText(text: string): string[] {
  const seen = new Set<string>();
  for (const m of findRegions(text)) seen.add(m.place.name);
  return [...seen];
}

function sectionTexts(section: DocSection): string[] {
  return [section.heading, ...section.paragraphs.map((p) => p.text)].filter((t) => t && t.trim() !== '');
}

export const regionsExtractor: Extractor = {
  name: 'regions',
  run(doc: KDocument) {
    const byKey = new Map<string, Region>();
    for (const section of doc.sections) {
      for (const text of sectionTexts(section)) {
        for (const { place } of findRegions(text)) {
          const key = `${place.type}:${place.name}`;
          let region = byKey.get(key);
          if (!region) {
            region = { name: place.name, type: place.type, code: place.code, mentions: 0, sectionIds: [] };
            byKey.set(key, region);
          }
          region.mentions++;
          if (!region.sectionIds.includes(section.id)) region.sectionIds.push(section.id);
        }
      }
    }
    doc.regions = [...byKey.values()];
  },
};
