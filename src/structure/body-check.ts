/**
 * The structure stage's checks of the whole letter: no body text, or a body that does not look Dutch.
 * Run by the pipeline right after structure.
 */
import { FREQUENT_DUTCH_WORDS as DUTCH_WORDS } from '../lexicon/frequent-words.js';
import { type KDocument, warn } from '../model/document.js';

/** After structure: whether the body has text (false: warned `no-body`), and whether it looks Dutch. */
export function checkBody(doc: KDocument): boolean {
  if (!doc.sections.some((s) => s.paragraphs.some((p) => NOT_BLANK.test(p.text)))) {
    warn(doc, 'structure:body', 'no-body', 'no body text found');
    return false;
  }
  // A sample is enough to tell the language: the body's first 4,000 characters (sections joined
  // as the body's text joins them, but only as many as the sample needs).
  const parts: string[] = [];
  let length = 0;
  for (const section of doc.sections) {
    if (length > SAMPLE_CHARS) break;
    const text = section.paragraphs.map((p) => p.text).join(' ');
    parts.push(text);
    length += text.length + 1;
  }
  const words =
    parts
      .join(' ')
      .slice(0, SAMPLE_CHARS)
      .toLowerCase()
      .match(/\p{L}+/gu) ?? [];
  const dutch = words.filter((w) => DUTCH_WORDS.has(w)).length;
  if (words.length >= 20 && dutch / words.length < 0.06) {
    warn(doc, 'structure:language', 'not-dutch', 'the text does not look Dutch; results may be poor');
  }
  return true;
}

const SAMPLE_CHARS = 4_000;
const NOT_BLANK = /\S/;
