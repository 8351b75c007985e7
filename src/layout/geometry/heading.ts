/**
 * The letter's heading by position: the template's right-hand column (labelled fields, the ministry,
 * letterhead and address lines) and on page 1 the return address, the addressee and the heading's fields.
 */
import { FIELD_LINE } from '../../lexicon/fields.js';
import { ADDRESSEE_START } from '../../lexicon/opening.js';
import {
  CONTACT,
  EMAIL_LINE,
  PAGE_NUMBER,
  POSTBUS,
  POSTCODE,
  RETURN_ADDRESS,
  WEBSITE,
} from '../../lexicon/page-furniture.js';
import { ENDS_SENTENCE } from '../../lexicon/punctuation.js';
import type { KDocument } from '../../model/document.js';
import type { Line, Page } from '../../model/page.js';
import { type FieldLimits, labelledField } from '../fields.js';
import { type MinistryLimits, ministryBlock } from '../ministry-block.js';
import { addField, type Ctx, furnish, type Kind } from './context.js';
import { isPageLabel } from './margins.js';

/** A street line of an address: "Rijnstraat 8", "Turfmarkt 147", "Schedeldoekshaven 100". */
const STREET = /^\p{Lu}[\p{L}'’. -]{1,40}\s\d{1,4}(?:\s?[a-zA-Z]{1,2})?(?:[-–]\d{1,4})?$/u;
const isLabel = (line: Line) => FIELD_LINE.test(line.text);

/** The geometry pass's field limits: a value may stand a little below its label, ends at a label, a page label or a contact line. */
const fieldLimits = (boldLabels: boolean): FieldLimits => ({
  sameLine: () => true,
  maxValueLines: (label) => (/^(?:Betreft|Onderwerp|Bijlage)/i.test(label) ? 4 : 3),
  endsValue: (l, labelLine, values) =>
    // Some templates space the column's lines apart: the first value line may stand a little below its label.
    (l.gapBefore && !(values.length === 0 && closeBelow(l, labelLine))) ||
    isLabel(l) ||
    isPageLabel(l.text) ||
    (boldLabels && l.bold && !labelLine.bold) ||
    (boldLabels && !!labelLine.bold && !!l.bold) ||
    // Contact lines under a name ("T 070 ...", "E naam@minvro.nl") are not part of the value.
    (values.length > 0 && addressKind(l.text) === 'header'),
  emptyValue: true,
  boldLabels,
});
/** The right-hand column: labels in bold head their blocks. */
const SIDE_FIELDS = fieldLimits(true);
/** The heading of page 1. */
const HEADING_FIELDS = fieldLimits(false);

/** A line within two and a half lines below another (by its font size). */
function closeBelow(l: Line, above: Line): boolean {
  if (l.y === undefined || above.y === undefined) return false;
  const dy = l.y - above.y;
  return dy > 0 && dy <= 2.5 * (above.size ?? l.size ?? 10);
}

/** "Ministerie van" and its continuation lines, until a gap, a label, an address or a sentence's end. */
const MINISTRY: MinistryLimits = {
  firstLine: (l) => l.text.length <= 80,
  maxLines: 4,
  endsBlock: (l, block) =>
    !!l.gapBefore ||
    isLabel(l) ||
    isPageLabel(l.text) ||
    !!addressKind(l.text) ||
    ENDS_SENTENCE.test(block[block.length - 1].text),
  bodyAfter: () => false,
};

function addressKind(text: string): Kind | null {
  if (POSTBUS.test(text) || POSTCODE.test(text) || STREET.test(text)) return 'address';
  if (WEBSITE.test(text) || CONTACT.test(text) || EMAIL_LINE.test(text)) return 'header';
  return null;
}

/** Every line of the right-hand column is furniture; fields and the ministry are read from it. */
export function sideColumn(ctx: Ctx, page: Page): void {
  const lines = page.lines.filter((l) => l.column === 'side');
  for (let i = 0; i < lines.length; ) {
    const line = lines[i];
    const used =
      labelledField(ctx.sink, lines, i, SIDE_FIELDS) || ministryBlock(ctx.sink, lines, i, MINISTRY);
    if (used) {
      i += used;
      continue;
    }
    if (PAGE_NUMBER.test(line.text)) {
      furnish(ctx, line, 'page-number');
      i++;
      continue;
    }
    furnish(ctx, line, addressKind(line.text) ?? 'header');
    i++;
  }
}

/** The sender's return line without the word "Retouradres": "Belastingdienst, Postbus 418, 9700 AK Groningen". */
const SENDER_LINE = /^[\p{L} .&-]{2,60}, Postbus \d{1,6},? \d{4}\s?[A-Z]{2},? \p{L}[\p{L} .'-]{1,40}$/u;
/** One word of capitals and digits, both, of 8 to 30 characters: a document code, no text. */
const DOCUMENT_CODE = /^(?=[A-Z0-9/-]*\d)(?=[A-Z0-9/-]*[A-Z])[A-Z0-9/-]{8,30}$/;

/**
 * Page 1: the return-address line, the letterhead above it, the addressee block below it
 * (name lines → field 'Aan', the whole block → 'address'), and labelled fields of the heading,
 * up to the first line of running text.
 */
export function firstPageHeading(ctx: Ctx, page: Page): void {
  const lines = page.lines.filter((l) => l.column !== 'side' && !ctx.remove.has(l));
  const ret = lines.findIndex((l) => RETURN_ADDRESS.test(l.text) || SENDER_LINE.test(l.text));
  let start = 0;
  if (ret >= 0) {
    for (let i = 0; i < ret; i++) {
      if (ministryBlock(ctx.sink, lines, i, MINISTRY) === 0) furnish(ctx, lines[i], 'header');
    }
    furnish(ctx, lines[ret], 'return-address');
    start = ret + 1;
  }
  for (let i = start; i < lines.length; ) {
    const line = lines[i];
    const t = line.text;
    if (ctx.remove.has(line)) {
      i++;
      continue;
    }
    // The addressee: the block right after the return address, or one that opens with "Aan de ...".
    if ((ret >= 0 && i === start) || ADDRESSEE_START.test(t)) {
      const used = addressee(ctx, lines, i);
      if (used) {
        i += used;
        continue;
      }
    }
    const used =
      labelledField(ctx.sink, lines, i, HEADING_FIELDS) || ministryBlock(ctx.sink, lines, i, MINISTRY);
    if (used) {
      i += used;
      continue;
    }
    const kind = addressKind(t);
    if (kind === 'address' && POSTBUS.test(t)) {
      furnish(ctx, line, kind);
      i++;
      continue;
    }
    // A document code or barcode number printed in the heading ("3001GE29215").
    if (DOCUMENT_CODE.test(t)) {
      furnish(ctx, line, 'header');
      i++;
      continue;
    }
    // Running text starts the body: the heading zone ends here ("Per e-mail verzonden:" does not).
    // A line without letters (". ." where a name was blacked out) ends nothing either.
    if (t.length > 60 || (ENDS_SENTENCE.test(t) && !(t.endsWith(':') && t.length <= 40) && /\p{L}/u.test(t)))
      break;
    i++;
  }
}

/** An address block: name lines, then Postbus/street and postcode lines, up to a vertical gap. */
function addressee(ctx: Ctx, lines: Line[], i: number): number {
  // A labelled field ("Datum 6 september 2021") is no addressee, even right under the return address.
  if (isLabel(lines[i])) return 0;
  const block: Line[] = [];
  for (let j = i; j < lines.length && block.length < 8; j++) {
    if (j > i && lines[j].gapBefore) break;
    block.push(lines[j]);
  }
  const postal = block.findIndex((l) => POSTBUS.test(l.text) || POSTCODE.test(l.text) || STREET.test(l.text));
  // Without a postal line, only a block that names the addressee ("Aan de ...") counts.
  if (postal < 0 && !ADDRESSEE_START.test(block[0].text)) return 0;
  if (block.some((l) => l.text.length > 90 || (ENDS_SENTENCE.test(l.text) && !/\.$/.test(l.text)))) return 0;
  const names = postal < 0 ? block : block.slice(0, postal);
  if (names.length > 0) addField(ctx, 'Aan', names.map((l) => l.text).join(' '), lines[i].page);
  for (const l of block) furnish(ctx, l, 'address');
  return block.length;
}
/**
 * The side column on a page where the reader did not mark it (its left edge differs from the
 * other pages'): small print right of 60% of the page, from the left edge of the page's own
 * "Pagina N van M" on, where no body line at its height runs into it.
 */
export function adoptSideColumn(doc: KDocument): void {
  const body = doc.raw.bodySize;
  if (body === undefined) return;
  for (const page of doc.raw.pages) {
    const width = page.width;
    if (width === undefined) continue;
    const label = page.lines.find((l) => isPageLabel(l.text) && (l.x ?? 0) >= 0.6 * width);
    if (!label || label.x === undefined) continue;
    const edge = label.x - 8;
    // Body lines that reach into the column's band, by their height on the page.
    const reaching = page.lines.filter(
      (l) => l.x !== undefined && l.width !== undefined && l.x < 0.4 * width && l.x + l.width > edge,
    );
    for (const l of page.lines) {
      if (l.column === 'side' || l.x === undefined || l.x < edge || l.x < 0.6 * width) continue;
      if (l.size === undefined || l.size >= 0.85 * body || l.text.length > 45) continue;
      const y = l.y ?? 0;
      if (reaching.some((r) => Math.abs((r.y ?? 0) - y) < 4)) continue;
      l.column = 'side';
    }
  }
}
