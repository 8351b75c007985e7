/**
 * The closing of the letter: the greeting ("Hoogachtend,"), the signing roles
 * ("De minister van Volkshuisvesting en Ruimtelijke Ordening,") and names ("Mona Keijzer"),
 * in the forms of lexicon/signature.ts (role and name on one line; name above role; "namens deze").
 * Usually the last lines of the body; an annex may follow it, so the last signature block
 * anywhere in the letter counts. It is taken out of the body and kept on doc.closing.
 */

import {
  AFTER_SIGNATURE,
  CO_SIGNER,
  DELEGATION,
  delegatedEnd,
  GREETING,
  INITIALLED_NAME,
  isRole,
  PERSON_NAME,
  SIGNER_ROLE,
  splitSignatureLine,
} from '../lexicon/signature.js';
import type { KDocument } from '../model/document.js';
import type { Line } from '../model/page.js';
import { allLines, keepLines } from './lines.js';

const isPart = (t: string) =>
  isRole(t) ||
  (SIGNER_ROLE.test(t) && t.endsWith(',')) ||
  PERSON_NAME.test(t) ||
  CO_SIGNER.test(t) ||
  GREETING.test(t) ||
  splitSignatureLine(t) !== null;

/** "de Minister van Volksgezondheid," / "Welzijn en Sport,": a role wrapped onto a short next line. */
const isRoleContinuation = (prev: string, t: string) =>
  isRole(prev) && prev.endsWith(',') && t.length <= 40 && t.endsWith(',') && /^\p{Lu}/u.test(t);

/** Where the last signature starts, or -1. */
function lastSignature(all: Line[]): number {
  for (let i = all.length - 1; i >= 0; i--) {
    const t = all[i].text;
    if (t.length > 400) continue;
    // Role and name on one line: "De Minister van Defensie, J.A. Hennis-Plasschaert".
    if (splitSignatureLine(t)) return i;
    // "Hoogachtend," / "Conform het door de Minister ... genomen besluit,": the delegation opens the signature.
    if (DELEGATION.test(t) && i > 0 && GREETING.test(all[i - 1].text)) return i;
    if (!isRole(t) || t.length > 160) continue;
    const next = all[i + 1]?.text;
    const prev = all[i - 1]?.text;
    if (
      t.endsWith(',') ||
      (next !== undefined && PERSON_NAME.test(next) && !isRole(next)) ||
      // "De Minister van Financiën" / "namens deze," / the official.
      (next !== undefined && DELEGATION.test(next)) ||
      // The house style: the name above the role ("M.A.M. Adriaansens" / "Minister van Economische Zaken en Klimaat").
      (prev !== undefined && INITIALLED_NAME.test(prev))
    )
      return i;
  }
  return -1;
}

/** The last greeting ("Hoogachtend,") followed by a role, a name or a delegation: the signature starts there. */
function lastGreeting(all: Line[]): number {
  for (let i = all.length - 2; i >= 0; i--) {
    if (!GREETING.test(all[i].text)) continue;
    const next = all[i + 1].text;
    if (
      isRole(next) ||
      (SIGNER_ROLE.test(next) && next.endsWith(',')) ||
      DELEGATION.test(next) ||
      splitSignatureLine(next)
    )
      return i;
  }
  return -1;
}

export function findClosing(doc: KDocument): void {
  if (doc.closing) return;
  const pages = doc.raw.pages;
  const all: Line[] = allLines(pages);
  // A greeting and a role open the signature; a role line without one (the official publication) does too.
  const greeting = lastGreeting(all);
  let roleAt = lastSignature(all);
  // A role line far after the greeted signature is a line of an annex (a wrapped sentence ending in a comma).
  if (greeting >= 0 && (roleAt <= greeting || roleAt > greeting + 3)) roleAt = greeting + 1;
  if (roleAt >= 0) {
    // Several signers: earlier roles and names directly before belong to the same block.
    // Nothing before the greeting belongs to the signature.
    while (roleAt > 0 && isPart(all[roleAt - 1].text) && !all[roleAt - 1].text.endsWith('.')) {
      roleAt--;
      if (GREETING.test(all[roleAt].text)) break;
    }
  } else {
    // Only a greeting and a name.
    for (let i = all.length - 1; i >= Math.max(0, all.length - 8); i--)
      if (GREETING.test(all[i].text)) roleAt = i;
    if (roleAt < 0) return;
  }
  let end = roleAt;
  // (the texts only for a delegation, the rare case)
  let texts: string[] | null = null;
  while (end + 1 < all.length && all[end + 1].text.length <= 400) {
    const t = all[end + 1].text;
    if (DELEGATION.test(t)) {
      texts ??= all.map((l) => l.text);
      end = delegatedEnd(texts, end + 1) - 1;
      // After the official's name and function only a second signer's role continues the signature.
      if (!isRole(all[end + 1]?.text ?? '')) break;
    } else if (AFTER_SIGNATURE.test(t)) break;
    else if (isPart(t) || isRoleContinuation(all[end].text, t)) end++;
    else break;
  }
  const closing = all.slice(roleAt, end + 1);
  if (!closing.some((l) => isRole(l.text) || PERSON_NAME.test(l.text) || splitSignatureLine(l.text))) return;
  doc.closing = { lines: closing };
  // The signature separates what stands before it from what follows (an annex, a clause heading).
  const after = all[end + 1];
  if (after) after.gapBefore = true;
  const remove = new Set(closing);
  for (const p of pages) p.lines = keepLines(p.lines, remove);
}
