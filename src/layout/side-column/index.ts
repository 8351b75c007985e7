/**
 * The Rijksoverheid house style's side column, in text taken from the ministry's PDF by common
 * tools. The template prints a narrow column at the right of every page: the ministry
 * ("Ministerie van" / "Infrastructuur en" / "Waterstaat"), the unit ("Directoraat-generaal" /
 * "Bedrijfsleven & Innovatie"), "Bezoekadres", street, postcode, "Postadres", "Postbus 20901",
 * "T 070 379 8911 (algemeen)", "www.rijksoverheid.nl/ezk", "Overheidsidentificatienr", labelled
 * fields ("Ons kenmerk" / "DGBI / 26844711", "Kenmerk", "Uw kenmerk", "Bijlage(n)", "Datum"), and
 * "Pagina 2 van 8". Text tools print that column wherever its boxes fall in their reading order:
 * between two body lines, often in mid-sentence, and some (pdfminer-style) space out letters
 * ("P agina 2 van 7", "2 5 00 E X Den Haag", "Inf rastructuur"). Every test below therefore runs
 * on the line without its spaces as well.
 *
 * Two steps, before the general text rules:
 *  - a text without page marks whose pages each end in "Pagina N van M" is cut into pages there;
 *  - the column's lines are taken out into the furniture layer, wherever they stand; its fields
 *    (date, reference, subject, ministry) are read as header fields. The body lines around them
 *    join up again, so a sentence the column split reads whole.
 */

import type { KDocument } from '../../model/document.js';
import { paginateByLabels } from './pages.js';
import { type Ctx, keepBody, takeColumn } from './take.js';

export { firstTight, isStreet, kindByForm, PAGE_LABEL, STREET, sideKind } from './forms.js';
export { paginateByLabels } from './pages.js';

/**
 * Text taken from a house-style PDF: cut into pages, take the side column out. Returns whether
 * it cut the text into pages (then each page's end is known: its footnotes can be read first).
 */
export function sideColumnText(doc: KDocument): boolean {
  if (doc.raw.format !== 'text' || doc.raw.textShape !== 'pdf-text') return false;
  const cut = paginateByLabels(doc);
  const ctx: Ctx = { doc, remove: new Set() };
  const pages = doc.raw.pages;
  for (const [p, page] of pages.entries()) {
    const had = page.lines.length;
    const removed = ctx.remove.size;
    takeColumn(ctx, page.lines, p === 0, !cut);
    // (a page without column lines stays as it is)
    if (ctx.remove.size > removed) page.lines = keepBody(page.lines, ctx.remove);
    // A page that held nothing but the column (a page header printed before its page) is no page.
    if (!cut && had > 0 && page.lines.length === 0 && p + 1 < pages.length) page.number = -1;
  }
  if (!cut) doc.raw.pages = pages.filter((page) => page.number !== -1);
  return cut;
}
