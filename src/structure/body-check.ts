/**
 * The structure stage's checks of the whole letter: no body text, or a body that does not look Dutch.
 * Run by the pipeline right after structure.
 */
import { FREQUENT_DUTCH_WORDS as DUTCH_WORDS } from '../lexicon/frequent-words.js';
import { type DocSection, type KDocument, warn } from '../model/document.js';
import { countWords } from './word-count.js';

/** After structure: whether the body has text (false: warned `no-body`), and whether it looks Dutch. */
export function checkBody(doc: KDocument): boolean {
  if (!doc.sections.some((s) => s.paragraphs.some((p) => NOT_BLANK.test(p.text)))) {
    warn(doc, 'structure:body', 'no-body', 'no body text found');
    return false;
  }
  // A sample is enough to tell the language: the body's first 4,000 characters (sections joined
  // as the body's text joins them, but only as many paragraphs as the sample needs).
  const { words, known: dutch } = countWords(bodySample(doc.sections).toLowerCase(), DUTCH_WORDS);
  if (words >= 20 && dutch / words < 0.06) {
    warn(doc, 'structure:language', 'not-dutch', 'the text does not look Dutch; results may be poor');
  }
  return true;
}

const SAMPLE_CHARS = 4_000;
const NOT_BLANK = /\S/;

/**
 * The first SAMPLE_CHARS characters of the sections' texts (each its paragraphs joined with spaces)
 * joined with spaces: the paragraphs after those are not read.
 */
export function bodySample(sections: readonly DocSection[]): string {
  const parts: string[] = [];
  let length = 0;
  for (let s = 0; s < sections.length && length < SAMPLE_CHARS; s++) {
    if (s > 0) {
      parts.push(' ');
      length++;
    }
    const paragraphs = sections[s].paragraphs;
    for (let p = 0; p < paragraphs.length && length < SAMPLE_CHARS; p++) {
      if (p > 0) {
        parts.push(' ');
        length++;
      }
      parts.push(paragraphs[p].text);
      length += paragraphs[p].text.length;
    }
  }
  return parts.join('').slice(0, SAMPLE_CHARS);
}
