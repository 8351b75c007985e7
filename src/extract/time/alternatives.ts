/**
 * Two times joined by a slash or "of" name one span: "eind maart/begin april 2025", "eind maart of
 * begin april", "in 2025 of 2026". The span keeps the first's timex and modifier, as a range does
 * (refiners/range.ts), and covers both: from the first's start to the second's end. Only times in
 * order, close together (within about a year), and neither of them vague.
 */
import type { TimeExpression } from './types.js';

const JOINER = /^\s*(?:\/|of)\s*$/i;
const VAGUE = new Set(['FUTURE_REF', 'PAST_REF', 'PRESENT_REF']);
const DAY_MS = 86_400_000;
const MAX_SPAN_DAYS = 400;

function joinable(a: TimeExpression, b: TimeExpression): boolean {
  if (!a.start || !a.end || !b.start || !b.end) return false;
  if (VAGUE.has(a.timex ?? '') || VAGUE.has(b.timex ?? '')) return false;
  if (a.end >= b.start) return false;
  return (Date.parse(b.end) - Date.parse(a.start)) / DAY_MS <= MAX_SPAN_DAYS;
}

/** `list` (in text order, from findTimeExpressions) with alternatives joined into one span. */
export function joinAlternatives(text: string, list: TimeExpression[]): TimeExpression[] {
  if (list.length < 2) return list;
  const out: TimeExpression[] = [];
  for (let i = 0; i < list.length; i++) {
    const a = list[i] as TimeExpression;
    const b = list[i + 1];
    if (b && joinable(a, b)) {
      const between = text.slice(a.index + a.text.length, b.index);
      if (between.length <= 6 && JOINER.test(between)) {
        out.push({
          ...a,
          text: `${a.text}${between.replace(/\s+/g, ' ')}${b.text}`,
          end: b.end,
          // the second's year anchors the first ("eind maart/begin april 2025"), as in a range
          relative: a.relative && b.relative,
        });
        i++;
        continue;
      }
    }
    out.push(a);
  }
  return out;
}
