/**
 * Laws: "de Omgevingswet", "Wet versterking regie volkshuisvesting" (kind "law").
 */

import type { ReferenceMatch } from './match.js';

/** Laws: one capitalised word ending in "wet" ("Omgevingswet", "Crisis- en herstelwet"), or "Wet ..." */
export const LAW_WORD =
  /(?<![\p{L}-])(\p{Lu}\p{L}*-\s+en\s+\p{Ll}+wet|\p{Lu}\p{Ll}+wet)(?:\s+(?:19|20)\d\d)?(?![\p{L}\d])/gu;
const LAW_PHRASE = /(?<![\p{L}])Wet(?=\s+\p{Ll})((?:\s+\p{Ll}[\p{L}-]*){1,8})/gu;
/** Words that end the name of a law "Wet ...": verbs, conjunctions, articles that start a new clause. */
const LAW_STOP = new Set(
  'is|wordt|worden|werd|werden|zal|zullen|heeft|hebben|had|en|die|dat|om|te|met|aan|bij|door|voor|naar|uit|als|of|maar|nog|ook|niet|geldt|treedt|regelt|biedt|moet|moeten|kan|kunnen|in|per|tot|wil|gaat|over|geeft|een|zijn|omdat|waarin|waarmee|waardoor|na|vanaf|sinds|tegen'.split(
    '|',
  ),
);
/**
 * A necessary condition of LAW_WORD: its "wet" is followed by no letter or digit (directly, or by the
 * white space before its year). Most texts with "wet" have it inside a word ("wetgeving", "weten"):
 * a plain search for this spares them LAW_WORD, whose look-behind is tried at every character.
 */
export const WET_WORD_END = /wet(?![\p{L}\d])/u;
/** "wet" words that are no law names. */
const NOT_LAWS = new Set(['Wet', 'Kaderwet']);

/** Laws in a text, appended to out. */
export function laws(text: string, out: ReferenceMatch[]): void {
  // LAW_WORD always contains "wet", LAW_PHRASE "Wet"; LAW_WORD's "wet" ends its word (WET_WORD_END).
  if (text.includes('wet') && WET_WORD_END.test(text)) {
    LAW_WORD.lastIndex = 0;
    for (let m = LAW_WORD.exec(text); m !== null; m = LAW_WORD.exec(text)) {
      const name = m[0];
      if (NOT_LAWS.has(m[1])) continue;
      out.push(law(name, m.index));
    }
  }
  if (!text.includes('Wet')) return;
  LAW_PHRASE.lastIndex = 0;
  for (let m = LAW_PHRASE.exec(text); m !== null; m = LAW_PHRASE.exec(text)) {
    const words = m[1].trim().split(/\s+/);
    const kept: string[] = [];
    for (const w of words) {
      if (LAW_STOP.has(w)) break;
      kept.push(w);
    }
    // "Wet op de ruimtelijke ordening": "op"/"de" are part of the name when more follows.
    while (kept.length > 0 && /^(?:op|de|het|van)$/.test(kept[kept.length - 1])) kept.pop();
    if (kept.length === 0) continue;
    out.push(law(`Wet ${kept.join(' ')}`, m.index));
  }
}

function law(name: string, start: number): ReferenceMatch {
  return {
    kind: 'law',
    text: name,
    dossier: null,
    number: null,
    session: null,
    member: null,
    start,
    end: start + name.length,
  };
}
