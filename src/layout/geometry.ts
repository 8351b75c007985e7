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
 */

import { FIELD_LINE } from '../lexicon/fields.js';
import { MONTH_ALTERNATION } from '../lexicon/months.js';
import { classifyHeaderLine } from '../lexicon/official-header.js';
import { ADDRESSEE_START } from '../lexicon/opening.js';
import {
  CONTACT,
  EMAIL_LINE,
  PAGE_NUMBER,
  POSTBUS,
  POSTCODE,
  RETURN_ADDRESS,
  WEBSITE,
} from '../lexicon/page-furniture.js';
import { ENDS_SENTENCE } from '../lexicon/punctuation.js';
import type { KDocument } from '../model/document.js';
import type { Furniture } from '../model/letter.js';
import type { Line, Page } from '../model/page.js';
import { type FieldLimits, type FurnitureSink, labelledField } from './fields.js';
import { keepLines } from './furniture.js';
import { type MinistryLimits, ministryBlock } from './ministry-block.js';

type Kind = Furniture['kind'];

/** A street line of an address: "Rijnstraat 8", "Turfmarkt 147", "Schedeldoekshaven 100". */
const STREET = /^\p{Lu}[\p{L}'’. -]{1,40}\s\d{1,4}(?:\s?[a-zA-Z]{1,2})?(?:[-–]\d{1,4})?$/u;
/** "1 Tweede Kamer, ..." or "1. ..." or "1) ...": a footnote's first line. Group 1: number, 2: text. */
const FOOTNOTE_START = /^(\d{1,3})[.)]?\s+(\S.*)$/;
/** A bare page number, "- 3 -", "3/10", "3 / 10", "Pagina 3 van 10". */
const BARE_PAGE_NUMBER = /^(?:[-–]\s?\d{1,4}\s?[-–]|\d{1,4}(?:\s?\/\s?\d{1,4})?)$/;
const DIGITS = /\d+/g;
/** The last word of a line is a URL broken over the line end. */
const URL_START = /^(?:https?:\/\/|www\.)/i;
const URL_BREAK = /[/\-_.=?&]$/;
const brokenUrl = (text: string) => {
  const last = text.slice(text.lastIndexOf(' ') + 1);
  return URL_START.test(last) && URL_BREAK.test(last);
};

/** Relative size under which a line is set in a smaller font than the body. */
const SMALL = 0.95;
/** Relative size of tiny print (colophons, document codes). */
const TINY = 0.7;

interface Ctx {
  doc: KDocument;
  remove: Set<Line>;
  /** The furniture found, with the line it came from (to list it in reading order). */
  found: Array<{ furniture: Furniture; line: Line }>;
  /** furnish and addField, for the rules shared with the text pass. */
  sink: FurnitureSink;
}

function furnish(ctx: Ctx, line: Line, kind: Kind): void {
  if (ctx.remove.has(line)) return;
  ctx.remove.add(line);
  ctx.found.push({ furniture: { kind, text: line.text, page: line.page }, line });
}

function addField(ctx: Ctx, label: string, value: string, page: number | null): void {
  const v = value.replace(/\s+/g, ' ').trim();
  if (!v) return;
  if (ctx.doc.fields.some((f) => f.label === label && f.value === v)) return;
  ctx.doc.fields.push({ label, value: v, page });
}

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
function sideColumn(ctx: Ctx, page: Page): void {
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
function firstPageHeading(ctx: Ctx, page: Page): void {
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

const withoutDigits = (s: string) => s.replace(DIGITS, '#').toLowerCase();
const PAGE_WORD = /^(?:Pagina|Blad|Page|Pag\.)\s/i;
/** "Pagina 3 van 10" and the like: a page number by its words, wherever it stands. */
const isPageLabel = (text: string) => PAGE_WORD.test(text) && PAGE_NUMBER.test(text);

/** Page numbers in the top or bottom margin: "Pagina 3 van 10", "3", "- 3 -", "3/10". */
function pageNumbers(ctx: Ctx): void {
  for (const page of ctx.doc.raw.pages) {
    const height = page.height;
    for (const line of page.lines) {
      if (ctx.remove.has(line)) continue;
      if (isPageLabel(line.text)) {
        furnish(ctx, line, 'page-number');
        continue;
      }
      if (height === undefined || line.y === undefined) continue;
      const inMargin = line.y < 0.1 * height || line.y > 0.88 * height;
      if (inMargin && BARE_PAGE_NUMBER.test(line.text) && isolated(ctx, page, line))
        furnish(ctx, line, 'page-number');
    }
  }
}

/**
 * Running headers and footers: the same line (digits aside) at the same height (within 3 pt) on
 * other pages, in the top or bottom 15% of the page, or on at least half of the pages (and 3).
 */
function runningCandidates(ctx: Ctx): Map<Line, Kind> {
  const pages = ctx.doc.raw.pages;
  const seen = new Map<string, Array<{ line: Line; page: number }>>();
  pages.forEach((page, p) => {
    for (const line of page.lines) {
      if (ctx.remove.has(line) || line.y === undefined) continue;
      if (line.text.length < 2 && !BARE_PAGE_NUMBER.test(line.text)) continue;
      const key = withoutDigits(line.text);
      const list = seen.get(key);
      if (list) list.push({ line, page: p });
      else seen.set(key, [{ line, page: p }]);
    }
  });
  const pageCount = pages.filter((p) => p.lines.length > 0).length;
  const found = new Map<Line, Kind>();
  for (const list of seen.values()) {
    if (list.length < 2) continue;
    for (const { line, page } of list) {
      const height = pages[page].height;
      const y = line.y as number;
      const others = list.filter((o) => o.page !== page && Math.abs((o.line.y as number) - y) <= 3);
      const samePlace = new Set(others.map((o) => o.page));
      if (samePlace.size === 0 || !sameOrPaged([{ line, page }, ...others], pages)) continue;
      const inMargin = height !== undefined && (y < 0.15 * height || y > 0.85 * height);
      if (inMargin || samePlace.size + 1 >= Math.max(3, pageCount / 2)) {
        found.set(line, height !== undefined && y > height / 2 ? 'footer' : 'header');
      }
    }
  }
  return found;
}

/**
 * Repeated lines are the same text, or differ only in a number that follows the page number
 * ("Pagina 3 van 10", "- 3 -", "3", or a printed page number at a constant offset). "Vraag 5" at
 * the top of one page and "Vraag 9" at the top of the next are body text, not a running header.
 */
function sameOrPaged(list: Array<{ line: Line; page: number }>, pages: Page[]): boolean {
  if (list.every((o) => o.line.text === list[0].line.text)) return true;
  const numbers = (o: { line: Line }) => (o.line.text.match(DIGITS) ?? []).map(Number);
  const pageOf = (o: { page: number }) => pages[o.page].number ?? o.page + 1;
  const offsets = numbers(list[0]).map((n) => n - pageOf(list[0]));
  return offsets.some((k) => list.every((o) => numbers(o).includes(pageOf(o) + k)));
}

/** No other kept line shares the line's height. */
function isolated(ctx: Ctx, page: Page, line: Line): boolean {
  return !page.lines.some(
    (l) => l !== line && !ctx.remove.has(l) && l.y !== undefined && Math.abs(l.y - (line.y as number)) < 2,
  );
}

/** Join footnote lines: a line-end hyphen or a broken URL joins without a space. */
function joinLines(parts: string[]): string {
  let text = '';
  for (const part of parts) {
    if (!text) text = part;
    else if (/\p{L}-$/u.test(text) || brokenUrl(text)) text += part;
    else text += ` ${part}`;
  }
  return text.replace(/\s+/g, ' ').trim();
}

interface Note {
  number: number;
  parts: string[];
  page: number | null;
}

/**
 * Footnotes: from the bottom of each page up, the lines in a clearly smaller font than the body,
 * in the lower half of the page; the run must contain a line that starts with a number. Lines
 * before the first number continue the previous page's last footnote.
 */
function footnotes(ctx: Ctx, running: Map<Line, Kind>): void {
  const body = ctx.doc.raw.bodySize;
  if (body === undefined) return;
  // Superscript markers the reader found in the body: a footnote line with such a number is no running footer.
  const markers = new Set<number>();
  for (const page of ctx.doc.raw.pages)
    for (const l of page.lines) for (const [, n] of l.markers ?? []) markers.add(n);
  const footnoteLike = (l: Line) => {
    const m = FOOTNOTE_START.exec(l.text);
    return !!m && (markers.size === 0 || markers.has(Number(m[1])));
  };
  let last: Note | null = null;
  const done: Note[] = [];
  for (const page of ctx.doc.raw.pages) {
    const lines = page.lines.filter((l) => !ctx.remove.has(l) && l.column !== 'side');
    const height = page.height ?? 842;
    const zone: Line[] = [];
    for (let k = lines.length - 1; k >= 0; k--) {
      const l = lines[k];
      // A running footer below the footnotes is skipped, not taken.
      if (running.has(l) && !footnoteLike(l)) continue;
      if (l.size === undefined || l.size >= SMALL * body || (l.y ?? 0) < 0.4 * height) break;
      zone.unshift(l);
    }
    const firstNumbered = zone.findIndex((l) => FOOTNOTE_START.exec(l.text) !== null);
    if (firstNumbered < 0) continue;
    // Lines above the first number continue the last footnote of the previous page.
    const lead = zone.splice(0, firstNumbered);
    if (
      lead.length > 0 &&
      last &&
      last.page !== null &&
      page.number !== null &&
      last.page === page.number - 1
    ) {
      for (const l of lead) {
        last.parts.push(l.text);
        ctx.remove.add(l);
      }
    }
    let current: Note | null = null;
    for (const l of zone) {
      const m = FOOTNOTE_START.exec(l.text);
      // A new footnote: a number that follows on (or starts) the sequence, at the zone's left edge.
      const previous = (current ?? last)?.number;
      const n = m ? Number(m[1]) : 0;
      if (m && (previous === undefined || (n > previous && n <= previous + 3)) && leftAligned(l, zone)) {
        current = { number: n, parts: [m[2].trim()], page: l.page };
        done.push(current);
      } else {
        current ??= last;
        current?.parts.push(l.text);
      }
      ctx.remove.add(l);
      running.delete(l);
    }
    if (current) last = current;
  }
  for (const f of done) ctx.doc.footnotes.push({ number: f.number, text: joinLines(f.parts), page: f.page });
}

/** A footnote's first line starts at (or left of) the zone's common left edge. */
function leftAligned(line: Line, zone: Line[]): boolean {
  if (line.x === undefined) return true;
  const left = Math.min(...zone.map((l) => l.x ?? Number.POSITIVE_INFINITY));
  return line.x <= left + 12;
}

/**
 * Tiny print in the bottom margin that is no footnote (a colophon, a document code, a printer's
 * line: "kst-32545-143", "ISSN 0921 - 7371") is a footer.
 */
function tinyPrint(ctx: Ctx): void {
  const body = ctx.doc.raw.bodySize;
  if (body === undefined) return;
  for (const page of ctx.doc.raw.pages) {
    const height = page.height;
    if (height === undefined) continue;
    for (const line of page.lines) {
      if (ctx.remove.has(line) || line.y === undefined || line.size === undefined) continue;
      if (line.y > 0.85 * height && line.size <= TINY * body) furnish(ctx, line, 'footer');
    }
  }
}

/** A date as a stamp prints it, letter-spaced and in capitals: "2 9 MEI 2019". */
const STAMPED_DATE = new RegExp(String.raw`^(\d\s?\d?)\s+(${MONTH_ALTERNATION})\s+(\d\s?\d\s?\d\s?\d)$`, 'i');

/**
 * A "Datum" label printed without a value, with the date stamped beside it (a letter signed on
 * paper): the stamp on page 1 within two lines above or below the label, to its right, is the date.
 */
function stampedDate(ctx: Ctx): void {
  if (ctx.doc.fields.some((f) => f.label === 'Datum')) return;
  const page = ctx.doc.raw.pages[0];
  if (!page) return;
  const label = page.lines.find((l) => /^Datum\s*:?$/i.test(l.text));
  if (!label || label.y === undefined || label.x === undefined) return;
  for (const l of page.lines) {
    if (l.y === undefined || l.x === undefined || l.x <= label.x) continue;
    if (Math.abs(l.y - label.y) > 2.5 * (label.size ?? 10)) continue;
    const m = STAMPED_DATE.exec(l.text.trim());
    if (!m) continue;
    furnish(ctx, l, 'field');
    addField(
      ctx,
      'Datum',
      `${m[1].replace(/\s/g, '')} ${m[2].toLowerCase()} ${m[3].replace(/\s/g, '')}`,
      l.page,
    );
    return;
  }
}

/**
 * A document without a subject line that opens with a title in a large font (a nota, a report
 * sent as a letter): the title is its subject, and leaves the body as a letter's subject line does.
 */
function titleAsSubject(ctx: Ctx): void {
  const body = ctx.doc.raw.bodySize;
  if (body === undefined || ctx.doc.fields.some((f) => /^(?:Betreft|Onderwerp)$/i.test(f.label))) return;
  const page = ctx.doc.raw.pages[0];
  const height = page?.height ?? 842;
  const first = page?.lines.find((l) => !ctx.remove.has(l) && l.column !== 'side');
  if (!first || first.size === undefined || first.size < 1.5 * body || (first.y ?? 0) > 0.4 * height) return;
  // The official publication's masthead ("Tweede Kamer der Staten-Generaal") is furniture, not a title.
  if (classifyHeaderLine(first.text.trim())) return;
  const title = [first];
  const lines = page.lines.filter((l) => !ctx.remove.has(l) && l.column !== 'side');
  for (let j = 1; j < lines.length && title.length < 3; j++) {
    const l = lines[j];
    if (l.gapBefore || l.size === undefined || Math.abs(l.size - first.size) > 0.5) break;
    title.push(l);
  }
  const text = title.map((l) => l.text).join(' ');
  if (text.length > 160 || ENDS_SENTENCE.test(text)) return;
  addField(ctx, 'Betreft', text, first.page);
  for (const l of title) furnish(ctx, l, 'header');
}

/**
 * The side column on a page where the reader did not mark it (its left edge differs from the
 * other pages'): small print right of 60% of the page, from the left edge of the page's own
 * "Pagina N van M" on, where no body line at its height runs into it.
 */
function adoptSideColumn(doc: KDocument): void {
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
