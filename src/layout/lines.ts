/** Lines of pages: all of them in order, and the kept ones after a rule took some out. */
import type { Line } from '../model/page.js';

/** All lines of all pages in order (what pages.flatMap((p) => p.lines) gives, without its generic cost). */
export function allLines(pages: readonly { lines: Line[] }[]): Line[] {
  const all: Line[] = [];
  for (const page of pages) for (const line of page.lines) all.push(line);
  return all;
}

/** Drop removed lines; a gap before a removed line carries over to the next kept line on the page. */
export function keepLines(lines: Line[], remove: Set<Line>): Line[] {
  const kept: Line[] = [];
  let carry = false;
  for (const l of lines) {
    if (remove.has(l)) {
      carry ||= !!l.gapBefore;
      continue;
    }
    if (carry && kept.length > 0) l.gapBefore = true;
    carry = false;
    kept.push(l);
  }
  return kept;
}
