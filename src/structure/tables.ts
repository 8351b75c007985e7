/**
 * Tables flattened to text (one cell per line, as the official publication's text and copied web
 * pages give them) are no headings. A row label ("Totaal", "Beheer", "Bijdrage hydrologie I&W")
 * has the form of a heading, but what follows it is a number cell, not running text; and a label
 * right after a number cell is the next row's label. A section's heading is followed by its text
 * or by a subheading: a short label followed by another short line that is neither text nor a
 * heading is a cell of a row (text input; in a PDF the font decides).
 */
import type { Block } from '../model/document.js';
import { type HeadingContext, type HeadingMatch, headingLike } from './headings.js';
import { isCellLine } from './non-headings.js';

const oneLine = (b: Block | undefined): b is Block => !!b && b.lines.length === 1;

/** Drops (sets to null) the unnumbered headings of `heads` that are cells of a flattened table. */
export function dropTableCells(
  blocks: Block[],
  heads: Array<HeadingMatch | null>,
  ctx: HeadingContext,
): void {
  // From the end: whether the next block's heading stands is known before this one is decided.
  for (let i = heads.length - 1; i >= 0; i--) {
    const h = heads[i];
    if (!h || h.number !== null || h.lines.length !== blocks[i].lines.length) continue;
    const next = blocks[i + 1];
    const prev = blocks[i - 1];
    if (next && isCellLine(next.lines[0].text)) heads[i] = null;
    else if (oneLine(prev) && isCellLine(prev.lines[0].text)) heads[i] = null;
    else if (!ctx.styled && oneLine(next) && !heads[i + 1] && headingLike(next.lines[0].text))
      heads[i] = null;
  }
}
