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

export function splitSentences(text: string): Array<{ text: string; start: number }> {
  const out: Array<{ text: string; start: number }> = [];
  for (const seg of segmenter.segment(text)) {
    const s = seg.segment;
    const prev = out.at(-1);
    const trimmed = s.trim();
    if (!trimmed) continue;
    if (prev && (ABBREVIATIONS.test(prev.text) || /^[\p{Ll}\d(,;:)–-]/u.test(trimmed))) {
      prev.text += s;
      continue;
    }
    out.push({ text: s, start: seg.index });
  }
  return out.map((s) => {
    const lead = s.text.length - s.text.trimStart().length;
    return { text: s.text.trim(), start: s.start + lead };
  });
}

export function paragraphSentences(p: Paragraph, sectionId: string): Sentence[] {
  return splitSentences(p.text).map((s) => {
    const end = s.start + s.text.length;
    return {
      text: s.text.replace(/\s+/g, ' '),
      sectionId,
      page: pageAt(p, s.start),
      footnotes: p.markers.filter((m) => m.offset >= s.start && m.offset <= end).map((m) => m.number),
    };
  });
}

export function documentSentences(sections: DocSection[]): Sentence[] {
  return sections.flatMap((s) => s.paragraphs.flatMap((p) => paragraphSentences(p, s.id)));
}
