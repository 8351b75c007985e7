/**
 * Where the simple past of verbs in -eren is ("informeerde", "realiseerden"): the places of
 * PAST_OF_EREN (grammar.ts), found from the word ends.
 *
 * A match of `(?<![\p{L}\p{N}])(?!ge)\p{L}{2,}eerden?(?![\p{L}\p{N}])` (flags giu) is a whole run of
 * letters, with no letter or digit on either side, that ends in "eerde" or "eerden", has two letters
 * or more before that ending, and does not start with "ge": inside the run no place has the
 * look-behind. So each such ending is found first (a pattern that opens with letters irregexp skips
 * to at once) and walked back to the start of its run, instead of trying the pattern at every place
 * of every word.
 */
import { letterBefore, letterOrDigitBefore } from '../word-starts.js';

const ENDING = /eerden?(?![\p{L}\p{N}])/giu;
const GE = /^ge/i;

/** The start of the run of letters that ends at `end`, and how many letters (code points) it has. */
function runBefore(text: string, end: number): { start: number; letters: number } {
  let start = end;
  let letters = 0;
  while (letterBefore(text, start)) {
    const c = text.charCodeAt(start - 1);
    // a letter outside the BMP is a surrogate pair: two code units, one letter
    start -= c >= 0xdc00 && c <= 0xdfff && start >= 2 && isHighSurrogate(text.charCodeAt(start - 2)) ? 2 : 1;
    letters++;
  }
  return { start, letters };
}

const isHighSurrogate = (c: number) => c >= 0xd800 && c <= 0xdbff;

export function pastOfErenPositions(text: string): number[] {
  const out: number[] = [];
  for (const m of text.matchAll(ENDING)) {
    const ending = m.index ?? 0;
    const { start, letters } = runBefore(text, ending);
    if (letters < 2 || letterOrDigitBefore(text, start) || GE.test(text.slice(start, start + 2))) continue;
    out.push(start);
  }
  return out;
}
