/**
 * The words of a clause (clause.ts) and the tokens of the tense analysis (tense.ts): the matches of
 * WORD and of TOKEN (grammar.ts), found by one pass over the characters instead of one regex match
 * (and its match array) per word.
 *
 * WORD matches, from a letter or digit, the run of letters, digits and joiners (’ ' & . -) after it
 * up to its last letter or digit (greedy, then back to a letter or digit), or that letter or digit
 * alone when no other follows in the run; or one of , ; : – alone. Other characters start nothing.
 * With flag u a character is a code point: a surrogate pair is one (a letter outside the BMP is a
 * letter), a lone surrogate is neither letter nor digit.
 */

/** The pattern as defined (flags gu). */
export const WORD = /[\p{L}\p{N}][\p{L}\p{N}’'&.-]*[\p{L}\p{N}]|[\p{L}\p{N}]|[,;:–]/gu;

const LETTER_OR_DIGIT = /^[\p{L}\p{N}]$/u;

const OTHER = 0;
const LETTER = 1;
const JOINER = 2;
const MARK = 3;

/** The length in code units of the code point at i (2 for a surrogate pair). */
function lengthAt(text: string, i: number): number {
  const c = text.charCodeAt(i);
  if (c < 0xd800 || c > 0xdbff || i + 1 >= text.length) return 1;
  const low = text.charCodeAt(i + 1);
  return low >= 0xdc00 && low <= 0xdfff ? 2 : 1;
}

/** What the code point at i (of `length` code units) is to WORD. */
function kindAt(text: string, i: number, length: number): number {
  const c = text.charCodeAt(i);
  if (c < 0x80) {
    if ((c >= 0x61 && c <= 0x7a) || (c >= 0x41 && c <= 0x5a) || (c >= 0x30 && c <= 0x39)) return LETTER;
    if (c === 0x27 || c === 0x26 || c === 0x2e || c === 0x2d) return JOINER;
    if (c === 0x2c || c === 0x3b || c === 0x3a) return MARK;
    return OTHER;
  }
  if (c === 0x2019) return JOINER;
  if (c === 0x2013) return MARK;
  return LETTER_OR_DIGIT.test(length === 1 ? text.charAt(i) : text.slice(i, i + 2)) ? LETTER : OTHER;
}

/** Calls `f(start, end)` for each match of WORD in `text`, in order. */
export function eachClauseWord(text: string, f: (start: number, end: number) => void): void {
  const n = text.length;
  let i = 0;
  while (i < n) {
    const length = lengthAt(text, i);
    const kind = kindAt(text, i, length);
    if (kind === MARK) f(i, i + length);
    if (kind !== LETTER) {
      i += length;
      continue;
    }
    // the run of letters, digits and joiners after it; the word ends after its last letter or digit
    let end = i + length;
    for (let j = end; j < n; ) {
      const l = lengthAt(text, j);
      const k = kindAt(text, j, l);
      if (k !== LETTER && k !== JOINER) break;
      j += l;
      if (k === LETTER) end = j;
    }
    f(i, end);
    i = end;
  }
}

/**
 * Calls `f(start, end)` for each match of TOKEN (`/[\p{L}\p{N}][\p{L}\p{N}’'-]*|[;:]/gu`) in
 * `text`, in order, until `f` returns true: from a letter or digit, the whole run of letters, digits
 * and ’ ' - after it (greedy, nothing to give back); or ";" or ":" alone.
 */
export function eachToken(text: string, f: (start: number, end: number) => boolean): void {
  const n = text.length;
  let i = 0;
  while (i < n) {
    const length = lengthAt(text, i);
    const c = text.charCodeAt(i);
    if (c === 0x3b || c === 0x3a) {
      if (f(i, i + 1)) return;
      i++;
      continue;
    }
    if (kindAt(text, i, length) !== LETTER) {
      i += length;
      continue;
    }
    let end = i + length;
    while (end < n) {
      const l = lengthAt(text, end);
      const d = text.charCodeAt(end);
      if (!(d === 0x27 || d === 0x2d || d === 0x2019 || kindAt(text, end, l) === LETTER)) break;
      end += l;
    }
    if (f(i, end)) return;
    i = end;
  }
}
