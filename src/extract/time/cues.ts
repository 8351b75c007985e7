/**
 * A multi-word sieve: which of many short ASCII cue words occur in a text, case-insensitively, in one
 * pass over its characters (an Aho-Corasick automaton). Each word carries a bit mask; the scan returns
 * the OR of the masks of every word found. Ten times faster than a regex alternation of the same words,
 * which irregexp tries at every position.
 *
 * Letters fold as a non-Unicode /i regex folds them (A-Z = a-z); every other character outside
 * [a-z0-9] is one "other" symbol that no word contains.
 */

const SYMBOLS = 37; // a-z, 0-9, other
const OTHER = 36;

function symbol(code: number): number {
  if (code >= 0x61 && code <= 0x7a) return code - 0x61;
  if (code >= 0x41 && code <= 0x5a) return code - 0x41;
  if (code >= 0x30 && code <= 0x39) return code - 0x30 + 26;
  return OTHER;
}

export type CueScanner = (text: string) => number;

/** Build a scanner for words ([a-z0-9]+, lower case) with their masks. */
export function cueScanner(words: ReadonlyArray<readonly [string, number]>): CueScanner {
  // The trie, as growable arrays.
  const next: number[][] = [new Array<number>(SYMBOLS).fill(-1)];
  const out: number[] = [0];
  for (const [word, mask] of words) {
    if (!/^[a-z0-9]+$/.test(word)) throw new Error(`cue word must be [a-z0-9]+: ${word}`);
    let state = 0;
    for (let i = 0; i < word.length; i++) {
      const sym = symbol(word.charCodeAt(i));
      let to = (next[state] as number[])[sym] as number;
      if (to < 0) {
        to = next.length;
        next.push(new Array<number>(SYMBOLS).fill(-1));
        out.push(0);
        (next[state] as number[])[sym] = to;
      }
      state = to;
    }
    out[state] = (out[state] as number) | mask;
  }
  // Breadth-first: failure links folded into a full transition table, outputs inherited.
  const delta = new Int32Array(next.length * SYMBOLS);
  const masks = new Int32Array(out);
  const fail = new Int32Array(next.length);
  const queue: number[] = [];
  for (let sym = 0; sym < SYMBOLS; sym++) {
    const to = (next[0] as number[])[sym] as number;
    delta[sym] = to < 0 ? 0 : to;
    if (to > 0) queue.push(to);
  }
  for (let head = 0; head < queue.length; head++) {
    const state = queue[head] as number;
    masks[state] = (masks[state] as number) | (masks[fail[state] as number] as number);
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
  return (text: string) => {
    let state = 0;
    let mask = 0;
    for (let i = 0; i < text.length; i++) {
      const c = text.charCodeAt(i);
      state = delta[state * SYMBOLS + (c < 0x80 ? symbol(c) : OTHER)] as number;
      mask |= masks[state] as number;
    }
    return mask;
  };
}
