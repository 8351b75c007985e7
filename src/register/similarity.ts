/**
 * When two keys name the same deliverable. Words are compared by a light Dutch stem (plural "-en"
 * and "-s", a final "-e", doubled vowels: "resultaten" and "resultaat" agree). The score is the share
 * of the shorter key's words that the other holds; keys that carry different numbers ("de 20e
 * voortgangsrapportage", "de 21e") never match.
 */

export function stem(word: string): string {
  if (/\d/.test(word)) return word;
  let s = word;
  if (s.length > 5 && s.endsWith('en')) s = s.slice(0, -2);
  else if (s.length > 4 && s.endsWith('s')) s = s.slice(0, -1);
  if (s.length > 4 && s.endsWith('e')) s = s.slice(0, -1);
  return s.replace(/([aeou])\1/g, '$1');
}

/** A key's stems, once each. */
export function stems(key: string | null): string[] {
  if (!key) return [];
  return [...new Set(key.split(' ').map(stem))];
}

/** Shared words over the shorter key's size, and how many are shared; 0 when numbers disagree. */
export function overlap(a: readonly string[], b: readonly string[]): { score: number; shared: number } {
  if (a.length === 0 || b.length === 0) return { score: 0, shared: 0 };
  const bs = new Set(b);
  let shared = 0;
  let numbersA = 0;
  let numbersShared = 0;
  for (const w of a) {
    const num = /\d/.test(w);
    if (num) numbersA += 1;
    if (bs.has(w)) {
      shared += 1;
      if (num) numbersShared += 1;
    }
  }
  const numbersB = b.filter((w) => /\d/.test(w)).length;
  if (numbersA > 0 && numbersB > 0 && numbersShared === 0) return { score: 0, shared: 0 };
  return { score: shared / Math.min(a.length, b.length), shared };
}

/** The least score for a link within one dossier, and when one letter has no dossier. */
export const SAME_DOSSIER = 0.6;
export const NO_DOSSIER = 0.8;
/** A key taken from the text around a sentence holds many words: it must hold more of the other. */
export const CONTEXT = 0.75;

/**
 * Whether two keys (as stems) match, given their letters' dossiers: never across two different
 * dossiers; within one, 60 % of the shorter key and two words (75 % and three words when a key was
 * taken from the sentences around a commitment); without a dossier on one side, 80 % and three
 * words. Returns the score, or 0 when they do not match.
 */
export function matchScore(
  a: readonly string[],
  b: readonly string[],
  dossierA: string | null,
  dossierB: string | null,
  fromContext = false,
): number {
  const sameDossier = dossierA !== null && dossierB !== null;
  if (sameDossier && dossierA !== dossierB) return 0;
  const { score, shared } = overlap(a, b);
  if (!sameDossier || fromContext)
    return score >= (sameDossier ? CONTEXT : NO_DOSSIER) && shared >= 3 ? score : 0;
  return score >= SAME_DOSSIER && shared >= 2 ? score : 0;
}
