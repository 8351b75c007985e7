/**
 * A multi-word sieve: which of many short ASCII cue words occur in a text, case-insensitively, in one
 * pass over its characters (an Aho-Corasick automaton). Each word carries a bit mask; the scan returns
 * the OR of the masks of every word found: faster than a regex alternation of the same words, which
 * irregexp tries at every position (docs/performance.md).
 *
 * Letters fold as a non-Unicode /i regex folds them (A-Z = a-z); every other character outside
 * [a-z0-9] is one "other" symbol that no word contains. A word written with a final "$" counts only
 * where no ASCII letter follows it (a digit, any other character or the end of the text may):
 * "maart$" is in "maart 2025" and "12 maart.", not in "maartse".
 */

const SYMBOLS = 37; // a-z, 0-9, other
const OTHER = 36;

function symbol(code: number): number {
  if (code >= 0x61 && code <= 0x7a) return code - 0x61;
  if (code >= 0x41 && code <= 0x5a) return code - 0x41;
  if (code >= 0x30 && code <= 0x39) return code - 0x30 + 26;
  return OTHER;
}

/** symbol() of each ASCII code. */
const ASCII_SYMBOL = Uint8Array.from({ length: 0x80 }, (_, c) => symbol(c));

export type CueScanner = (text: string) => number;

const isLetter = (sym: number) => sym < 26;

/** Build a scanner for words ([a-z0-9]+, lower case, optionally ending in "$") with their masks. */
export function cueScanner(words: ReadonlyArray<readonly [string, number]>): CueScanner {
  // The trie, as growable arrays. `out`: masks of the words ending at a state; `bounded`: of the
  // "$" words, which need a non-letter next.
  const next: number[][] = [new Array<number>(SYMBOLS).fill(-1)];
  const out: number[] = [0];
  const bounded: number[] = [0];
  for (const [written, mask] of words) {
    if (!/^[a-z0-9]+\$?$/.test(written))
      throw new Error(`cue word must be [a-z0-9]+ with an optional $: ${written}`);
    const word = written.endsWith('$') ? written.slice(0, -1) : written;
    let state = 0;
    for (let i = 0; i < word.length; i++) {
      const sym = symbol(word.charCodeAt(i));
      let to = (next[state] as number[])[sym] as number;
      if (to < 0) {
        to = next.length;
        next.push(new Array<number>(SYMBOLS).fill(-1));
        out.push(0);
        bounded.push(0);
        (next[state] as number[])[sym] = to;
      }
      state = to;
    }
    if (word === written) out[state] = (out[state] as number) | mask;
    else bounded[state] = (bounded[state] as number) | mask;
  }
  // Breadth-first: failure links folded into a full transition table, outputs inherited.
  const delta = new Int32Array(next.length * SYMBOLS);
  const masks = new Int32Array(out);
  const boundedMasks = new Int32Array(bounded);
  const fail = new Int32Array(next.length);
  const queue: number[] = [];
  for (let sym = 0; sym < SYMBOLS; sym++) {
    const to = (next[0] as number[])[sym] as number;
    delta[sym] = Math.max(0, to);
    if (to > 0) queue.push(to);
  }
  for (let head = 0; head < queue.length; head++) {
    const state = queue[head] as number;
    masks[state] = (masks[state] as number) | (masks[fail[state] as number] as number);
    boundedMasks[state] = (boundedMasks[state] as number) | (boundedMasks[fail[state] as number] as number);
    for (let sym = 0; sym < SYMBOLS; sym++) {
      const to = (next[state] as number[])[sym] as number;
      const viaFail = delta[(fail[state] as number) * SYMBOLS + sym] as number;
      if (to < 0) delta[state * SYMBOLS + sym] = viaFail;
      else {
        delta[state * SYMBOLS + sym] = to;
        fail[to] = viaFail;
        queue.push(to);
      }
    }
  }
  // The scan's tables, per (state, symbol) at state * SYMBOLS + symbol: the next state, already
  // times SYMBOLS, and the masks found on that step (the "$" words ending at the state when the
  // symbol is no letter, and the words ending at the next state). The same steps as reading
  // `delta`, `masks` and `boundedMasks` one by one, with two table reads a character.
  const step = new Int32Array(delta.length);
  const found = new Int32Array(delta.length);
  for (let state = 0; state < next.length; state++) {
    for (let sym = 0; sym < SYMBOLS; sym++) {
      const k = state * SYMBOLS + sym;
      const to = delta[k] as number;
      step[k] = to * SYMBOLS;
      found[k] = (isLetter(sym) ? 0 : (boundedMasks[state] as number)) | (masks[to] as number);
    }
  }
  return (text: string) => {
    let at = 0;
    let mask = 0;
    for (let i = 0; i < text.length; i++) {
      const c = text.charCodeAt(i);
      const k = at + (c < 0x80 ? (ASCII_SYMBOL[c] as number) : OTHER);
      mask |= found[k] as number;
      at = step[k] as number;
    }
    // the "$" words that end the text
    return mask | (boundedMasks[at / SYMBOLS] as number);
  };
}
