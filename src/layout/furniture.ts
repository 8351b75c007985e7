/**
 * Text rules for page furniture and the letter's heading parts. They work on any lines
 * (text or what the PDF geometry left), so one rule set serves every reader:
 *  - page numbers, "Retouradres", address and contact lines, websites;
 *  - labelled header fields ("Datum" / "12 november 2024", "Onze referentie", "Betreft");
 *  - the ministry block ("Ministerie van" / "Volkshuisvesting en" / "Ruimtelijke Ordening");
 *  - the addressee, the place-and-date line, the salutation;
 *  - the official publication's header ("34 682 Nationale Omgevingsvisie", "Nr. 205", "BRIEF VAN ...")
 *    and its running footer;
 *  - running headers and footers found by repetition across pages.
 * Furniture leaves the body and is kept as a layer (doc.furniture); labelled values go to doc.fields.
 */

import { FIELD_LINE } from '../lexicon/fields.js';
import { MINISTRY_START } from '../lexicon/ministries.js';
import { classifyHeaderLine, LETTER_OF, OFFICIAL_RUNNING } from '../lexicon/official-header.js';
import { ADDRESSEE_CONT, ADDRESSEE_START, PLACE_DATE, SALUTATION, STATED_DATE } from '../lexicon/opening.js';
import {
  PAGE_NUMBER,
  PAGE_OF,
  PAGE_RETURN_CONTACT,
  POSTBUS,
  POSTCODE,
  WEB_OR_EMAIL,
} from '../lexicon/page-furniture.js';
import { ENDS_SENTENCE } from '../lexicon/punctuation.js';
import type { KDocument } from '../model/document.js';
import type { Furniture } from '../model/letter.js';
import type { Line } from '../model/page.js';
import { BARE_DATE, splitRunOn } from './dateline.js';
import { type FieldLimits, type FurnitureSink, labelledField } from './fields.js';
import { type MinistryLimits, ministryBlock } from './ministry-block.js';
import { readOfficialHeader } from './official-header.js';

type Kind = Furniture['kind'];

const SHORT = 48;
const isShort = (l: Line | undefined) => !!l && l.text.length <= SHORT && !ENDS_SENTENCE.test(l.text);

interface Ctx {
  doc: KDocument;
  remove: Set<Line>;
  /** Lines before the body starts on the first page: the letter's heading. */
  inHeading: boolean;
  /** furnish and field, for the rules shared with the geometry pass. */
  sink: FurnitureSink;
  fields: FieldLimits;
}

function furnish(ctx: Ctx, line: Line, kind: Kind): void {
  ctx.remove.add(line);
  ctx.doc.furniture.push({ kind, text: line.text, page: line.page });
}

function field(ctx: Ctx, label: string, value: string, page: number | null): void {
  const v = value.replace(/\s+/g, ' ').trim();
  if (v) ctx.doc.fields.push({ label, value: v, page });
}

/** The text pass's field limits: a value on the same line only in the heading or for clear labels; a short value under a label alone. */
const fieldLimits = (inHeading: () => boolean): FieldLimits => ({
  // "Datum 12 november 2024" on one line: only in the heading zone or for clear values.
  sameLine: (label, value) =>
    (inHeading() || /^(?:Datum|Onze referentie|Ons kenmerk|Kenmerk)$/.test(label)) && value.length <= 160,
  maxValueLines: (label) => (label === 'Betreft' || label === 'Onderwerp' ? 3 : 2),
  // Up to a gap or another label.
  endsValue: (l, _label, values) =>
    (values.length > 0 && !!l.gapBefore) ||
    FIELD_LINE.test(l.text) ||
    PAGE_OF.test(l.text) ||
    l.text.length > 120,
  emptyValue: false,
  boldLabels: false,
});

/** "Ministerie van" + short continuation lines; a body sentence that starts so continues with long lines. */
const MINISTRY: MinistryLimits = {
  firstLine: isShort,
  maxLines: 5,
  endsBlock: (l) =>
    !!l.gapBefore ||
    !isShort(l) ||
    FIELD_LINE.test(l.text) ||
    PAGE_NUMBER.test(l.text) ||
    POSTBUS.test(l.text) ||
    POSTCODE.test(l.text),
  bodyAfter: (next) => !!next && !next.gapBefore && !isShort(next) && !FIELD_LINE.test(next.text),
};

function addresseeBlock(ctx: Ctx, lines: Line[], i: number): number {
  if (lines[i].text.length > 90 || !ADDRESSEE_START.test(lines[i].text)) return 0;
  const parts = [lines[i]];
  let j = i + 1;
  if (lines[j] && ADDRESSEE_CONT.test(lines[j].text)) parts.push(lines[j++]);
  for (const l of parts) furnish(ctx, l, 'address');
  field(ctx, 'Aan', parts.map((l) => l.text).join(' '), lines[i].page);
  // Postal lines of the address that follow.
  while (
    lines[j] &&
    (POSTBUS.test(lines[j].text) ||
      POSTCODE.test(lines[j].text) ||
      /^[A-Z]{2,}( [A-Z]{2,})*$/.test(lines[j].text))
  ) {
    furnish(ctx, lines[j], 'address');
    j++;
  }
  return j - i;
}

/** The official publication's header at the start of the document (official-header.ts). Returns lines consumed. */
function officialHeader(ctx: Ctx, lines: Line[]): number {
  const h = readOfficialHeader(lines.map((l) => l.text));
  if (!h || h.used === 0) return 0;
  for (let i = 0; i < h.used; i++) furnish(ctx, lines[i], 'header');
  const page = lines[0].page;
  const dossier = h.dossier ?? h.rowKamerstuk?.dossier ?? null;
  const nr =
    h.nr ?? (h.dossier === null || h.dossier === h.rowKamerstuk?.dossier ? h.rowKamerstuk?.nr : null) ?? null;
  if (dossier) field(ctx, 'Dossier', dossier, page);
  if (h.dossierTitle) field(ctx, 'Dossiertitel', h.dossierTitle, page);
  if (nr) field(ctx, 'Nr', nr, page);
  if (h.letterOf) field(ctx, 'Brief van', h.letterOf, page);
  return h.used;
}

/**
 * A line that starts with the addressee or the dateline and runs on into the body (dateline.ts):
 * the heading part leaves the body (as furniture and fields), the rest stays as the line's text.
 */
function runOnHeading(ctx: Ctx, line: Line): boolean {
  const r = splitRunOn(line.text);
  if (!r) return false;
  if (r.addressee) {
    ctx.doc.furniture.push({ kind: 'address', text: r.addressee, page: line.page });
    if (!hasField(ctx, 'Aan')) field(ctx, 'Aan', r.addressee, line.page);
  }
  if (r.dateline && r.date) {
    ctx.doc.furniture.push({ kind: 'field', text: r.dateline, page: line.page });
    if (!hasField(ctx, 'Datum')) field(ctx, 'Datum', r.date, line.page);
  }
  if (!r.rest) {
    ctx.remove.add(line);
    return true;
  }
  const cut = line.text.length - r.rest.length;
  line.text = r.rest;
  if (line.markers) line.markers = line.markers.filter(([o]) => o >= cut).map(([o, n]) => [o - cut, n]);
  return true;
}

const hasField = (ctx: Ctx, label: string) => ctx.doc.fields.some((f) => f.label === label);

/**
 * A line of the letter's heading that is none of the labelled fields: the parts of the official
 * header that stand after its start (received, voorhang, a repeated chamber or session line), the
 * web rendition's summary and type lines, and its bare date ("22 november 2022").
 */
function headingLine(ctx: Ctx, line: Line): boolean {
  const c = classifyHeaderLine(line.text);
  if (c && c.kind !== 'dossier' && c.kind !== 'number' && c.kind !== 'letter-of') {
    furnish(ctx, line, 'header');
    return true;
  }
  const d = BARE_DATE.exec(line.text);
  if (d && !hasField(ctx, 'Datum')) {
    furnish(ctx, line, 'field');
    field(ctx, 'Datum', d[1], line.page);
    return true;
  }
  return false;
}

const runningHead = (t: string) => {
  const c = t.charAt(0);
  if (t.length > 80 || (c !== 'T' && c !== 'E' && c !== 'V' && c !== 'D')) return false;
  const k = classifyHeaderLine(t)?.kind;
  return k === 'chamber' || k === 'session' || k === 'site-row';
};

/**
 * "BRIEF VAN DE MINISTER VAN ..." in the body, followed by the addressee or the dateline: the heading of
 * a second letter (the Eerste Kamer's cover letter is followed by the letter to the Tweede Kamer).
 * Its lines are furniture; the fields keep the first letter's values. Returns lines consumed.
 */
function secondLetterHeading(ctx: Ctx, lines: Line[], i: number): number {
  const t = lines[i].text;
  if (t.length > 200 || !LETTER_OF.test(t) || t !== t.toUpperCase()) return 0;
  let j = i + 1;
  while (
    j < lines.length &&
    j < i + 3 &&
    lines[j].text === lines[j].text.toUpperCase() &&
    lines[j].text.length < 120
  )
    j++;
  const next = lines[j]?.text ?? '';
  if (!ADDRESSEE_START.test(next) && !PLACE_DATE.test(next)) return 0;
  for (let k = i; k < j; k++) furnish(ctx, lines[k], 'header');
  return j - i;
}

const endsInDigit = (s: string) => {
  const c = s.charCodeAt(s.length - 1);
  return c >= 48 && c <= 57;
};

/** Merge pages that hold nothing but furniture (a header printed before its page) into the next. */
function mergeFurnitureOnlyPages(
  doc: KDocument,
  isFurniture: (l: Line, lines: Line[], i: number) => boolean,
): void {
  const pages = doc.raw.pages;
  for (let p = pages.length - 2; p >= 0; p--) {
    const lines = pages[p].lines;
    if (lines.length > 0 && lines.length <= 16 && lines.every((l, i) => isFurniture(l, lines, i))) {
      pages[p + 1].lines = [...lines, ...pages[p + 1].lines];
      pages.splice(p, 1);
    }
  }
  // "Pagina N van M" names the page; otherwise number in order.
  let next = 1;
  let named = 0;
  for (const page of pages) {
    if (page.number === null) continue;
    let pageOf: RegExpExecArray | null = null;
    for (const l of page.lines) {
      // PAGE_OF ends in a digit: a quick test spares running it on lines that do not.
      pageOf = endsInDigit(l.text) ? PAGE_OF.exec(l.text) : null;
      if (pageOf) break;
    }
    page.number = pageOf && Number(pageOf[1]) >= next ? Number(pageOf[1]) : next;
    if (pageOf) named = Math.max(named, Number(pageOf[2]));
    next = page.number + 1;
    for (const l of page.lines) l.page = page.number;
  }
  if (doc.raw.pageCount !== null) doc.raw.pageCount = Math.max(named, pages.at(-1)?.number ?? 0);
}

/**
 * A line that is furniture by its form alone (no context needed): PAGE_NUMBER, RETURN_ADDRESS,
 * then WEBSITE, CONTACT or EMAIL_LINE (tested as two patterns, see patterns.ts).
 */
function plainFurniture(text: string): Kind | null {
  const m = PAGE_RETURN_CONTACT.exec(text);
  if (m) return m[1] !== undefined ? 'page-number' : m[2] !== undefined ? 'return-address' : 'header';
  return !text.includes(' ') && WEB_OR_EMAIL.test(text) ? 'header' : null;
}

/**
 * A block of short lines (between blank lines) of which at least half is furniture by rule is
 * furniture as a whole: the template's side column as text extraction tools print it
 * ("Directoraat-Generaal ...", "Directie ...", street, postcode, Postbus, website).
 */
function furnitureIslands(ctx: Ctx): void {
  for (const page of ctx.doc.raw.pages) {
    let block: Line[] = [];
    const flush = () => {
      let removed = 0;
      for (const l of block) if (ctx.remove.has(l)) removed++;
      if (
        block.length >= 2 &&
        removed > 0 &&
        removed * 2 >= block.length &&
        block.every((l) => l.text.length <= 60 && !/[.!?]$/.test(l.text))
      ) {
        for (const l of block) if (!ctx.remove.has(l)) furnish(ctx, l, 'header');
      }
      block = [];
    };
    for (const l of page.lines) {
      if (l.gapBefore) flush();
      block.push(l);
    }
    flush();
  }
}

/** Footnotes at page bottoms look alike once digits are ignored; they are not running footers. */
const FOOTNOTE_LIKE = /^\d{1,3}(?:\s+\S|$)/;

const digitsOut = (s: string) => s.replace(/\d+/g, '#').toLowerCase();

/** Running headers/footers: the same line (digits aside) at the top or bottom of many pages. */
function repeatedLines(ctx: Ctx): void {
  const pages = ctx.doc.raw.pages.filter((p) => p.lines.length > 0);
  if (pages.length < 3) return;
  const counts = new Map<string, number>();
  const edge = (lines: Line[]) => [...lines.slice(0, 4), ...lines.slice(-3)];
  // Each page's edge lines and their keys, the keys computed once.
  const edges = pages.map((p) => {
    const lines = edge(p.lines);
    return { page: p, lines, keys: lines.map((l) => digitsOut(l.text)) };
  });
  for (const { keys } of edges) {
    // Each key once per page (its first occurrence on the page).
    for (let j = 0; j < keys.length; j++) {
      const k = keys[j];
      if (keys.indexOf(k) === j) counts.set(k, (counts.get(k) ?? 0) + 1);
    }
  }
  const min = Math.max(3, Math.ceil(pages.length * 0.4));
  for (const { page: p, lines, keys } of edges) {
    for (let j = 0; j < lines.length; j++) {
      const l = lines[j];
      if (ctx.remove.has(l) || l.text.length < 3 || FOOTNOTE_LIKE.test(l.text)) continue;
      if ((counts.get(keys[j]) ?? 0) >= min) furnish(ctx, l, p.lines.indexOf(l) < 4 ? 'header' : 'footer');
    }
  }
}

export function textFurniture(doc: KDocument): void {
  const ctx: Ctx = {
    doc,
    remove: new Set(),
    inHeading: true,
    sink: {
      furnish: (line, kind) => furnish(ctx, line, kind),
      field: (label, value, page) => field(ctx, label, value, page),
    },
    fields: fieldLimits(() => ctx.inHeading),
  };
  const quick = (l: Line, lines: Line[], i: number) =>
    plainFurniture(l.text) !== null ||
    FIELD_LINE.test(l.text) ||
    MINISTRY_START.test(l.text) ||
    (i > 0 &&
      isShort(l) &&
      !l.gapBefore &&
      (FIELD_LINE.test(lines[i - 1].text) ||
        MINISTRY_START.test(lines[i - 1].text) ||
        isShort(lines[i - 1])));
  if (doc.raw.format === 'text' && doc.raw.textShape === 'pdf-text') mergeFurnitureOnlyPages(doc, quick);

  let bodyStarted = false;
  let ownKamerstuk: { dossier: string; nr: string } | null = null;
  for (const [p, page] of doc.raw.pages.entries()) {
    const lines = page.lines;
    let i = 0;
    if (p === 0) {
      i = officialHeader(ctx, lines);
      const dossier = doc.fields.find((f) => f.label === 'Dossier');
      const nr = doc.fields.find((f) => f.label === 'Nr');
      if (dossier && nr) ownKamerstuk = { dossier: dossier.value.replace(/-[0-9A-Z]+$/, ''), nr: nr.value };
    }
    for (; i < lines.length; i++) {
      const line = lines[i];
      if (ctx.remove.has(line)) continue;
      const t = line.text;
      ctx.inHeading = !bodyStarted;
      const kind = plainFurniture(t);
      if (kind) {
        // A bare number is a page number only as a page's first or last line (and the page's own number when known).
        const bare = /^\d+$/.test(t);
        const atEdge = i === 0 || i === lines.length - 1;
        if (
          kind !== 'page-number' ||
          !bare ||
          (atEdge && (page.number === null || Number(t) === page.number))
        ) {
          furnish(ctx, line, kind);
          continue;
        }
      }
      const run = ownKamerstuk ? OFFICIAL_RUNNING.exec(t) : null;
      if (
        run &&
        ownKamerstuk &&
        run[1].replace(' ', '') === ownKamerstuk.dossier &&
        (run[2] ?? run[3]) === ownKamerstuk.nr
      ) {
        furnish(ctx, line, 'footer');
        continue;
      }
      // A street address: a short line followed by a postcode line.
      if (
        t.length < 40 &&
        lines[i + 1] &&
        POSTCODE.test(lines[i + 1].text) &&
        lines[i + 1].text.length < 40
      ) {
        furnish(ctx, line, 'address');
        furnish(ctx, lines[++i], 'address');
        continue;
      }
      if (t.length < 60 && POSTBUS.test(t)) {
        furnish(ctx, line, 'address');
        if (lines[i + 1] && POSTCODE.test(lines[i + 1].text)) furnish(ctx, lines[++i], 'address');
        continue;
      }
      if (!bodyStarted && headingLine(ctx, line)) continue;
      // The chamber and session lines are running heads wherever they stand (copies of the Kamerstuk PDF).
      if (bodyStarted && runningHead(t)) {
        furnish(ctx, line, 'header');
        continue;
      }
      if (runOnHeading(ctx, line)) {
        if (!ctx.remove.has(line)) bodyStarted = true;
        continue;
      }
      // A second letter in the same document (an Eerste Kamer cover letter, then the letter itself).
      const second = bodyStarted ? secondLetterHeading(ctx, lines, i) : 0;
      if (second) {
        i += second - 1;
        continue;
      }
      let used =
        labelledField(ctx.sink, lines, i, ctx.fields) ||
        ministryBlock(ctx.sink, lines, i, MINISTRY) ||
        addresseeBlock(ctx, lines, i);
      // The dateline "Den Haag, 3 april 2019" is heading wherever it stands (a second letter has its own).
      const placeDate = used ? null : PLACE_DATE.exec(t);
      if (placeDate) {
        furnish(ctx, line, 'field');
        if (!hasField(ctx, 'Datum')) field(ctx, 'Datum', placeDate[1], line.page);
        used = 1;
      }
      if (!used && !bodyStarted) {
        const d = STATED_DATE.exec(t);
        if (d) {
          furnish(ctx, line, 'field');
          field(ctx, 'Datum', d[1], line.page);
          used = 1;
        } else if (SALUTATION.test(t)) {
          furnish(ctx, line, 'other');
          used = 1;
        }
      }
      if (used) {
        i += used - 1;
        continue;
      }
      // The body starts at the first line of running text.
      // ("Per e-mail verzonden:", a short line ending in a colon, is a line of the address block; ". ." is a blacked-out one.)
      if (
        !bodyStarted &&
        (t.length > 60 || (ENDS_SENTENCE.test(t) && !t.endsWith(':') && /\p{L}{2}/u.test(t)))
      )
        bodyStarted = true;
    }
  }
  furnitureIslands(ctx);
  repeatedLines(ctx);
  for (const page of doc.raw.pages) page.lines = keepLines(page.lines, ctx.remove);
}

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
