/**
 * Sentences of the body, per section, with their page and footnote markers.
 * Intl.Segmenter('nl') does the splitting; its wrong splits after abbreviations
 * ("nr. 267", "o.a.", "jl.", initials) are merged back.
 */
import { type DocSection, type Paragraph, pageAt, type Sentence } from '../model/document.js';

const segmenter = new Intl.Segmenter('nl', { granularity: 'sentence' });

/** Abbreviations after which a sentence does not end. */
const ABBREVIATIONS =
  /(?:^|[\s(])(?:nr|nrs|jl|o\.a|bijv|blz|art|artt|ca|e\.d|i\.v\.m|m\.b\.t|t\.b\.v|d\.d|z\.s\.m|resp|mln|mld|mr|dr|drs|ir|ing|prof|incl|excl|vgl|zgn|p|pag|Stb|Stcrt|St|dhr|mevr|e\.a|enz|m\.n|n\.a\.v|t\.a\.v|i\.p\.v|i\.o\.m|o\.b\.v|c\.q|a\.s|vs|al|jr|sr|min|max|etc|cf|ea|z\.g\.a\.n|\p{Lu})\.\s*$/u;

/** A segment that starts like this continues the previous sentence ("nr. 267", "o.a. de ..."). */
const CONTINUES = /^[\p{Ll}\d(,;:)–-]/u;

const WHITESPACE_RUN = /\s+/g;
/** Whitespace other than single spaces (most sentences have none). */
const NOT_COLLAPSED = /\s\s|[^\S ]/;

/** Text is handed to the segmenter in pieces of about this size (V8's segmenter slows down on long strings). */
const CHUNK = 2000;

/**
 * Intl.Segmenter's sentences, with indexes into `text`. V8's segment iterator costs time in
 * proportion to the string for every step, so a long text is cut first, after a full stop and a
 * space, into pieces of about CHUNK characters: a place where the segmenter ends a sentence too.
 */
function* segments(text: string): Generator<{ segment: string; index: number }> {
  let from = 0;
  while (from < text.length) {
    let to = text.length;
    if (text.length - from > CHUNK * 2) {
      const stop = text.indexOf('. ', from + CHUNK);
      const space = text.indexOf(' ', from + CHUNK);
      to =
        stop >= 0 && stop < from + CHUNK * 2
          ? stop + 2
          : space >= 0 && space < from + CHUNK * 2
            ? space + 1
            : from + CHUNK * 2;
    }
    for (const seg of segmenter.segment(text.slice(from, to)))
      yield { segment: seg.segment, index: from + seg.index };
    from = to;
  }
}

export function splitSentences(text: string): Array<{ text: string; start: number }> {
  // Merged segments are kept as parts and joined once: growing one string and slicing it would be quadratic.
  const out: Array<{ parts: string[]; start: number; tail: string }> = [];
  for (const seg of segments(text)) {
    const s = seg.segment;
    const prev = out.at(-1);
    const trimmed = s.trim();
    if (!trimmed) {
      if (prev) {
        prev.parts.push(s);
        prev.tail = (prev.tail + s).slice(-16);
      }
      continue;
    }
    // Only the tail can end in an abbreviation.
    if (prev && (ABBREVIATIONS.test(prev.tail) || CONTINUES.test(trimmed))) {
      prev.parts.push(s);
      prev.tail = (prev.tail + s).slice(-16);
      continue;
    }
    out.push({ parts: [s], start: seg.index, tail: s.slice(-16) });
  }
  return out.flatMap((o) => {
    const joined = o.parts.join('');
    const lead = joined.length - joined.trimStart().length;
    return capLength(joined.trim(), o.start + lead);
  });
}

/** No real sentence is this long; longer runs (text without full stops) are cut at spaces, so output stays linear. */
export const MAX_SENTENCE = 1500;

function capLength(text: string, start: number): Array<{ text: string; start: number }> {
  if (text.length <= MAX_SENTENCE) return [{ text, start }];
  const out: Array<{ text: string; start: number }> = [];
  let from = 0;
  while (from < text.length) {
    let to = Math.min(text.length, from + MAX_SENTENCE);
    if (to < text.length) {
      const space = text.lastIndexOf(' ', to);
      if (space > from + MAX_SENTENCE / 2) to = space;
    }
    const piece = text.slice(from, to);
    const lead = piece.length - piece.trimStart().length;
    if (piece.trim()) out.push({ text: piece.trim(), start: start + from + lead });
    from = to;
  }
  return out;
}

export function paragraphSentences(p: Paragraph, sectionId: string): Sentence[] {
  return splitSentences(p.text).map((s) => {
    const end = s.start + s.text.length;
    return {
      text: NOT_COLLAPSED.test(s.text) ? s.text.replace(WHITESPACE_RUN, ' ') : s.text,
      sectionId,
      page: pageAt(p, s.start),
      footnotes: p.markers.filter((m) => m.offset >= s.start && m.offset <= end).map((m) => m.number),
    };
  });
}

export function documentSentences(sections: DocSection[]): Sentence[] {
  return sections.flatMap((s) => s.paragraphs.flatMap((p) => paragraphSentences(p, s.id)));
}
