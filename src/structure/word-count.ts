/**
 * Counting a text's words (runs of letters, `\p{L}+` by code point) and how many of them a word list
 * holds, without making a string of every word: the language check reads a sample of every letter.
 */

/** The plain definition: `text.match(/\p{L}+/gu)` and the words the list holds. */
export function countWordsPlain(text: string, known: ReadonlySet<string>): { words: number; known: number } {
  const words = text.match(/\p{L}+/gu) ?? [];
  return { words: words.length, known: words.filter((w) => known.has(w)).length };
}

/** Called as `charCodeAt.call(s, i)` in loops over every character: see topics/automaton.ts. */
const charCodeAt = String.prototype.charCodeAt;

const LETTER = /^\p{L}$/u;
/** Whether a code unit on its own is `\p{L}` (0 not asked yet, 1 a letter, 2 not): asked once per process. */
const BMP_LETTER = new Uint8Array(65536);
function isLetterUnit(c: number): boolean {
  if (c < 128) return (c >= 0x61 && c <= 0x7a) || (c >= 0x41 && c <= 0x5a);
  if (BMP_LETTER[c] === 0) BMP_LETTER[c] = LETTER.test(String.fromCharCode(c)) ? 1 : 2;
  return BMP_LETTER[c] === 1;
}

/** The longest word of each list (a longer run of letters cannot be in it). */
const LONGEST = new WeakMap<ReadonlySet<string>, number>();
function longest(known: ReadonlySet<string>): number {
  let n = LONGEST.get(known);
  if (n === undefined) {
    n = 0;
    for (const w of known) n = Math.max(n, w.length);
    LONGEST.set(known, n);
  }
  return n;
}

/**
 * Equals countWordsPlain (a property test holds them equal). The regex reads code points: a high
 * surrogate with a low one after it is one character, a letter or not as the pair is; a lone
 * surrogate is no letter, and a code unit below the surrogates is the code point it names.
 */
export function countWords(text: string, known: ReadonlySet<string>): { words: number; known: number } {
  const max = longest(known);
  let words = 0;
  let found = 0;
  let start = -1;
  const n = text.length;
  for (let i = 0; i < n; i++) {
    const c = charCodeAt.call(text, i);
    let letter: boolean;
    let width = 1;
    if (c >= 0xd800 && c <= 0xdbff && i + 1 < n) {
      const d = charCodeAt.call(text, i + 1);
      if (d >= 0xdc00 && d <= 0xdfff) {
        width = 2;
        letter = LETTER.test(text.slice(i, i + 2));
      } else letter = false;
    } else letter = isLetterUnit(c);
    if (letter) {
      if (start < 0) start = i;
    } else if (start >= 0) {
      words++;
      if (i - start <= max && known.has(text.slice(start, i))) found++;
      start = -1;
    }
    i += width - 1;
  }
  if (start >= 0) {
    words++;
    if (n - start <= max && known.has(text.slice(start, n))) found++;
  }
  return { words, known: found };
}
