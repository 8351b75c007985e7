/**
 * The closing of the letter: the greeting ("Hoogachtend,"), the signing roles
 * ("De minister van Volkshuisvesting en Ruimtelijke Ordening,") and names ("Mona Keijzer").
 * Found at the end of the body, taken out of it, and kept on doc.closing for the metadata.
 */
import type { KDocument } from '../model/document.js';
import type { Line } from '../model/page.js';
import { keepLines } from './furniture.js';
import { CO_SIGNER, GREETING, SIGNER_ROLE } from './patterns.js';

/** A person's name: initials, prefixes, titles and capitalised words; no sentence. */
export const PERSON_NAME =
  /^(?:(?:mr|dr|drs|ir|ing|prof|ds|bc|MSc|MA|LLM)\.?\s+)*(?:\p{Lu}\.\s?)*(?:(?:van|de|der|den|het|ter|ten|te|in|'t|v\.d\.)\s+)*\p{Lu}[\p{L}’'-]+(?:\s+(?:(?:van|de|der|den|het|ter|ten|te|in|'t)\s+)*\p{Lu}[\p{L}’'-]+){0,4}$/u;

const LOOK_BACK = 14;

export function findClosing(doc: KDocument): void {
  const pages = doc.raw.pages;
  const all: Line[] = pages.flatMap((p) => p.lines);
  if (all.length === 0) return;
  const from = Math.max(0, all.length - LOOK_BACK);
  let start = -1;
  for (let i = from; i < all.length; i++) {
    const t = all[i].text;
    if (GREETING.test(t)) {
      start = i;
      break;
    }
    if (SIGNER_ROLE.test(t) && isSignatureTail(all, i)) {
      start = i;
      break;
    }
  }
  if (start < 0) return;
  const closing = all.slice(start);
  doc.closing = { lines: closing };
  const remove = new Set(closing);
  for (const p of pages) p.lines = keepLines(p.lines, remove);
}

/** Every line from i to the end is a role, a name, a co-signing line or a greeting. */
function isSignatureTail(all: Line[], i: number): boolean {
  const first = all[i].text;
  // A role line ends in a comma, or is followed by a name.
  const next = all[i + 1]?.text;
  if (!first.endsWith(',') && !(next && PERSON_NAME.test(next))) return false;
  for (let j = i; j < all.length; j++) {
    const t = all[j].text;
    if (!(SIGNER_ROLE.test(t) || PERSON_NAME.test(t) || CO_SIGNER.test(t) || GREETING.test(t) || t.length < 40)) return false;
  }
  return true;
}
