/** Cutting a text without page marks into pages at its "Pagina N van M" labels. */

import type { KDocument } from '../../model/document.js';
import { PAGE_LABEL, tight } from './forms.js';

/**
 * A text without page marks whose pages end in "Pagina N van M" (as pdfminer-style tools print
 * the column's last line) is cut into pages after each such line. Only labels that count up
 * from 1 with one page count cut; returns whether it did.
 */
export function paginateByLabels(doc: KDocument): boolean {
  const pages = doc.raw.pages;
  if (pages.length !== 1) return false;
  const lines = pages[0].lines;
  const cuts: Array<{ at: number; page: number }> = [];
  let total = -1;
  for (let i = 0; i < lines.length; i++) {
    const text = lines[i].text;
    if (text.length > 24) continue;
    const m = PAGE_LABEL.exec(tight(text));
    if (!m) continue;
    const [n, of] = [Number(m[1]), Number(m[2])];
    if (total < 0) total = of;
    if (of !== total || n !== cuts.length + 1) return false;
    cuts.push({ at: i, page: n });
  }
  if (cuts.length < 2) return false;
  const out: KDocument['raw']['pages'] = [];
  let from = 0;
  for (const cut of cuts) {
    out.push({ number: cut.page, lines: lines.slice(from, cut.at + 1) });
    from = cut.at + 1;
  }
  if (from < lines.length) out.push({ number: cuts.length + 1, lines: lines.slice(from) });
  for (const page of out) for (const l of page.lines) l.page = page.number;
  doc.raw.pages = out;
  doc.raw.pageCount = Math.max(total, out.length);
  return true;
}
