/**
 * Dutch signature conventions of ministerial letters:
 *  - the official publication prints role and name on one line, the role ending in a comma:
 *    "De Minister van Landbouw, Natuur en Voedselkwaliteit, C.J. Schouten",
 *    "De Minister-President, Minister van Algemene Zaken, M. Rutte";
 *    two signatories follow each other on that line or on the next ones;
 *  - the house style prints the name first and the role under it ("M.A.M. Adriaansens" /
 *    "Minister van Economische Zaken en Klimaat"), or role, "namens deze," and an official's name;
 *  - the classic form has the role on its own line ending in a comma and the name under it.
 */
import { SIGNER_ROLE } from './patterns.js';

/** A person's name: initials, prefixes, titles and capitalised words; no sentence. */
export const PERSON_NAME =
  /^(?:(?:mr|dr|drs|ir|ing|prof|ds|bc|MSc|MA|LLM)\.?\s+)*(?:\p{Lu}\.\s?)*(?:(?:van|de|der|den|het|ter|ten|te|in|'t|v\.d\.)\s+)*\p{Lu}[\p{L}’'-]+(?:\s+(?:(?:van|de|der|den|het|ter|ten|te|in|'t)\s+)*\p{Lu}[\p{L}’'-]+){0,4}$/u;

/** A name that starts with initials ("C.J. Schouten", "drs. V.L.W.A. Heijnen"): a signature's name, never a heading. */
export const INITIALLED_NAME =
  /^(?:(?:mr|dr|drs|ir|ing|prof|ds)\.?\s+)*\p{Lu}{1,2}\.(?:\s?\p{Lu}{1,2}\.)*\s?(?:(?:van|de|der|den|het|ter|ten|te|in|'t)\s+)*\p{Lu}[\p{L}’'-]+(?:[\s-]+(?:(?:van|de|der|den|het|ter|ten|te|in|'t)\s+)*\p{Lu}[\p{L}’'-]+){0,4}$/u;

/** A signing role: "De minister van ...", "Minister voor ...", "De Minister-President, Minister van Algemene Zaken". */
export const isRole = (t: string) => SIGNER_ROLE.test(t) && /\b(?:van|voor|VAN|VOOR)\b/.test(t);

/** Where a second signatory starts on the same line: before "De Minister", "De Staatssecretaris". */
const NEXT_SIGNER = /\s(?=(?:De|DE)\s+(?:Minister|Staatssecretaris|MINISTER|STAATSSECRETARIS|minister|staatssecretaris)\b)/g;

export interface Signer {
  role: string;
  name: string;
}

/**
 * "De Minister van Defensie, J.A. Hennis-Plasschaert" → one signer; two such in a row → two.
 * Null when the line is not wholly made of role-comma-name parts.
 */
export function splitSignatureLine(text: string): Signer[] | null {
  if (text.length > 400) return null;
  const parts = text.split(NEXT_SIGNER);
  const out: Signer[] = [];
  for (const part of parts) {
    const comma = part.lastIndexOf(',');
    if (comma < 0) return null;
    const role = part.slice(0, comma).trim();
    const name = part.slice(comma + 1).trim();
    if (!isRole(role) || !PERSON_NAME.test(name) || isRole(name)) return null;
    out.push({ role, name });
  }
  return out.length ? out : null;
}
