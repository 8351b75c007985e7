/**
 * Delivery reports: sentences in which a letter says that something promised is done ("Hierbij
 * stuur ik u ...", "Bijgaand treft u ...", "heb ik uw Kamer ... gestuurd", "... is gepubliceerd").
 * They are no commitments, so the extractor does not list them: they are found here, in the
 * sections' text. A sentence that denies ("niet", "geen": "het blijkt niet mogelijk uw Kamer ... te
 * informeren") reports nothing done.
 */
import type { Letter } from '../model/letter.js';
import { splitSentences } from '../structure/sentences.js';
import { contentKey, isThin } from './sentence-key.js';

/** What a letter hands over now, or says it has handed over or published. */
const CUES: readonly RegExp[] = [
  /\bhierbij\s+(?:stuur|zend|bied|ontvangt|informeer|doe)\b/i,
  /\b(?:bijgaand|bijgevoegd|hierbij)\s+(?:treft|vindt|ontvangt)\s+u\b/i,
  /\bu\s+treft\s+(?:hierbij|bijgaand|bijgevoegd)\b/i,
  /\btreft\s+u\s+(?:hierbij|bijgaand|bijgevoegd|in\s+de\s+bijlagen?)\b/i,
  /\bin\s+de\s+bijlagen?\s+(?:treft|vindt)\s+u\b/i,
  /\bmet\s+deze\s+brief\s+(?:stuur|bied|informeer|zend)\b/i,
  /\b(?:heb|hebben)\s+(?:ik|wij|we|het\s+kabinet)\s+(?:\S+\s+){0,12}?(?:gestuurd|toegezonden|verzonden|aangeboden|geïnformeerd|toegestuurd)\b/i,
  /\b(?:is|zijn)\s+(?:\S+\s+){0,6}?(?:gepubliceerd|verschenen|naar\s+uw\s+kamer\s+gestuurd)\b/i,
];
/** All cues in one pattern: most sections hold none, and one scan tells. */
const ANY_CUE = new RegExp(CUES.map((re) => `(?:${re.source})`).join('|'), 'i');
const DENIAL = /\b(?:niet|geen|nog\s+niet)\b/i;

export interface Delivery {
  sectionId: string;
  sentence: string;
  /** What it hands over, as a key (the letter's subject joins a key too thin to tell). */
  key: string | null;
}

export function isDeliverySentence(sentence: string): boolean {
  return CUES.some((re) => re.test(sentence)) && !DENIAL.test(sentence);
}

export function deliveries(letter: Pick<Letter, 'sections' | 'metadata'>): Delivery[] {
  const out: Delivery[] = [];
  for (const section of letter.sections) {
    // Most sections hand nothing over: the sentences are split only where a cue is.
    if (!section.text || !ANY_CUE.test(section.text)) continue;
    for (const { text } of splitSentences(section.text)) {
      const sentence = text.trim();
      if (!isDeliverySentence(sentence)) continue;
      let key = contentKey(sentence);
      if (isThin(key) && letter.metadata.subject) {
        key = [key, contentKey(letter.metadata.subject)].filter((k) => k !== null).join(' ') || null;
      }
      out.push({ sectionId: section.id, sentence, key });
    }
  }
  return out;
}
