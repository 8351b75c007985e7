/**
 * Every stem of the topic lexicon found in one pass over a text: an Aho-Corasick automaton over the
 * lexicon, and the tally of weighted occurrences by topic it adds to.
 */
import type { Topic } from '../../model/letter.js';
import { TOPIC_LEXICON } from './lexicon.js';

export interface Stem {
  topic: Exclude<Topic, 'other'>;
  /** Lowercase text to look for; spaces in a stem also match hyphens. */
  needle: string;
  wordStart: boolean;
  wordEnd: boolean;
}

export const STEMS: Stem[] = Object.entries(TOPIC_LEXICON).flatMap(([topic, stems]) =>
  stems.map((stem) => ({
    topic: topic as Stem['topic'],
    needle: stem.replace(/^\^|\$$/g, ''),
    wordStart: stem.startsWith('^'),
    wordEnd: stem.endsWith('$'),
  })),
);

const LETTER_OR_DIGIT = /[\p{L}\d]/u;

/**
 * String.prototype.charCodeAt, called as `charCodeAt.call(text, i)` in the scan. `text.charCodeAt(i)`
 * looks the method up on the string: a loop that has met more than four kinds of string (one or two
 * bytes a character, flat, joined, sliced, internalized: the pipeline's texts are all of these) is
 * compiled with a megamorphic lookup for every character, four times slower. A constant of this
 * module (not an import) lets the compiler call the built-in directly.
 */
const charCodeAt = String.prototype.charCodeAt;

/**
 * Every stem is found in one pass over the text by an Aho-Corasick automaton: a table of
 * transitions by state and character class, built once per process. The text is read as
 * `text.toLowerCase()` with hyphens as spaces would read (see `CLASS`), without making that copy.
 */
const ALPHABET = [...new Set(STEMS.flatMap((s) => [...s.needle]))].sort().join('');
/** Character class by code unit: 0 for every character no stem contains, else 1 + its place in ALPHABET. */
export const CLASS = new Uint8Array(65536);
for (let c = 0; c < 128; c++) CLASS[c] = ALPHABET.indexOf(String.fromCharCode(c).toLowerCase()) + 1;
// fold(): hyphens read as spaces. toLowerCase() maps one more character into the alphabet: the
// Kelvin sign to "k" (a test holds this table equal to toLowerCase + fold for every code unit).
CLASS[0x2d] = CLASS[0x2010] = CLASS[0x20];
CLASS[0x212a] = CLASS[0x6b];
/** "İ" lowercases to two characters ("i" + a combining dot): a text with it is lowercased first. */
export const TWO_CHAR_LOWER = '\u0130';
export const WIDTH = ALPHABET.length + 1;

/**
 * Transitions: STEP[state × WIDTH + class] is the next state, or ~state when that state completes
 * stems: OUT from OUT_FROM[state] to OUT_FROM[state + 1]. (States, not rows: two bytes a cell.)
 */
export const { STEP, OUT, OUT_FROM } = (() => {
  const children: Array<Map<number, number>> = [new Map()];
  const own: number[][] = [[]];
  STEMS.forEach((stem, k) => {
    let state = 0;
    for (const ch of stem.needle) {
      const cls = CLASS[ch.charCodeAt(0)];
      let next = children[state].get(cls);
      if (next === undefined) {
        next = children.length;
        children.push(new Map());
        own.push([]);
        children[state].set(cls, next);
      }
      state = next;
    }
    own[state].push(k);
  });
  const delta = new Int32Array(children.length * WIDTH);
  const fail = new Int32Array(children.length);
  const out: number[][] = own.map(() => []);
  // Breadth first: a state's failure state is shallower, so its table row and outputs are done.
  const queue = [0];
  for (let q = 0; q < queue.length; q++) {
    const state = queue[q];
    out[state] = [...own[state], ...(state === 0 ? [] : out[fail[state]])];
    for (let cls = 0; cls < WIDTH; cls++) {
      const child = children[state].get(cls);
      const viaFail = state === 0 ? 0 : delta[fail[state] * WIDTH + cls];
      if (child === undefined) delta[state * WIDTH + cls] = viaFail;
      else {
        delta[state * WIDTH + cls] = child;
        fail[child] = viaFail;
        queue.push(child);
      }
    }
  }
  // The states renumbered in breadth-first order (the queue's): the states near the start, where the
  // scan spends nearly all its time, take the first rows of the table. Read after the other stages,
  // a table in lexicon order (well over 100 KB) missed the cache on nearly every character.
  const id = new Int32Array(children.length);
  queue.forEach((state, k) => {
    id[state] = k;
  });
  const from = new Int32Array(children.length + 1);
  const flat: number[] = [];
  if (children.length > 0x7fff) throw new Error('topic lexicon too large for 16-bit states');
  const step = new Int16Array(delta.length);
  for (let k = 0; k < queue.length; k++) {
    const state = queue[k];
    from[k] = flat.length;
    // Stems completed at one place, in lexicon order: the order the scores are first met in.
    flat.push(...out[state].sort((a, b) => a - b));
    for (let cls = 0; cls < WIDTH; cls++) {
      const next = delta[state * WIDTH + cls];
      step[k * WIDTH + cls] = out[next].length > 0 ? ~id[next] : id[next];
    }
  }
  from[children.length] = flat.length;
  return { STEP: step, OUT: Int32Array.from(flat), OUT_FROM: from };
})();

export const TOPIC_NAMES = Object.keys(TOPIC_LEXICON) as Array<Stem['topic']>;
export const TOPIC_OF = STEMS.map((s) => TOPIC_NAMES.indexOf(s.topic));

/** Scores by topic, and where each topic was first met (`order`: place × stems + stem, so lower is earlier). */
export interface Tally {
  score: number[];
  order: number[];
}

/**
 * Adds weight × the occurrences of every stem in `text` (read lowercase, hyphens as spaces) to
 * the tally. `offset` places the text after earlier ones in the order of first mentions.
 * Returns the length of the text as read.
 */
export function addOccurrences(source: string, weight: number, tally: Tally, offset: number): number {
  const text = source.includes(TWO_CHAR_LOWER) ? source.toLowerCase() : source;
  const n = text.length;
  // The tables as locals: the loop reads them for every character, also where it is inlined into a
  // caller in another module (there it read the exported bindings anew each time, at twice the cost).
  const step = STEP;
  const classOf = CLASS;
  const width = WIDTH;
  const codeAt = charCodeAt;
  let row = 0;
  for (let i = 0; i < n; i++) {
    const next = step[row + classOf[codeAt.call(text, i)]];
    if (next >= 0) {
      row = next * width;
      continue;
    }
    const state = ~next;
    row = state * width;
    const to = OUT_FROM[state + 1];
    for (let k = OUT_FROM[state]; k < to; k++) {
      const s = OUT[k];
      const stem = STEMS[s];
      const start = i + 1 - stem.needle.length;
      // Lowercasing keeps letters and digits what they are (tested), so the original text is read.
      if (stem.wordStart && start > 0 && LETTER_OR_DIGIT.test(text[start - 1])) continue;
      if (stem.wordEnd && i + 1 < n && LETTER_OR_DIGIT.test(text[i + 1])) continue;
      const t = TOPIC_OF[s];
      tally.score[t] += weight;
      const at = (offset + start) * STEMS.length + s;
      if (at < tally.order[t]) tally.order[t] = at;
    }
  }
  endRow = row;
  return n;
}

/** The automaton's row after the last text `addOccurrences` read. */
export let endRow = 0;
