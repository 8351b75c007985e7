/** Where the grammatical signs of tense and intention are in a sentence (char offsets). */
import { isOwnExpectation } from '../mood.js';
import { allWords, eachWord, type WordStarts, wordGroup } from '../word-starts.js';
import { eachToken } from './clause-words.js';
import {
  AUXILIARY,
  CLAUSE_BREAK,
  HABITUAL,
  HAS_EERD,
  HAVE,
  NOT_EXPECTATION,
  PARTICIPLE,
  SIMPLE_PAST,
  STATIVE,
  STRONG_FUTURE,
  SUBJECT_BEFORE,
  THEIR_EXPECTATION,
  WEAK_FUTURE,
} from './grammar.js';
import { endsIn } from './last-letter.js';
import { pastOfErenPositions } from './past-of-eren.js';

/**
 * Where the simple past forms are: the positions of words(SIMPLE_PAST's alternatives and
 * PAST_OF_EREN's), which start at a word's start and end at its end, so the two sets join.
 */
export function simplePastPositions(
  text: string,
  literal: number[] = wordPositions(SIMPLE_PAST, text),
): number[] {
  if (!HAS_EERD.test(text)) return literal;
  const eren = pastOfErenPositions(text);
  if (eren.length === 0) return literal;
  return [...new Set([...literal, ...eren])].sort((a, b) => a - b);
}

const AUXILIARY_ONLY = wordGroup([AUXILIARY]);

export interface Token {
  word: string;
  index: number;
}

/** The tokens of a text (the first `limit` of them). */
export function tokenize(text: string, limit = Number.POSITIVE_INFINITY): Token[] {
  const tokens: Token[] = [];
  // the matches of TOKEN (clause-words.ts)
  if (limit > 0)
    eachToken(text, (start, end) => {
      tokens.push({ word: text.slice(start, end), index: start });
      return tokens.length >= limit;
    });
  return tokens;
}

/** PARTICIPLE (flags iu) ends in d, t or n in either case: tried only on such a word (last-letter.ts). */
export const participleShape = (word: string): boolean => endsIn(word, 'dtnDTN') && PARTICIPLE.test(word);

export const isParticiple = (t: Token | undefined) =>
  t !== undefined && participleShape(t.word) && !STATIVE.has(t.word.toLowerCase());

/**
 * Positions of perfect-tense constructions: an auxiliary with a past participle in the same clause
 * (within 13 words after it), or right before it in subordinate order ("... aangeboden hebben").
 * Only a window around each auxiliary is tokenised, so long texts stay cheap.
 */
export function perfectPositions(
  text: string,
  auxiliaries: Array<[number, string]> = allWords(AUXILIARY_ONLY, text)[0] ?? [],
): Array<[number, string]> {
  const out: Array<[number, string]> = [];
  for (const [index, auxiliary] of auxiliaries) {
    // Only the first 14 tokens of the window are ever read.
    const after = tokenize(text.slice(index, index + 240), 14);
    let found = false;
    for (let j = 1; j < Math.min(after.length, 14); j++) {
      const t = after[j];
      if (!t || CLAUSE_BREAK.test(t.word)) break;
      if (isParticiple(t)) {
        found = true;
        break;
      }
    }
    if (!found) {
      const previous = tokenize(text.slice(Math.max(0, index - 40), index)).at(-1);
      const clauseFinal = index + 240 >= text.length && after.length <= 2;
      found = isParticiple(previous) && (clauseFinal || /^(?:is|zijn|heeft|hebben)$/i.test(auxiliary));
    }
    if (found) out.push([index, auxiliary]);
  }
  return out;
}

export function positions(re: RegExp, text: string, guard?: (index: number) => boolean): number[] {
  const out: number[] = [];
  for (const m of text.matchAll(re)) {
    const index = m.index ?? 0;
    if (!guard || guard(index)) out.push(index);
  }
  return out;
}

/** `positions` of a `wordsAfterBoundary` pattern. */
export function wordPositions(re: WordStarts, text: string, guard?: (index: number) => boolean): number[] {
  const out: number[] = [];
  eachWord(re, text, (index) => {
    if (!guard || guard(index)) out.push(index);
    return false;
  });
  return out;
}

export interface SentenceAnalysis {
  strongFuture: number[];
  weakFuture: number[];
  past: number[];
  /** A simple past or an active perfect ("werd", "heeft ... ingezet"): something done, not a state. */
  deed: boolean;
  /** Someone else expects it ("Het CPB verwacht", "de verwachting van het COA"): a forecast. */
  othersExpect: boolean;
  habitual: boolean;
}

/** The word starting at lastIndex (sticky: no copy of the rest of the text). */
const WORD_AT = /\p{L}+/uy;

/** The word lists of analyseSentence, found in one pass. */
const TENSE_WORDS = wordGroup([STRONG_FUTURE, WEAK_FUTURE, SIMPLE_PAST, AUXILIARY, HABITUAL]);

const at = (matches: Array<[number, string]> | undefined): number[] => (matches ?? []).map(([i]) => i);

/** The grammatical signs of tense and intention in a sentence, with their char offsets. */
export function analyseSentence(text: string): SentenceAnalysis {
  let othersExpect = false;
  const [strong, weak, simple, auxiliaries, habitual] = allWords(TENSE_WORDS, text);
  const strongFuture = at(strong).filter((i) => {
    WORD_AT.lastIndex = i;
    const word = WORD_AT.exec(text)?.[0]?.toLowerCase() ?? '';
    // "Het CPB verwacht ...": a third party's forecast, not the government's plan
    if (word.startsWith('verwacht')) {
      if (NOT_EXPECTATION.test(text.slice(Math.max(0, i - 12), i))) return false;
      if (isOwnExpectation(text, i) || !SUBJECT_BEFORE.test(text.slice(Math.max(0, i - 60), i))) return true;
      othersExpect = true;
      return false;
    }
    // "De verwachting van het COA is ...": someone else's expectation
    if (word === 'de' && THEIR_EXPECTATION.test(text.slice(i, i + 40))) {
      othersExpect = true;
      return false;
    }
    return true;
  });
  const weakFuture = at(weak);
  const simplePast = simplePastPositions(text, at(simple));
  const perfect = perfectPositions(text, auxiliaries ?? []);
  const past = [...simplePast, ...perfect.map(([i]) => i)].sort((a, b) => a - b);
  const deed = simplePast.length > 0 || perfect.some(([, auxiliary]) => HAVE.test(auxiliary));
  return { strongFuture, weakFuture, past, deed, othersExpect, habitual: (habitual ?? []).length > 0 };
}
