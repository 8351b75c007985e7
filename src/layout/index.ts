/**
 * The layout stage: pages of lines → furniture layer, header fields, footnotes, closing,
 * and body blocks. PDF input first goes through the geometry rules (positions and fonts);
 * the text rules then run on whatever lines remain, for every format.
 */

import { ENDS_SENTENCE } from '../lexicon/punctuation.js';
import type { Block, KDocument } from '../model/document.js';
import type { Line } from '../model/page.js';
import { findClosing } from './closing.js';
import { questionNotes, stripMarkers, textFootnotes } from './footnotes.js';
import { textFurniture } from './furniture.js';
import { geometryLayout } from './geometry.js';
import { allLines } from './lines.js';
import { joinMotionSigners } from './motion.js';
import { sideColumnText } from './side-column.js';
import { sitePage } from './site-page.js';

export function layout(doc: KDocument): void {
  if (doc.raw.format === 'pdf' || doc.raw.sideColumn) geometryLayout(doc);
  // Pages cut at their "Pagina N van M" end in their footnotes: read those before other rules take a line of them.
  if (doc.raw.format === 'text') sitePage(doc);
  if (sideColumnText(doc)) textFootnotes(doc);
  textFurniture(doc);
  textFootnotes(doc);
  stripMarkers(doc);
  questionNotes(doc);

  findClosing(doc);
  joinMotionSigners(doc);
  doc.blocks = buildBlocks(allLines(doc.raw.pages));
}

const NUMBERED_START = /^(?:\d{1,2}(?:\.\d{1,2})*\.?|[IVX]{1,4}\.)\s+\p{Lu}/u;

/**
 * Body lines → blocks, split at blank lines (text) or vertical gaps (PDF). At a page break the
 * text runs on unless the previous page ended a sentence and the new page starts a block-like line.
 */
export function buildBlocks(lines: Line[]): Block[] {
  const blocks: Block[] = [];
  let current: Line[] = [];
  let prev: Line | null = null;
  for (const line of lines) {
    let split = !!line.gapBefore;
    if (prev && line.page !== prev.page) {
      split =
        (ENDS_SENTENCE.test(prev.text) &&
          (!!line.gapBefore || NUMBERED_START.test(line.text) || /^\p{Lu}/u.test(line.text))) ||
        // A styled line (a heading) at the top of a page starts a block whatever the page before ended with.
        (!!line.bold && !prev.bold) ||
        // A heading does not run on over a page break: a short bold line ending a page stands alone.
        (!!line.bold && !!prev.bold && prev.text.length <= 60 && !ENDS_SENTENCE.test(prev.text)) ||
        // Two styled lines with a gap between (a signature taken out between two headings) are two blocks.
        (!!line.bold && !!prev.bold && !!line.gapBefore) ||
        (!!line.size && !!prev.size && line.size > prev.size * 1.15);
    }
    if (split && current.length > 0) {
      blocks.push({ lines: current, page: current[0].page });
      current = [];
    }
    current.push(line);
    prev = line;
  }
  if (current.length > 0) blocks.push({ lines: current, page: current[0].page });
  return blocks;
}
