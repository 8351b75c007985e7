/**
 * A letter as the Rijksoverheid.nl site (and its mirrors) shows it: the site's summary sentence(s),
 * the publication date alone on a line, the document type ("Kamerstuk: kamerbrief"), then the
 * letter from its salutation; after the signature, the site's list of attachments ("Bijlagen" and
 * their titles). The site's parts leave the body; the date is read as the letter's date.
 */

import { MONTH_ALTERNATION } from '../lexicon/months.js';
import { SALUTATION } from '../lexicon/opening.js';
import type { KDocument } from '../model/document.js';
import type { Line } from '../model/page.js';
import { keepLines } from './lines.js';

/** The site's document-type label: "Kamerstuk: kamerbrief", "Kamerstuk: Kamervragen". */
export const SITE_TYPE = /^(?:Kamerstuk|Publicatie|Document|Rapport)\s?:\s?[\p{L} -]{3,40}$/u;
/** A date alone on its line: "22 november 2022". */
export const DATE_ALONE = new RegExp(String.raw`^\d{1,2} (?:${MONTH_ALTERNATION}) \d{4}$`, 'i');
/** The site's attachments heading after the signature. */
const ATTACHMENTS = /^Bijlagen?$/;

export function sitePage(doc: KDocument): void {
  const pages = doc.raw.pages;
  const first = pages[0]?.lines ?? [];
  // The heading: summary, date, type labels, up to the salutation (within the first lines).
  const salutation = first.findIndex((l, i) => i < 12 && SALUTATION.test(l.text));
  if (salutation < 0) return;
  const types = first.slice(0, salutation).filter((l) => SITE_TYPE.test(l.text));
  if (types.length === 0) return;
  const remove = new Set<Line>(types);
  const dateAt = first.findIndex((l, i) => i < salutation && DATE_ALONE.test(l.text));
  for (const l of types) doc.furniture.push({ kind: 'header', text: l.text, page: l.page });
  if (dateAt >= 0) {
    const date = first[dateAt];
    remove.add(date);
    doc.furniture.push({ kind: 'field', text: date.text, page: date.page });
    if (!doc.fields.some((f) => f.label === 'Datum'))
      doc.fields.push({ label: 'Datum', value: date.text, page: date.page });
    // The site's summary: the lines above the date.
    for (const l of first.slice(0, dateAt)) {
      remove.add(l);
      doc.furniture.push({ kind: 'header', text: l.text, page: l.page });
    }
  }
  pages[0].lines = keepLines(first, remove);
  attachmentList(doc);
}

/** "Bijlagen" near the end with only titles after it (no sentence): the site's list of attachments. */
function attachmentList(doc: KDocument): void {
  const last = doc.raw.pages[doc.raw.pages.length - 1];
  if (!last) return;
  const lines = last.lines;
  const at = lines.findLastIndex((l) => ATTACHMENTS.test(l.text));
  if (at < 0 || lines.length - at > 12) return;
  const titles = lines.slice(at + 1);
  if (titles.length === 0 || titles.some((l) => l.text.length > 160 || /[.!?:;]$/.test(l.text))) return;
  const remove = new Set<Line>([lines[at], ...titles]);
  for (const l of remove) doc.furniture.push({ kind: 'other', text: l.text, page: l.page });
  last.lines = keepLines(lines, remove);
}
