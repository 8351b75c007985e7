/** The tokens of the text being matched, and the raw matches read over them. */

import { newSpans, type Place } from '../gazetteer.js';

export interface Raw {
  places: Place[];
  start: number;
  end: number;
  last: number;
  /** Sentence number in the text; -1 until contextOf needs it. */
  sentence: number;
  accepted: boolean;
}

export function onlySpace(text: string, from: number, to: number): boolean {
  for (let i = from; i < to; i++) {
    const c = text.charCodeAt(i);
    if (c !== 32 && c !== 10 && c !== 13 && c !== 9 && c !== 0xa0) return false;
  }
  return true;
}

/** Token boundaries of the text being matched: scratch space reused by every call (never results). */
export const spans = newSpans();

/** The token spans of the current text as names.ts reads them. */
export const view = (text: string) => ({ text, start: spans.start, end: spans.end, count: spans.count });

/** Text of token k of the current text. */
export const tokenText = (text: string, k: number) => text.slice(spans.start[k], spans.end[k]);
