/**
 * A text's topics from its tally: a heading's words weigh more than the body's; a topic must reach a
 * minimum score and a share of the best topic's, so a passing mention does not label a text. Main
 * topic first. Also the letter's topics, from the tallies of its sections' texts.
 */
import type { Topic } from '../../model/letter.js';
import {
  addOccurrences,
  CLASS,
  endRow,
  STEMS,
  STEP,
  type Tally,
  TOPIC_NAMES,
  TWO_CHAR_LOWER,
} from './automaton.js';

export const HEADING_WEIGHT = 4;
const MIN_SCORE = 3;
const MIN_SHARE = 0.4;

/**
 * Scores by topic: every stem in the heading (lowercase, hyphens as spaces so that "wind-op-zee"
 * and "wind op zee" both match) counts HEADING_WEIGHT, in the body 1. Topics in the order they
 * are first mentioned (heading, then body; at one place, in lexicon order).
 */
export function scoreTopics(heading: string, body: string): Map<Topic, number> {
  const tally = newTally();
  const read = addOccurrences(heading, HEADING_WEIGHT, tally, 0);
  addOccurrences(body, 1, tally, read + 1);
  return scoresOf(tally);
}

// (plain arrays copied from a template: a typed array this small costs more to allocate than to read)
const NO_SCORES = TOPIC_NAMES.map(() => 0);
const NOT_MET = TOPIC_NAMES.map(() => Number.POSITIVE_INFINITY);
const newTally = (): Tally => ({ score: NO_SCORES.slice(), order: NOT_MET.slice() });

export function scoresOf(tally: Tally): Map<Topic, number> {
  const found: number[] = [];
  for (let t = 0; t < TOPIC_NAMES.length; t++) if (tally.score[t] > 0) found.push(t);
  found.sort((a, b) => tally.order[a] - tally.order[b]);
  return new Map(found.map((t) => [TOPIC_NAMES[t], tally.score[t]]));
}

/** Topics for one section's heading and text, main topic first. */
export function topicsFor(heading: string, body: string): Topic[] {
  return topicsOf(scoreTopics(heading, body), body.length);
}

export function topicsOf(scores: Map<Topic, number>, bodyLength: number): Topic[] {
  const ranked = [...scores.entries()].sort((a, b) => b[1] - a[1]);
  if (ranked.length === 0) return [];
  const best = ranked[0][1];
  // Per 1,000 characters of body, a topic needs more mentions to count.
  const min = Math.max(MIN_SCORE, Math.round(bodyLength / 1500));
  return ranked.filter(([, s]) => s >= min && s >= best * MIN_SHARE).map(([t]) => t);
}

/** A text's tally read on its own; `joinable`: it reads the same inside a text joined with spaces. */
export interface Part {
  tally: Tally;
  /** The length as read (see addOccurrences). */
  length: number;
  joinable: boolean;
}

/**
 * A text is joinable when it is read as written (no "İ", whose lowercasing shifts every later place)
 * and a space after it takes the automaton back to its start without completing a stem, so that no
 * stem runs on over the join and the next text is read as from the start.
 */
export function readPart(text: string, weight: number): Part {
  const tally = newTally();
  const length = addOccurrences(text, weight, tally, 0);
  const joinable = !text.includes(TWO_CHAR_LOWER) && STEP[endRow + CLASS[0x20]] === 0;
  return { tally, length, joinable };
}

/** The tally of parts placed at the given offsets: scores add up, first places are the earliest. */
export function joinParts(placed: ReadonlyArray<readonly [Part, number]>): Tally {
  const total = newTally();
  const stems = STEMS.length;
  for (const [part, offset] of placed) {
    for (let t = 0; t < TOPIC_NAMES.length; t++) {
      total.score[t] += part.tally.score[t];
      const at = offset * stems + part.tally.order[t];
      if (at < total.order[t]) total.order[t] = at;
    }
  }
  return total;
}

/**
 * The letter's topics: topicsFor(headings joined with spaces, texts joined with spaces), from the
 * tallies of the sections' own texts when each reads the same joined (else the joined text is read).
 * Exported for its property test.
 */
export function letterTopics(
  headings: readonly string[],
  texts: readonly string[],
  headingParts: readonly Part[] = headings.map((h) => readPart(h, HEADING_WEIGHT)),
  textParts: readonly Part[] = texts.map((t) => readPart(t, 1)),
): Topic[] {
  const body = texts.reduce((n, t) => n + t.length, 0) + Math.max(0, texts.length - 1);
  if (!headingParts.every((p) => p.joinable) || !textParts.every((p) => p.joinable))
    return topicsFor(headings.join(' '), texts.join(' '));
  const placed: Array<[Part, number]> = [];
  // (no headings: the body still starts after an empty heading and a space)
  let at = headingParts.length === 0 ? 1 : 0;
  for (const p of headingParts) {
    placed.push([p, at]);
    at += p.length + 1;
  }
  // The body is read after the joined headings and a space (at = their length + 1 here).
  for (const p of textParts) {
    placed.push([p, at]);
    at += p.length + 1;
  }
  return topicsOf(scoresOf(joinParts(placed)), body);
}
