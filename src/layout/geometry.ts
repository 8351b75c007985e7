/**
 * Layout rules that need positions and fonts (PDF input). They run before the text rules and
 * take out of the pages what geometry tells apart better than text:
 *  - the template's right-hand column (Line.column 'side'): letterhead, address, labelled fields
 *    ("Datum", "Onze referentie", ... and any bold label heading a block), "Pagina N van M";
 *  - on page 1: the "Retouradres" line, the letterhead above it, the addressee block below it,
 *    and labelled fields of the heading ("Datum 1 maart 2011", "Onderwerp ...");
 *  - running headers and footers: the same line (digits aside) at the same height on several pages;
 *  - page numbers in the top or bottom margin;
 *  - footnotes: the run of lines in a clearly smaller font at the bottom of a page that starts
 *    with a number; continuation lines join their footnote;
 *  - tiny print in the bottom margin (colophon, document code) that is no footnote.
 * Headings and paragraphs are not decided here.
 *
 * The rules, in geometry/: heading (side column, page 1's heading), margins (page numbers, running
 * headers and footers, tiny print), footnotes, printed-fields (a stamped date, a title as subject).
 */
import type { KDocument } from '../model/document.js';
import type { Line } from '../model/page.js';
import { addField, type Ctx, furnish } from './geometry/context.js';
import { footnotes } from './geometry/footnotes.js';
import { adoptSideColumn, firstPageHeading, sideColumn } from './geometry/heading.js';
import {
  BARE_PAGE_NUMBER,
  isPageLabel,
  pageNumbers,
  runningCandidates,
  tinyPrint,
} from './geometry/margins.js';
import { stampedDate, titleAsSubject } from './geometry/printed-fields.js';
import { keepLines } from './lines.js';

export function geometryLayout(doc: KDocument): void {
  const ctx: Ctx = {
    doc,
    remove: new Set(),
    found: [],
    sink: {
      furnish: (line, kind) => furnish(ctx, line, kind),
      field: (label, value, page) => addField(ctx, label, value, page),
    },
  };
  const pages = doc.raw.pages;
  adoptSideColumn(doc);
  for (const page of pages) sideColumn(ctx, page);
  if (pages.length > 0) firstPageHeading(ctx, pages[0]);
  pageNumbers(ctx);
  const running = runningCandidates(ctx);
  footnotes(ctx, running);
  for (const [line, kind] of running) {
    furnish(ctx, line, BARE_PAGE_NUMBER.test(line.text) || isPageLabel(line.text) ? 'page-number' : kind);
  }
  tinyPrint(ctx);
  stampedDate(ctx);
  titleAsSubject(ctx);
  // The letter's own header is on its first page: its fields come before those of pages further on
  // (an enclosed document's side column repeats the labels with other values).
  ctx.doc.fields.sort((a, b) => (a.page ?? Number.POSITIVE_INFINITY) - (b.page ?? Number.POSITIVE_INFINITY));
  // The furniture layer in reading order: page by page, in the order of the page's lines.
  const position = new Map<Line, number>();
  let n = 0;
  for (const page of pages) for (const line of page.lines) position.set(line, n++);
  ctx.found.sort((a, b) => (position.get(a.line) ?? 0) - (position.get(b.line) ?? 0));
  doc.furniture.push(...ctx.found.map((f) => f.furniture));
  for (const page of pages) page.lines = keepLines(page.lines, ctx.remove);
}
