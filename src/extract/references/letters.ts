/**
 * Letters: "de brief van 12 juni 2024" (kind "letter"); their citation is found as a motion's is.
 */

import { MONTH_ALTERNATION as MONTHS } from '../../lexicon/months.js';
import { citedMatch, type ReferenceMatch } from './match.js';

/** "de brief van 12 juni 2024", "mijn brief van 3 maart jl.". */
const LETTER = new RegExp(
  String.raw`(?<![\p{L}])(?:Kamer)?brief\s+van\s+(\d{1,2}\s+(?:${MONTHS})(?:\s+\d{4}|\s+jl\.|\s+j\.l\.)?)`,
  'gu',
);

/** The letters named in a text, appended to cited (the caller checked that it contains "brief"). */
export function letters(text: string, cited: ReferenceMatch[]): void {
  LETTER.lastIndex = 0;
  for (let m = LETTER.exec(text); m !== null; m = LETTER.exec(text)) {
    cited.push(citedMatch('letter', m[0], null, m.index, m.index + m[0].length));
  }
}
