/**
 * The closing of the letter: the greeting ("Hoogachtend,"), the signing roles
 * ("De minister van Volkshuisvesting en Ruimtelijke Ordening,") and names ("Mona Keijzer").
 * Usually the last lines of the body; an annex may follow it, so the last signature block
 * anywhere in the letter counts. It is taken out of the body and kept on doc.closing.
 */
import type { KDocument } from '../model/document.js';
import type { Line } from '../model/page.js';
import { allLines, keepLines } from './furniture.js';
import { CO_SIGNER, GREETING, SIGNER_ROLE } from './patterns.js';

/** A person's name: initials, prefixes, titles and capitalised words; no sentence. */
export const PERSON_NAME =
  /^(?:(?:mr|dr|drs|ir|ing|prof|ds|bc|MSc|MA|LLM)\.?\s+)*(?:\p{Lu}\.\s?)*(?:(?:van|de|der|den|het|ter|ten|te|in|'t|v\.d\.)\s+)*\p{Lu}[\p{L}’'-]+(?:\s+(?:(?:van|de|der|den|het|ter|ten|te|in|'t)\s+)*\p{Lu}[\p{L}’'-]+){0,4}$/u;

const isRole = (t: string) => SIGNER_ROLE.test(t) && /\b(?:van|voor|VAN|VOOR)\b/.test(t);
const isPart = (t: string) => isRole(t) || PERSON_NAME.test(t) || CO_SIGNER.test(t) || GREETING.test(t);

export function findClosing(doc: KDocument): void {
  // A signature under mandate was taken already (mandate.ts).
  if (doc.closing) return;
  const pages = doc.raw.pages;
  const all: Line[] = allLines(pages);
  // The last role line that ends in a comma or is followed by a name starts a signature.
  let roleAt = -1;
  for (let i = all.length - 1; i >= 0; i--) {
    const t = all[i].text;
    if (!isRole(t) || t.length > 160) continue;
    const next = all[i + 1]?.text;
    if (t.endsWith(',') || (next !== undefined && PERSON_NAME.test(next) && !isRole(next))) {
      roleAt = i;
      // Several signers: earlier roles and names directly before belong to the same block.
      while (roleAt > 0 && isPart(all[roleAt - 1].text) && !all[roleAt - 1].text.endsWith('.')) roleAt--;
      break;
    }
  }
  if (roleAt < 0) {
    // Only a greeting and a name.
    for (let i = all.length - 1; i >= Math.max(0, all.length - 8); i--)
      if (GREETING.test(all[i].text)) roleAt = i;
    if (roleAt < 0) return;
  }
  let end = roleAt;
  while (end + 1 < all.length && isPart(all[end + 1].text) && all[end + 1].text.length <= 160) end++;
  const closing = all.slice(roleAt, end + 1);
  if (!closing.some((l) => isRole(l.text) || PERSON_NAME.test(l.text))) return;
  doc.closing = { lines: closing };
  const remove = new Set(closing);
  for (const p of pages) p.lines = keepLines(p.lines, remove);
}
