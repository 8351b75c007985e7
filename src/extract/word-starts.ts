/**
 * A fast way to the matches of a word list that start a word: the starts of the words of
 * `(?:ALTERNATIVES)(?![\p{L}\p{N}])` (flags giu) that no letter or digit precedes.
 *
 * irregexp tries a Unicode case-insensitive alternation at every position of the text; a plain
 * (non-Unicode) one behind `\b` it skips through four to seven times faster. The two find the same
 * places when
 *  - every alternative starts with an ASCII letter: a word start is then an ASCII `\b`, unless the
 *    character before is "_" (a word character of `\b`, but no letter or digit);
 *  - the text holds neither "ſ" (U+017F) nor "K" (U+212A), the only characters that /iu folds to an
 *    ASCII letter (s, k) and /i does not.
 * So the plain pattern gives candidate places (every place, not only non-overlapping ones); each is
 * confirmed with the pattern itself, sticky at that place, which also gives the match's text.
 * A text with "_", "ſ" or "K" goes the slow way.
 */

const UNSAFE = /[_\u017f\u212a]/;

export interface WordStarts {
  /** The pattern as given: (?:ALTERNATIVES)(?![\p{L}\p{N}]), flags giu. */
  re: RegExp;
  /** \b(?:ALTERNATIVES), flags gi: candidate places; null when an alternative may start otherwise. */
  candidates: RegExp | null;
  /** The pattern, sticky. */
  at: RegExp;
}

/**
 * Walks a pattern's source outside escapes and character classes: `at(i, c, depth)` for each other
 * character, `depth` being the group depth outside it (a ")" is reported at the depth it closes to);
 * stops when `at` returns true.
 */
function walkSource(source: string, at: (i: number, c: string, depth: number) => boolean): void {
  let depth = 0;
  let inClass = false;
  for (let i = 0; i < source.length; i++) {
    const c = source[i] as string;
    if (c === '\\') {
      i++;
      continue;
    }
    if (inClass) {
      if (c === ']') inClass = false;
      continue;
    }
    if (c === '[') {
      inClass = true;
      continue;
    }
    if (c === ')') depth--;
    if (at(i, c, depth)) return;
    if (c === '(') depth++;
  }
}

/** Splits a pattern at its top-level "|" (outside groups and classes). */
function topLevel(source: string): string[] {
  const parts: string[] = [];
  let from = 0;
  walkSource(source, (i, c, depth) => {
    if (c === '|' && depth === 0) {
      parts.push(source.slice(from, i));
      from = i + 1;
    }
    return false;
  });
  parts.push(source.slice(from));
  return parts;
}

/** Whether every string an alternative matches starts with an ASCII letter (false when unsure). */
export function startsWithAsciiLetter(alternative: string): boolean {
  if (/^[A-Za-z]/.test(alternative)) return true;
  if (!alternative.startsWith('(?:')) return false;
  // A non-capturing group first: each of its alternatives must start so, and the group be required.
  let starts = false;
  walkSource(alternative, (i, c, depth) => {
    if (c !== ')' || depth !== 0) return false;
    starts =
      !/^[?*{]/.test(alternative.slice(i + 1)) &&
      topLevel(alternative.slice(3, i)).every(startsWithAsciiLetter);
    return true;
  });
  return starts;
}

/**
 * Whether a plain pattern behind `\b` finds every place the alternatives can start: only printable
 * ASCII, no classes, and of the escapes only \s, \S and escaped punctuation (what /iu and /i read
 * alike: \w, \b and classes fold differently under /iu), each alternative starting with a letter.
 */
function plainAlternatives(alternatives: string): boolean {
  return (
    /^[\x20-\x7e]*$/.test(alternatives) &&
    !alternatives.includes('[') &&
    !/\\[^sS./-]/.test(alternatives) &&
    topLevel(alternatives).every(startsWithAsciiLetter)
  );
}

export function wordStarts(alternatives: string): WordStarts {
  const source = `(?:${alternatives})(?![\\p{L}\\p{N}])`;
  const plain = plainAlternatives(alternatives);
  return {
    re: new RegExp(source, 'giu'),
    candidates: plain ? new RegExp(`\\b(?:${alternatives})`, 'gi') : null,
    at: new RegExp(source, 'iuy'),
  };
}

const LETTER_OR_DIGIT = /^[\p{L}\p{N}]$/u;

/** Whether the code point before offset i is a letter or digit (what (?<![\p{L}\p{N}]) tests). */
export function letterOrDigitBefore(text: string, i: number): boolean {
  if (i === 0) return false;
  const c = text.charCodeAt(i - 1);
  if (c < 0x80) return (c >= 0x30 && c <= 0x39) || (c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a);
  if (c >= 0xdc00 && c <= 0xdfff && i >= 2) {
    const high = text.charCodeAt(i - 2);
    if (high >= 0xd800 && high <= 0xdbff) return LETTER_OR_DIGIT.test(text.slice(i - 2, i));
  }
  return LETTER_OR_DIGIT.test(text.charAt(i - 1));
}

/** Whether a match at offset i is inside a word; it must say so of an ASCII letter or digit before i. */
export type InsideWord = (text: string, i: number) => boolean;

/**
 * Calls `f` with each match of `w.re` that starts a word, exactly the matches of the same pattern
 * with (?<![\p{L}\p{N}]) in front (or that `inside` does not reject); stops when `f` returns true.
 * After a match inside a word the search goes on at the next character, as the regex's own search would.
 */
export function eachWord(
  w: WordStarts,
  text: string,
  f: (index: number, match: string) => boolean | undefined,
  inside: InsideWord = letterOrDigitBefore,
): void {
  if (w.candidates === null || UNSAFE.test(text)) {
    eachWordPlain(w.re, text, f, inside);
    return;
  }
  const { candidates, at } = w;
  // The end of the last match reported: matches do not overlap.
  let next = 0;
  candidates.lastIndex = 0;
  for (let c = candidates.exec(text); c !== null; c = candidates.exec(text)) {
    const i = c.index;
    // every place, not only the ends of earlier candidates
    candidates.lastIndex = i + 1;
    if (i < next || inside(text, i)) continue;
    at.lastIndex = i;
    const m = at.exec(text);
    if (m === null) continue;
    if (f(i, m[0]) === true) return;
    next = i + m[0].length;
  }
}

/** eachWord by the pattern alone (the definition). */
export function eachWordPlain(
  re: RegExp,
  text: string,
  f: (index: number, match: string) => boolean | undefined,
  inside: InsideWord = letterOrDigitBefore,
): void {
  re.lastIndex = 0;
  for (let m = re.exec(text); m !== null; m = re.exec(text)) {
    if (inside(text, m.index)) {
      re.lastIndex = m.index + 1;
      continue;
    }
    if (f(m.index, m[0]) === true) return;
  }
}

/**
 * A word list bounded by letters only: `(?<![\p{L}])(?:ALTERNATIVES)(?![\p{L}])`, flags iu, tested
 * anywhere in a text. The leading look-behind keeps irregexp from skipping ahead; the plain pattern
 * behind `\b` (flags gi) finds the same places as candidates when, besides the conditions of
 * `wordStarts`, no digit or "_" stands right before an ASCII letter (`\b` fails there, the letter
 * bound does not). Other texts go the slow way.
 */
export interface LetterBounded {
  /** The pattern as given: (?<![\p{L}])(?:ALTERNATIVES)(?![\p{L}]) (or another look-ahead), flags iu. */
  re: RegExp;
  /** \b(?:ALTERNATIVES), flags gi; null when an alternative may start otherwise. */
  candidates: RegExp | null;
  /** (?:ALTERNATIVES) and the look-ahead, sticky. */
  at: RegExp;
}

/** `after` is the look-ahead that ends the pattern; '' for none. */
export function letterBounded(alternatives: string, after = '(?![\\p{L}])'): LetterBounded {
  const plain = plainAlternatives(alternatives);
  return {
    re: new RegExp(`(?<![\\p{L}])(?:${alternatives})${after}`, 'iu'),
    candidates: plain ? new RegExp(`\\b(?:${alternatives})`, 'gi') : null,
    at: new RegExp(`(?:${alternatives})${after}`, 'iuy'),
  };
}

const UNSAFE_LETTER_BOUND = /[\d_][A-Za-z]|[\u017f\u212a]/;
const LETTER = /^\p{L}$/u;

/** Whether the code point before offset i is a letter (what (?<![\p{L}]) tests). */
export function letterBefore(text: string, i: number): boolean {
  if (i === 0) return false;
  const c = text.charCodeAt(i - 1);
  if (c < 0x80) return (c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a);
  if (c >= 0xdc00 && c <= 0xdfff && i >= 2) {
    const high = text.charCodeAt(i - 2);
    if (high >= 0xd800 && high <= 0xdbff) return LETTER.test(text.slice(i - 2, i));
  }
  return LETTER.test(text.charAt(i - 1));
}

/** `w.re.test(text)`, the fast way where it is exact. */
export function testLetterBounded(w: LetterBounded, text: string): boolean {
  const { candidates, at } = w;
  if (candidates === null || UNSAFE_LETTER_BOUND.test(text)) return w.re.test(text);
  candidates.lastIndex = 0;
  for (let c = candidates.exec(text); c !== null; c = candidates.exec(text)) {
    const i = c.index;
    candidates.lastIndex = i + 1;
    if (letterBefore(text, i)) continue;
    at.lastIndex = i;
    if (at.test(text)) return true;
  }
  return false;
}

/** Word lists searched together: one pass over a text finds the matches of each (allWords). */
export interface WordGroup {
  lists: readonly WordStarts[];
  /**
   * The union of the lists' candidate patterns (flags gi), each followed by an empty group that
   * tells which list's candidate matched first; null when a list has none.
   */
  candidates: RegExp | null;
  /** The number of the empty group after each list. */
  marks: number[];
}

/**
 * The pieces of a pattern's source that groupsIn reads: an escape, a class (each skipped whole), and
 * a "(" that opens a capturing group (not followed by "?", or "(?<" naming one).
 */
const SOURCE_PIECE = /\\[\s\S]|\[(?:\\[\s\S]|[^\]\\])*\]|\((?!\?)|\(\?<(?![=!])/g;

/**
 * How many capturing groups a pattern has, read off the source: compiling the union of the lists
 * once more only to count its groups cost more than the rest of the module's start.
 */
export function groupsIn(source: string): number {
  let n = 0;
  for (const m of source.matchAll(SOURCE_PIECE)) if (m[0].startsWith('(')) n++;
  return n;
}

/** groupsIn by the regex engine (the definition, for the property test). */
export const groupsByRegex = (source: string): number => (new RegExp(`${source}|`).exec('')?.length ?? 1) - 1;

export function wordGroup(lists: readonly WordStarts[]): WordGroup {
  const sources = lists.map((w) => w.candidates?.source.replace(/^\\b/, ''));
  const marks: number[] = [];
  let group = 0;
  for (const source of sources) {
    group += groupsIn(source ?? '') + 1;
    marks.push(group);
  }
  const plain = sources.every((s) => s !== undefined);
  return {
    lists,
    candidates: plain ? new RegExp(`\\b(?:${sources.map((s) => `${s}()`).join('|')})`, 'gi') : null,
    marks,
  };
}

/**
 * Every match of each list, in order: what `eachWord(list, text, f)` reports when `f` never stops
 * it. A place where one list's plain pattern matches is a place where the union matches, so one
 * pass over the union's candidates (each confirmed by each list, sticky) finds them all.
 */
export function allWords(g: WordGroup, text: string): Array<Array<[number, string]>> {
  const { lists, candidates } = g;
  const out: Array<Array<[number, string]>> = lists.map(() => []);
  if (candidates === null || UNSAFE.test(text)) {
    lists.forEach((w, k) => {
      eachWord(w, text, (i, m) => {
        out[k]?.push([i, m]);
        return false;
      });
    });
    return out;
  }
  // The end of the last match of each list: a list's matches do not overlap.
  const next = lists.map(() => 0);
  candidates.lastIndex = 0;
  for (let c = candidates.exec(text); c !== null; c = candidates.exec(text)) {
    const i = c.index;
    candidates.lastIndex = i + 1;
    if (letterOrDigitBefore(text, i)) continue;
    // the lists before the first whose candidate matched here have no match here
    let first = 0;
    while (first < lists.length - 1 && c[g.marks[first] as number] === undefined) first++;
    for (let k = first; k < lists.length; k++) {
      if (i < (next[k] as number)) continue;
      const at = (lists[k] as WordStarts).at;
      at.lastIndex = i;
      const m = at.exec(text);
      if (m === null) continue;
      out[k]?.push([i, m[0]]);
      next[k] = i + m[0].length;
    }
  }
  return out;
}

/** Letter-bounded word lists tested together (testAllLetterBounded). */
export interface LetterGroup {
  lists: readonly LetterBounded[];
  /** The union of the lists' candidate patterns (flags gi); null when a list has none. */
  candidates: RegExp | null;
}

export function letterGroup(lists: readonly LetterBounded[]): LetterGroup {
  const sources = lists.map((w) => w.candidates?.source.replace(/^\\b/, ''));
  const plain = sources.every((s) => s !== undefined);
  return { lists, candidates: plain ? new RegExp(`\\b(?:${sources.join('|')})`, 'gi') : null };
}

/** `testLetterBounded` of each list, in one pass over the union's candidates. */
export function testAllLetterBounded(g: LetterGroup, text: string): boolean[] {
  const { lists, candidates } = g;
  if (candidates === null || UNSAFE_LETTER_BOUND.test(text)) return lists.map((w) => w.re.test(text));
  const found = lists.map(() => false);
  let left = lists.length;
  candidates.lastIndex = 0;
  for (let c = candidates.exec(text); c !== null && left > 0; c = candidates.exec(text)) {
    const i = c.index;
    candidates.lastIndex = i + 1;
    if (letterBefore(text, i)) continue;
    for (let k = 0; k < lists.length; k++) {
      if (found[k]) continue;
      const at = (lists[k] as LetterBounded).at;
      at.lastIndex = i;
      if (at.test(text)) {
        found[k] = true;
        left--;
      }
    }
  }
  return found;
}
