/** When a four-digit number is a year: shared by the year and year-span parsers. */
import type { ParsingContext } from 'chrono-node';
import { CITATION_WORDS, YEAR_CONTEXT_WORDS } from '../constants.js';
import { textBefore } from './shared.js';

const escapeWord = (w: string) => w.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&').replace(/ /g, '\\s+');

/** A temporal word right before the year: "in 2026", "medio 2026", "het jaar 2026", "tot en met 2030". */
const TEMPORAL_BEFORE = new RegExp(
  `(?:^|[\\s(/])(?:${[...YEAR_CONTEXT_WORDS]
    .sort((a, b) => b.length - a.length)
    .map(escapeWord)
    .join('|')})\\s+(?:het\\s+jaar\\s+)?$`,
  'i',
);

/**
 * What TEMPORAL_BEFORE's last word can be (lower case): the last word of each context word, and
 * "jaar" of "het jaar".
 */
const LAST_WORDS = [...new Set(YEAR_CONTEXT_WORDS.map((w) => w.split(' ').at(-1) ?? w)), 'jaar'];
const LONGEST_LAST = Math.max(...LAST_WORDS.map((w) => w.length));

/**
 * TEMPORAL_BEFORE.test(before), tried only on a window that ends in white space after one of its
 * last words: the pattern is tried at every place of the window, and most windows end otherwise
 * ("12 mei 2024", "Stb. 2024"). (Letters the pattern matches case-insensitively are those letters
 * in either case, so the lower-cased end holds the word whenever the pattern matches.)
 */
export function temporalBefore(before: string): boolean {
  const tail = before.trimEnd();
  if (tail.length === before.length) return false;
  const end = tail.slice(-LONGEST_LAST).toLowerCase();
  return LAST_WORDS.some((w) => end.endsWith(w)) && TEMPORAL_BEFORE.test(before);
}

/** For the property test: the pattern the quick test stands for. */
export const temporalBeforeForTest = { TEMPORAL_BEFORE, temporalBefore };

/** "eind-2025", "medio-2026". */
const PART_HYPHEN_BEFORE = /(?:^|[\s(])(?:eind|begin|medio|midden)-$/i;

/** A list of years: "in 2025 en 2026", "2025, 2026". */
const YEAR_LIST_BEFORE = /(?:19|20)\d\d(?:\s*,|\s+(?:en|of))\s+$/i;

/** The word right before the year, when it starts with a capital: "BO’s MIRT 2025", "Voorjaarsnota 2025". */
const NAME_BEFORE = /(?:^|[\s(])([A-ZÀ-Ý][\w’'.&-]*)\s+$/;

/** Sentence start before that name: then the capital proves nothing ("Ook 2025 ..."). */
const SENTENCE_START = /(?:^\s*|[.!?:;]\s*)$/;

const CITATIONS = new Set(CITATION_WORDS);

/** "artikel 22 van het Bbz 2004": the name after an article reference is a law's. */
const ARTICLE_OF =
  /(?:^|\s)art(?:ikel|\.)\s+\d[\w.:]*\s+(?:(?:lid|onder|sub)\s+\S+\s+)?van\s+(?:de|het)\s+\S+\s+$/i;

/** Names of laws and agreements carry a year as part of the name: "Aanbestedingswet 2012", "Besluit 2020". */
const LAW_NAME = /(?:wet|besluit|regeling|verordening|code|verdrag|akkoord|richtlijn)$/i;

/**
 * Whether the number at `index` is meant as a year. It is when a temporal word comes right before it,
 * when it follows another year in a list, or when it follows a capitalised name of an event or
 * programme ("bij de BO’s MIRT 2025") that is not a citation word ("Stb. 2024", "vergaderjaar 2023").
 */
export function isTemporalYearContext(context: ParsingContext, index: number): boolean {
  const before = textBefore(context, index);
  if (temporalBefore(before) || YEAR_LIST_BEFORE.test(before) || PART_HYPHEN_BEFORE.test(before)) return true;
  const name = NAME_BEFORE.exec(before);
  if (!name?.[1]) return false;
  if (CITATIONS.has(name[1].toLowerCase()) || LAW_NAME.test(name[1]) || ARTICLE_OF.test(before)) return false;
  const nameStart = index - before.length + name.index + name[0].indexOf(name[1]);
  const preceding = context.text.slice(Math.max(0, nameStart - 4), nameStart);
  return !(nameStart === 0 || SENTENCE_START.test(preceding));
}

/** Whether the name before the year is a capitalised programme name (used to keep "Programma 2028-2033" out). */
export function hasNameBefore(context: ParsingContext, index: number): boolean {
  const before = textBefore(context, index);
  return !temporalBefore(before) && NAME_BEFORE.test(before);
}
