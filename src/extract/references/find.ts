/**
 * All references in one text (a sentence, a heading or a footnote), in order of position: the Kamerstuk
 * citations, the motions, amendments and letters with their citations, and the laws.
 */

import type { Reference } from '../../model/letter.js';
import { withCitations } from './citations.js';
import { kamerstukken } from './kamerstukken.js';
import { laws } from './laws.js';
import { letters } from './letters.js';
import type { ReferenceMatch } from './match.js';
import { motions } from './motions.js';

/** All references in one text (a sentence or a footnote), in order of position. */
export function findReferences(text: string): Reference[] {
  return findReferenceMatches(text).map(({ start: _s, end: _e, ...ref }) => ref);
}

/**
 * Every word a reference rule needs, in one pattern: HAS_NUMBER, "amerstuk" (KAMERSTUK_*),
 * "Eerste" (KAMERSTUK_EK), "Handelingen", the gazettes, "otie"/"mendement" (MOTION), "brief"
 * (LETTER) and "wet"/"Wet" (laws). A sentence without any (most) has no reference; one scan
 * instead of a dozen.
 */
export const ANY_REFERENCE =
  /n(?:r\.?|ummer|o\.)\s*\d|amerstuk|Eerste|Handelingen|Staats(?:blad|courant)|Stb\.|Stcrt\.|otie|mendement|brief|[Ww]et/;

export function findReferenceMatches(text: string): ReferenceMatch[] {
  if (!ANY_REFERENCE.test(text)) return [];
  const cites = kamerstukken(text);
  const out: ReferenceMatch[] = cites.slice();
  /** Motions, amendments and letters: each takes the citation that follows it (see citations.ts). */
  const cited: ReferenceMatch[] = [];
  // MOTION needs "otie" or "mendement", LETTER "brief".
  if (text.includes('otie') || text.includes('mendement')) motions(text, cites, cited);
  if (text.includes('brief')) letters(text, cited);
  withCitations(text, cites, cited, out);
  laws(text, out);
  return out.length > 1 ? out.sort((a, b) => a.start - b.start) : out;
}
