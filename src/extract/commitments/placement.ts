/**
 * Where a time expression stands against the letter date (past, future, vague, loose), how far it
 * is from a cue, and the time as the contract gives it.
 */
import { ENTERS_INTO_FORCE } from '../../lexicon/verbs.js';
import type { When } from '../../model/letter.js';
import type { TimeExpression } from '../time/index.js';
import { TIME_NOUNS, type TimeRole } from '../time-role.js';

export const DAY = 86_400_000;

/** Words that anchor a relative expression to the letter date ("komend voorjaar", "dit jaar", "1 juli a.s."). */
export const RELATIVE_ANCHOR =
  /\b(?:dit|deze|komende?|volgende?|vorige?|afgelopen|aanstaande|jaar|binnenkort)\b|a\.s\.|jl\./i;
export const toTime = (iso: string | null) => (iso ? Date.parse(`${iso}T00:00:00Z`) : null);

export interface Placed {
  expression: TimeExpression;
  /** The whole interval lies before the letter date. */
  past: boolean;
  /** The whole interval lies after the letter date (or the expression looks forward: FUTURE_REF). */
  future: boolean;
  /** A vague, long period ("de komende jaren"): counts only with an explicit future form. */
  vagueLong: boolean;
  /** Written without a year and not anchored by a relative word ("in december", "in het voorjaar"). */
  loose: boolean;
  /** What the time does in the sentence (see time-role.ts); null: it says when. */
  role: TimeRole;
}

export function place(expression: TimeExpression, ref: number | null, role: TimeRole = null): Placed {
  const start = toTime(expression.start);
  const end = toTime(expression.end);
  const isFutureRef = expression.timex === 'FUTURE_REF';
  const isPastRef = expression.timex === 'PAST_REF';
  const past = isPastRef || role === 'earlier' || (ref !== null && end !== null && end < ref);
  // Mostly after the letter date: wholly after it, a deadline or period end still ahead
  // ("eind dit jaar", "voor de zomer"), or a period most of which is still to come ("dit jaar" in February).
  let future = isFutureRef;
  if (!future && ref !== null && start !== null && start > ref) future = true;
  if (!future && ref !== null && (end === null || end >= ref)) {
    if (expression.modifier === 'before' || expression.modifier === 'end') future = end !== null;
    else if (start !== null && end !== null) future = end - ref > ref - start;
    // "Vanaf 2023 komt er ..." in February 2023: from this year on (not "sinds", which looks back)
    else if (expression.modifier === 'after' && start !== null && end === null)
      future = expression.timex === String(new Date(ref).getUTCFullYear()) && !SINCE.test(expression.text);
  }
  if (role === 'earlier') future = false;
  const vagueLong = isFutureRef && (end === null ? false : ref !== null && end - ref > 366 * DAY);
  const loose =
    expression.relative &&
    !isFutureRef &&
    !isPastRef &&
    !/\d/.test(expression.text) &&
    !RELATIVE_ANCHOR.test(expression.text);
  return { expression, past, future, vagueLong, loose, role };
}

export const SINCE = /^(?:sinds|sedert)\s/i;

/** "de brief van 12 mei 2024", "de Raadsconclusies van 1 december 2020", "het advies d.d. 3 juni": a document's date. */
export const DOCUMENT_DATE_BEFORE = /(\p{L}+)\s+(?:van|d\.d\.)\s+$/u;

/** A date or month that names when a document was issued, not when something will happen. */
export function isDocumentDate(text: string, e: TimeExpression): boolean {
  if (!e.timex || e.timex.length < 7 || /^[A-Z_]+$/.test(e.timex)) return false;
  const window = text.slice(Math.max(0, e.index - 40), e.index);
  // The pattern ends in "van" or "d.d." and white space: only such a window is tried.
  const tail = window.trimEnd();
  if (tail.length === window.length || !(tail.endsWith('van') || tail.endsWith('d.d.'))) return false;
  const before = DOCUMENT_DATE_BEFORE.exec(window);
  return before?.[1] !== undefined && !TIME_NOUNS.has(before[1].toLowerCase());
}

/** Distance from an expression to the nearest cue; `cues` is sorted (binary search keeps long texts linear-ish). */
export function distance(expression: TimeExpression, cues: readonly number[]): number {
  if (cues.length === 0) return 0;
  let lo = 0;
  let hi = cues.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((cues[mid] ?? 0) < expression.index) lo = mid + 1;
    else hi = mid;
  }
  const after = cues[lo];
  const before = cues[lo - 1];
  return Math.min(
    after === undefined ? Number.POSITIVE_INFINITY : after - expression.index,
    before === undefined ? Number.POSITIVE_INFINITY : expression.index - before,
  );
}

export const UNDATED: When = {
  text: '',
  timex: null,
  modifier: null,
  start: null,
  end: null,
  relative: false,
};

/**
 * The time as the contract gives it: a TIMEX3 date value or null. A vague time ("de komende jaren",
 * "binnenkort") is a time the letter names, not a date: its internal value (FUTURE_REF, PAST_REF)
 * and the span guessed from it stay inside, so it gets timex null and no start or end; `relative`
 * keeps it listed among the dated commitments.
 */
export function toWhen(e: TimeExpression): When {
  if (e.timex !== null && VAGUE_TIMEX.has(e.timex))
    return { text: e.text, timex: null, modifier: null, start: null, end: null, relative: true };
  return {
    text: e.text,
    timex: e.timex,
    modifier: e.modifier,
    start: e.start,
    end: e.end,
    relative: e.relative,
  };
}

export const VAGUE_TIMEX = new Set(['FUTURE_REF', 'PAST_REF', 'PRESENT_REF']);

/** Verbs of entry into force: an event that happens on one day ("treedt per 1 januari 2022 in werking"). */
export const ENTRY_INTO_FORCE = new RegExp(
  `(?<![\\p{L}])(?:${ENTERS_INTO_FORCE}|in\\s*werking\\s+(?:te\\s+)?laten\\s+treden|gaat\\s+(?:\\S+\\s+){0,6}?in(?![\\p{L}])|ingaat|ingaan)`,
  'iu',
);

/**
 * "per 1 januari 2022" with a verb of entry into force is the day it happens (the law is in force
 * from then on, but the event, the entry, is on that day); with a verb of state ("geldt per ...") it
 * stays "after".
 */
export function onTheDay(text: string, when: When): When {
  if (when.modifier !== 'after' || !when.timex || !/^\d{4}-\d\d-\d\d$/.test(when.timex)) return when;
  if (!/^(?:per|met\s+ingang\s+van|m\.i\.v\.)\s/iu.test(when.text) || !ENTRY_INTO_FORCE.test(text))
    return when;
  return { ...when, modifier: null, start: when.timex, end: when.timex };
}
