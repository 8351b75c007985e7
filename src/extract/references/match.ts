/** A reference found in a text with where it stands, and a motion, amendment or letter before its citation is known. */

import type { Reference } from '../../model/letter.js';

export interface ReferenceMatch extends Reference {
  start: number;
  end: number;
}

/** A motion, amendment or letter at [start, end): its citation (dossier, number, session) is filled in later. */
export function citedMatch(
  kind: Reference['kind'],
  text: string,
  member: string | null,
  start: number,
  end: number,
): ReferenceMatch {
  return { kind, text, dossier: null, number: null, session: null, member, start, end };
}
