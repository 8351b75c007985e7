/**
 * Tables flattened to text (one cell per line, as the official publication's text and copied web
 * pages give them) are no headings. A row label ("Totaal", "Beheer", "Bijdrage hydrologie I&W")
 * has the form of a heading, but what follows it is a number cell, not running text; and a label
 * right after a number cell is the next row's label. A section's heading is followed by its text
 * or by a subheading: a short label followed by another short line that is neither text nor a
 * heading is a cell of a row (text input; in a PDF the font decides). A table's header rows come
 * before its numbers: a label followed only by short one-line labels up to a number cell ("Fosfaat
 * (miljoen kilogram)", "Stikstof (miljoen kilogram)", "Excretie 2018", "Plafond", "Melkvee", "80,7")
 * is a column or row label of the table.
 */
import type { Block } from '../model/document.js';
import { type HeadingContext, type HeadingMatch, headingLike } from './headings.js';
import { isCellLine } from './non-headings.js';

const oneLine = (b: Block | undefined): b is Block => !!b && b.lines.length === 1;

/** How far a run of header cells may reach before the first number cell. */
const HEADER_RUN = 8;
/** A header cell: a short label on a line of its own, no sentence. */
const isLabelCell = (t: string) => t.length <= 40 && !/[.!?:;,]$/.test(t);

/** Lines of a flattened table run together in one block: short lines, a third of them number cells. */
function isTableBlock(b: Block | undefined): boolean {
  if (!b || b.lines.length < 4) return false;
  let cells = 0;
  for (const l of b.lines) {
    const t = l.text.trim();
    if (isCellLine(t)) cells++;
    else if (!isLabelCell(t)) return false;
  }
  return cells * 3 >= b.lines.length;
}

/** Whether block `i` starts a run of short one-line labels that ends in a number cell. */
function cellsAhead(blocks: Block[], i: number): boolean {
  for (let j = i + 1; j < blocks.length && j <= i + HEADER_RUN; j++) {
    const b = blocks[j];
    if (!oneLine(b)) return false;
    const t = b.lines[0].text.trim();
    if (isCellLine(t)) return j > i + 1;
    if (!isLabelCell(t)) return false;
  }
  return false;
}

/** Drops (sets to null) the unnumbered headings of `heads` that are cells of a flattened table. */
export function dropTableCells(
  blocks: Block[],
  heads: Array<HeadingMatch | null>,
  ctx: HeadingContext,
): void {
  // From the end: whether the next block's heading stands is known before this one is decided.
  for (let i = heads.length - 1; i >= 0; i--) {
    const h = heads[i];
    if (!h || h.number !== null) continue;
    // The table's own block, or its header row (two or more labels) right above it.
    const labels = blocks[i].lines.every((l) => isLabelCell(l.text.trim()));
    if (
      !ctx.styled &&
      (isTableBlock(blocks[i]) || (labels && blocks[i].lines.length >= 2 && isTableBlock(blocks[i + 1])))
    ) {
      heads[i] = null;
      continue;
    }
    if (h.lines.length !== blocks[i].lines.length) continue;
    const next = blocks[i + 1];
    const prev = blocks[i - 1];
    if (next && isCellLine(next.lines[0].text)) heads[i] = null;
    else if (oneLine(prev) && isCellLine(prev.lines[0].text)) heads[i] = null;
    else if (!ctx.styled && oneLine(next) && !heads[i + 1] && headingLike(next.lines[0].text))
      heads[i] = null;
    else if (!ctx.styled && cellsAhead(blocks, i)) heads[i] = null;
  }
}
