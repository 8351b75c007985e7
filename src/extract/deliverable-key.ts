/**
 * The key a deliverable is matched on across letters: its content words, without diacritics, in
 * order of first appearance, once each. "de ontwerp-Nota Ruimte" and "het ontwerp van de Nota
 * Ruimte" both give "ontwerp nota ruimte". The register (src/register/) links commitments whose
 * keys and dossiers agree, so the extractor and the register must both use this one function.
 */

/** Articles, pronouns, prepositions and fillers that do not tell one deliverable from another. */
const FILLER = new Set(
  (
    'de het een der des den uw mijn onze ons zijn haar hun hierover daarover erover deze dit die dat ' +
    'van voor over aan in op met en of naar bij te tot om uit door onder tegen na als zo ook nog ' +
    'nader nadere nieuwe nieuw eerste eerstvolgende volgende verdere verder kamer'
  ).split(' '),
);

/** Nothing but ASCII (no code unit from 0x80 on). */
const ASCII = /^[^\u0080-\uffff]*$/;

/** The words of a text, lower case and without diacritics. */
function contentWords(text: string): string[] {
  // ASCII text has no diacritics to take off, and its letters and digits are [a-z0-9] once lower
  // case: the Unicode steps would change nothing.
  if (ASCII.test(text)) return text.toLowerCase().split(/[^a-z0-9]+/);
  return wordsByDefinition(text);
}

/** contentWords as defined, for any text. */
function wordsByDefinition(text: string): string[] {
  return text
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .split(/[^\p{L}\p{N}]+/u);
}

/** For the property test: the two ways to a text's words. */
export const contentWordsForTest = { contentWords, wordsByDefinition };

export function deliverableKey(text: string | null | undefined): string | null {
  if (!text) return null;
  const words = contentWords(text).filter((w) => w.length > 0 && !FILLER.has(w));
  const key = [...new Set(words)].join(' ');
  return key.length > 0 ? key : null;
}
