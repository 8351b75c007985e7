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
import type { KDocument } from '../../model/document.js';
import type { Region } from '../../model/letter.js';
import type { Place } from '../gazetteer.js';
import type { Extractor } from '../types.js';
import { choose, contextOf, current } from './choose.js';
import { rawMatches } from './match.js';

export interface RegionMatch {
  place: Place;
  /** The text as written. */
  text: string;
  start: number;
  end: number;
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
