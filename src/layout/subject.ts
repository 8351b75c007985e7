/**
 * A subject ("Betreft", "Onderwerp") that wraps onto the next lines:
 *   Betreft Nationaal Programma Circulaire Economie 2023-2030
 *   (NPCE) incl. kabinetsreactie op ICER en SER-verkenning
 * The wrapped lines read on (they start in lower case or with "(", the line before ends in a link
 * word, or, in a PDF, they hang under the value, indented past the label), and the header goes on
 * after them (the salutation, another field, a blank line or vertical gap).
 */

import { FIELD_LINE } from '../lexicon/fields.js';
import { SALUTATION } from '../lexicon/opening.js';
import type { Line } from '../model/page.js';

/** The line ends in a word that links to more: "... van het", "... en", "... inzake", a comma or hyphen. */
const WRAPS_ON =
  /(?:\b(?:en|of|van|op|de|het|der|voor|over|met|in|bij|aan|inzake|betreffende|incl\.|t\.a\.v\.)|[,-])$/;
/** The line starts in lower case or with an opening bracket or quote. */
const CONTINUES = /^[\p{Ll}(‘'"“]/u;
/** Points a PDF line must be indented past the label's line to hang under the value. */
const HANGING = 20;

/** The wrapped lines (at most 2) of the subject whose first line is lines[i] with value `value`. */
export function subjectContinuation(lines: readonly Line[], i: number, value: string): Line[] {
  const label = lines[i];
  const out: Line[] = [];
  let prev = value;
  for (let j = i + 1; j < lines.length && out.length < 2; j++) {
    const l = lines[j];
    if (l.gapBefore || l.text.length > 100 || FIELD_LINE.test(l.text) || SALUTATION.test(l.text)) break;
    const hangs = l.x !== undefined && label.x !== undefined && l.x > label.x + HANGING;
    if (!hangs && !CONTINUES.test(l.text) && !WRAPS_ON.test(prev)) break;
    out.push(l);
    prev = l.text;
  }
  const next = lines[i + 1 + out.length];
  const delimited = !next || !!next.gapBefore || FIELD_LINE.test(next.text) || SALUTATION.test(next.text);
  return delimited ? out : [];
}
