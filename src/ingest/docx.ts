/**
 * The DOCX reader (WordprocessingML in a ZIP, zip.ts): the page model the other readers give.
 *  - paragraphs in document order, one line and one block each (a line break inside a paragraph
 *    starts a new line of the same block); in a table row and in the side column lines run on in one
 *    block until an empty paragraph or paragraph spacing, so that a label keeps its value;
 *  - headings by style, as Word's own outline sees them: Title, "heading N" styles and paragraphs with
 *    an outline level are bold and larger; direct bold in a body paragraph (a "Vraag 1" label) makes no
 *    heading (raw.styledHeadings: style alone decides);
 *  - list numbering from numbering.xml ("1.", "a)", "•") written before the item's text;
 *  - tables row by row, never bold, so no cell becomes a heading: a row of one-line cells is one line
 *    (its cells run on, as in the markup reader), other rows one block of their cells' lines;
 *  - footnotes and endnotes (word/footnotes.xml, word/endnotes.xml) as "N text" lines at the end,
 *    their places in the text kept as Line.markers (the markup reader's pagination, markup.ts);
 *  - the template's side column (a table, text box or frame placed right of the text column) and
 *    every header and footer part as Line.column 'side' (raw.sideColumn), where the layout stage reads
 *    the labelled fields (Datum, Betreft, Ons kenmerk) and keeps them out of the body;
 *  - field codes give their printed result (DOCPROPERTY, PAGE), never their instruction;
 *  - tracked changes are read as accepted (insertions kept, deletions dropped), comments and hidden
 *    text are not read;
 *  - docProps/custom.xml's properties (datum, onderwerp, kenmerk, ...) as raw.properties, which the
 *    pipeline uses only for metadata the printed text lacks.
 */
import { InputError } from '../model/errors.js';
import type { Line, RawDocument } from '../model/page.js';
import { paginate } from './paginate.js';
import { child, descendants, isXEl, parseXml, textContent, type XEl } from './xml.js';
import { openZip, type ZipArchive } from './zip.js';

const BODY_SIZE = 10;
const HEADING_SIZE = 12;

interface Style {
  name: string;
  basedOn?: string;
  outline?: number;
  bold?: boolean;
  italic?: boolean;
  vanish?: boolean;
  spaceBefore?: number;
  spaceAfter?: number;
  numId?: string;
}

interface Styles {
  byId: Map<string, Style>;
  defaultParagraph?: string;
  spaceAfter: number;
}

const HEADING_NAME = /^(?:heading|kop)\s*(\d)$/i;
const TITLE_NAME = /^(?:title|titel)$/i;

const on = (el: XEl | undefined): boolean | undefined => {
  if (!el) return undefined;
  const v = el.attrs['w:val'];
  return v === undefined || !(v === '0' || v === 'false' || v === 'off' || v === 'none');
};
const num = (v: string | undefined): number | undefined => {
  if (v === undefined) return undefined;
  const n = Number.parseInt(v, 10);
  return Number.isFinite(n) ? n : undefined;
};

function readStyles(xml: string | null): Styles {
  const byId = new Map<string, Style>();
  let spaceAfter = 0;
  let defaultParagraph: string | undefined;
  if (!xml) return { byId, spaceAfter };
  const root = child(parseXml(xml), 'w:styles');
  if (!root) return { byId, spaceAfter };
  const defaults = child(child(child(root, 'w:docDefaults'), 'w:pPrDefault'), 'w:pPr');
  spaceAfter = num(child(defaults, 'w:spacing')?.attrs['w:after']) ?? 0;
  for (const s of root.children) {
    if (!isXEl(s) || s.name !== 'w:style') continue;
    const id = s.attrs['w:styleId'];
    if (!id) continue;
    const pPr = child(s, 'w:pPr');
    const rPr = child(s, 'w:rPr');
    const spacing = child(pPr, 'w:spacing');
    byId.set(id, {
      name: child(s, 'w:name')?.attrs['w:val'] ?? id,
      basedOn: child(s, 'w:basedOn')?.attrs['w:val'],
      outline: num(child(pPr, 'w:outlineLvl')?.attrs['w:val']),
      bold: on(child(rPr, 'w:b')),
      italic: on(child(rPr, 'w:i')),
      vanish: on(child(rPr, 'w:vanish')),
      spaceBefore: num(spacing?.attrs['w:before']),
      spaceAfter: num(spacing?.attrs['w:after']),
      numId: child(child(pPr, 'w:numPr'), 'w:numId')?.attrs['w:val'],
    });
    if (s.attrs['w:type'] === 'paragraph' && s.attrs['w:default'] === '1') defaultParagraph = id;
  }
  return { byId, defaultParagraph, spaceAfter };
}

/** A style property, looked up through the basedOn chain. */
function styleProp<K extends keyof Style>(
  styles: Styles,
  id: string | undefined,
  key: K,
): Style[K] | undefined {
  for (let depth = 0; id && depth < 20; depth++) {
    const s = styles.byId.get(id);
    if (!s) return undefined;
    if (s[key] !== undefined) return s[key];
    id = s.basedOn;
  }
  return undefined;
}

/** Heading level of a paragraph style: 1 for Title and "heading 1", N for "heading N" or outline N-1. */
function headingLevel(styles: Styles, id: string | undefined, outline: number | undefined): number | null {
  if (outline !== undefined && outline >= 0 && outline < 9) return outline + 1;
  for (let depth = 0; id && depth < 20; depth++) {
    const s = styles.byId.get(id);
    if (!s) break;
    if (TITLE_NAME.test(s.name)) return 1;
    const m = HEADING_NAME.exec(s.name);
    if (m) return Number(m[1]);
    if (s.outline !== undefined && s.outline >= 0 && s.outline < 9) return s.outline + 1;
    id = s.basedOn;
  }
  return null;
}

/* ------------------------------------------------------------------------------------------ */
/* Numbering                                                                                    */
/* ------------------------------------------------------------------------------------------ */

interface Level {
  format: string;
  text: string;
  start: number;
}

class Numbering {
  private levels = new Map<string, Level[]>();
  private counters = new Map<string, number[]>();
  private loaded = false;

  /** The part is read at the first list item: many letters have a large numbering part and no list. */
  constructor(private readonly source: () => string | null) {}

  private load(): void {
    this.loaded = true;
    const xml = this.source();
    if (!xml) return;
    const root = child(parseXml(xml), 'w:numbering');
    if (!root) return;
    const abstract = new Map<string, Level[]>();
    for (const a of root.children) {
      if (!isXEl(a) || a.name !== 'w:abstractNum') continue;
      const levels: Level[] = [];
      for (const l of a.children) {
        if (!isXEl(l) || l.name !== 'w:lvl') continue;
        const ilvl = num(l.attrs['w:ilvl']) ?? levels.length;
        levels[ilvl] = {
          format: child(l, 'w:numFmt')?.attrs['w:val'] ?? 'decimal',
          text: child(l, 'w:lvlText')?.attrs['w:val'] ?? '',
          start: num(child(l, 'w:start')?.attrs['w:val']) ?? 1,
        };
      }
      abstract.set(a.attrs['w:abstractNumId'] ?? '', levels);
    }
    for (const n of root.children) {
      if (!isXEl(n) || n.name !== 'w:num') continue;
      const levels = abstract.get(child(n, 'w:abstractNumId')?.attrs['w:val'] ?? '');
      if (levels) this.levels.set(n.attrs['w:numId'] ?? '', levels);
    }
  }

  /** The marker of the next item of list `numId` at level `ilvl` ("1.", "a)", "•"), or null. */
  next(numId: string, ilvl: number): string | null {
    if (!this.loaded) this.load();
    const levels = this.levels.get(numId);
    const level = levels?.[ilvl];
    if (!levels || !level) return null;
    let counts = this.counters.get(numId);
    if (!counts) {
      counts = [];
      this.counters.set(numId, counts);
    }
    counts[ilvl] = (counts[ilvl] ?? (level.start ?? 1) - 1) + 1;
    counts.length = ilvl + 1;
    if (level.format === 'bullet') return '•';
    if (level.format === 'none') return null;
    const marker = level.text.replace(/%([1-9])/g, (_, d: string) => {
      const k = Number(d) - 1;
      const l = levels[k];
      const value = counts[k] ?? l?.start ?? 1;
      return formatNumber(value, l?.format ?? 'decimal');
    });
    return marker.trim() || null;
  }
}

function formatNumber(n: number, format: string): string {
  switch (format) {
    case 'lowerLetter':
      return letters(n).toLowerCase();
    case 'upperLetter':
      return letters(n);
    case 'lowerRoman':
      return roman(n).toLowerCase();
    case 'upperRoman':
      return roman(n);
    default:
      return String(n);
  }
}

function letters(n: number): string {
  let s = '';
  for (let k = Math.max(1, n); k > 0; k = Math.floor((k - 1) / 26))
    s = String.fromCharCode(65 + ((k - 1) % 26)) + s;
  return s;
}

function roman(n: number): string {
  const table: Array<[number, string]> = [
    [1000, 'M'],
    [900, 'CM'],
    [500, 'D'],
    [400, 'CD'],
    [100, 'C'],
    [90, 'XC'],
    [50, 'L'],
    [40, 'XL'],
    [10, 'X'],
    [9, 'IX'],
    [5, 'V'],
    [4, 'IV'],
    [1, 'I'],
  ];
  let s = '';
  let k = Math.min(Math.max(1, n), 3999);
  for (const [v, r] of table)
    while (k >= v) {
      s += r;
      k -= v;
    }
  return s;
}

/* ------------------------------------------------------------------------------------------ */
/* The walk                                                                                     */
/* ------------------------------------------------------------------------------------------ */

interface Out {
  text: string;
  gap: boolean;
  heading: number | null;
  bold: number;
  total: number;
  side: boolean;
  repeated: boolean;
  markers: Array<[number, number]>;
}

interface Geometry {
  /** Left edge of the side column: anything placed at or right of this x (twips) is side column. */
  sideX: number;
}

interface Ctx {
  styles: Styles;
  numbering: Numbering;
  geometry: Geometry;
  out: Out[];
  notes: Map<string, number>;
  noteOrder: string[];
  /** Inside the side column, a header or a footer. */
  side: number;
  /** Inside a header or footer part. */
  repeated: boolean;
  /** Inside a table cell. */
  cell: number;
  /** Inside a table row: its cells' paragraphs run on in one block. */
  inRow: boolean;
  /** The previous paragraph left space after it (empty, or spacing after). */
  pendingGap: boolean;
  lastHeading: boolean;
}

/** Paragraph content: text with bold counts and markers; line breaks split it. */
interface Para {
  parts: Array<{ text: string; bold: number; markers: Array<[number, number]> }>;
}

const TWIPS_PER_EMU = 1 / 635;

function pageGeometry(body: XEl | undefined): Geometry {
  const sect = body ? descendants(body, 'w:sectPr')[0] : undefined;
  const width = num(child(sect, 'w:pgSz')?.attrs['w:w']) ?? 11906;
  const right = num(child(sect, 'w:pgMar')?.attrs['w:right']) ?? 1440;
  // The side column of the house style sits in the wide right margin, beyond the text column.
  return { sideX: (width - right) * 0.95 };
}

/** The x position of a floating table, frame or anchored drawing, relative to the page, in twips. */
function placedX(el: XEl): number | null {
  if (el.name === 'w:tbl') {
    const p = child(child(el, 'w:tblPr'), 'w:tblpPr');
    if (p?.attrs['w:horzAnchor'] !== 'page') return null;
    return num(p.attrs['w:tblpX']) ?? null;
  }
  if (el.name === 'w:framePr') {
    if (el.attrs['w:hAnchor'] !== 'page') return null;
    return num(el.attrs['w:x']) ?? null;
  }
  if (el.name === 'wp:anchor') {
    const h = child(el, 'wp:positionH');
    if (h?.attrs.relativeFrom !== 'page') return null;
    const offset = child(h, 'wp:posOffset');
    return offset ? (num(textContent(offset)) ?? 0) * TWIPS_PER_EMU : null;
  }
  return null;
}

function isSide(ctx: Ctx, el: XEl): boolean {
  const x = placedX(el);
  return x !== null && x >= ctx.geometry.sideX;
}

/** Block-level content: paragraphs, tables, content controls. */
function walkBlocks(ctx: Ctx, el: XEl): void {
  for (const c of el.children) {
    if (!isXEl(c)) continue;
    switch (c.name) {
      case 'w:p':
        paragraph(ctx, c);
        break;
      case 'w:tbl':
        table(ctx, c);
        break;
      case 'w:sdt':
        walkBlocks(ctx, child(c, 'w:sdtContent') ?? c);
        break;
      case 'w:customXml':
      case 'w:ins':
      case 'w:moveTo':
      case 'w:sdtContent':
        walkBlocks(ctx, c);
        break;
      default:
        break;
    }
  }
}

function table(ctx: Ctx, tbl: XEl): void {
  const side = isSide(ctx, tbl);
  if (side) ctx.side++;
  ctx.pendingGap = true;
  for (const row of tbl.children) {
    if (!isXEl(row) || row.name !== 'w:tr') continue;
    const cells = row.children.filter((c): c is XEl => isXEl(c) && c.name === 'w:tc');
    // A row of one-line cells is one line, its cells run on (as the markup reader reads a table row):
    // "Datum 4 december 2023", "36 682 Wijziging van ...", "Tweede Kamer der Staten-Generaal 2",
    // "Utrecht € 5 miljoen".
    const simple = simpleRow(cells);
    if (simple) {
      const text = simple
        .map((p) => paraText(ctx, p).trim())
        .filter(Boolean)
        .join(' ');
      push(ctx, text, { gap: true, heading: null, bold: 0, markers: [] });
      ctx.pendingGap = true;
      continue;
    }
    // Otherwise cell by cell, the row one block: an address cell's lines, a label over its value.
    ctx.cell++;
    ctx.pendingGap = true;
    ctx.inRow = true;
    for (const c of cells) walkBlocks(ctx, c);
    ctx.inRow = false;
    ctx.cell--;
  }
  ctx.pendingGap = true;
  if (side) ctx.side--;
}

/** Inline content that a joined row could not carry: notes, text boxes, drawings, nested tables. */
const NOT_SIMPLE = [
  'w:footnoteReference',
  'w:endnoteReference',
  'w:txbxContent',
  'w:tbl',
  'w:drawing',
  'w:pict',
];

/** The row's paragraphs with text when every cell holds at most one of them; null otherwise. */
function simpleRow(cells: XEl[]): XEl[] | null {
  const paragraphs: XEl[] = [];
  for (const cell of cells) {
    let n = 0;
    for (const p of cell.children) {
      if (!isXEl(p) || p.name === 'w:tcPr') continue;
      if (p.name !== 'w:p' || NOT_SIMPLE.some((name) => descendants(p, name).length > 0)) return null;
      if (descendants(p, 'w:t').some((t) => textContent(t).trim() !== '')) {
        if (++n > 1) return null;
        paragraphs.push(p);
      }
    }
  }
  return paragraphs.length > 0 ? paragraphs : null;
}

function push(ctx: Ctx, text: string, o: Omit<Out, 'text' | 'total' | 'side' | 'repeated'>): boolean {
  const t = text.replace(/\s+/g, ' ').trim();
  if (!t) return false;
  const lead = text.length - text.trimStart().length;
  const markers = o.markers.map(([at, n]): [number, number] => [
    Math.max(0, Math.min(t.length, at - lead)),
    n,
  ]);
  ctx.out.push({ ...o, text: t, total: t.length, side: ctx.side > 0, repeated: ctx.repeated, markers });
  return true;
}

function paraText(ctx: Ctx, p: XEl | undefined): string {
  if (!p) return '';
  const para: Para = { parts: [{ text: '', bold: 0, markers: [] }] };
  runs(ctx, p, para, undefined, false);
  return para.parts.map((x) => x.text).join(' ');
}

function paragraph(ctx: Ctx, p: XEl): void {
  const pPr = child(p, 'w:pPr');
  const styleId = child(pPr, 'w:pStyle')?.attrs['w:val'] ?? ctx.styles.defaultParagraph;
  const frame = child(pPr, 'w:framePr');
  const side = !!frame && isSide(ctx, frame);
  if (side) ctx.side++;
  const para: Para = { parts: [{ text: '', bold: 0, markers: [] }] };
  runs(ctx, p, para, styleId, !!styleProp(ctx.styles, styleId, 'bold'));
  const level =
    ctx.cell > 0 ? null : headingLevel(ctx.styles, styleId, num(child(pPr, 'w:outlineLvl')?.attrs['w:val']));
  const numPr = child(pPr, 'w:numPr');
  const numId = child(numPr, 'w:numId')?.attrs['w:val'] ?? styleProp(ctx.styles, styleId, 'numId');
  const ilvl = num(child(numPr, 'w:ilvl')?.attrs['w:val']) ?? 0;
  const hasText = para.parts.some((x) => x.text.trim() !== '');
  let marker: string | null = null;
  if (hasText && numId && numId !== '0') marker = ctx.numbering.next(numId, ilvl);
  const spacing = child(pPr, 'w:spacing');
  const before = num(spacing?.attrs['w:before']) ?? styleProp(ctx.styles, styleId, 'spaceBefore') ?? 0;
  const after =
    num(spacing?.attrs['w:after']) ?? styleProp(ctx.styles, styleId, 'spaceAfter') ?? ctx.styles.spaceAfter;
  if (!hasText) {
    ctx.pendingGap = true;
  } else {
    const heading = level !== null;
    // A paragraph is a block of its own in the text ("Vraag 1", the question, "Antwoord op vraag 1",
    // the answer); in the side column and in a table row, lines run on until an empty paragraph or
    // spacing, so that a label and its value stay together.
    let gap = ctx.inRow || ctx.side > 0 ? ctx.pendingGap || before > 0 : true;
    for (const part of para.parts) {
      let text = part.text;
      let markers = part.markers;
      if (marker !== null) {
        const prefix = `${marker} `;
        text = prefix + text.trimStart();
        markers = markers.map(([at, n]) => [at + prefix.length, n]);
        marker = null;
      }
      // A part left empty by a leading line break passes the paragraph's gap on.
      if (push(ctx, text, { gap, heading: level, bold: part.bold, markers })) gap = false;
    }
    ctx.lastHeading = heading;
    ctx.pendingGap = !ctx.inRow && after > 0;
  }
  if (side) ctx.side--;
}

const SKIP_RUN_CONTENT = new Set([
  'w:del',
  'w:moveFrom',
  'w:delText',
  'w:instrText',
  'w:delInstrText',
  'w:commentReference',
  'w:rPr',
  'w:pPr',
  'mc:Fallback',
]);

/** Inline content of a paragraph: runs, hyperlinks, insertions, fields, content controls. */
function runs(ctx: Ctx, el: XEl, para: Para, styleId: string | undefined, styleBold: boolean): void {
  for (const c of el.children) {
    if (!isXEl(c) || SKIP_RUN_CONTENT.has(c.name)) continue;
    if (c.name === 'w:r') run(ctx, c, para, styleBold);
    else if (c.name === 'w:p') {
      // A paragraph nested in inline content (a text box's): its own line.
      paragraph(ctx, c);
    } else if (c.name === 'w:txbxContent') {
      walkBlocks(ctx, c);
    } else if (c.name === 'wp:anchor') {
      const side = isSide(ctx, c);
      if (side) ctx.side++;
      const saved = ctx.pendingGap;
      ctx.pendingGap = true;
      for (const box of descendants(c, 'w:txbxContent')) walkBlocks(ctx, box);
      ctx.pendingGap = saved;
      if (side) ctx.side--;
    } else if (c.name === 'mc:AlternateContent') {
      // The first choice only: the fallback repeats the same content for older readers.
      const choice = child(c, 'mc:Choice') ?? child(c, 'mc:Fallback');
      if (choice) runs(ctx, choice, para, styleId, styleBold);
    } else runs(ctx, c, para, styleId, styleBold);
  }
}

function run(ctx: Ctx, r: XEl, para: Para, styleBold: boolean): void {
  const rPr = child(r, 'w:rPr');
  if (on(child(rPr, 'w:vanish')) || on(child(rPr, 'w:webHidden'))) return;
  const runStyle = child(rPr, 'w:rStyle')?.attrs['w:val'];
  if (runStyle && styleProp(ctx.styles, runStyle, 'vanish')) return;
  const bold =
    on(child(rPr, 'w:b')) ?? (runStyle ? styleProp(ctx.styles, runStyle, 'bold') : undefined) ?? styleBold;
  const cur = () => para.parts[para.parts.length - 1];
  const add = (s: string) => {
    const part = cur();
    part.text += s;
    if (bold && s.trim()) part.bold += s.trim().length;
  };
  for (const c of r.children) {
    if (!isXEl(c)) continue;
    switch (c.name) {
      case 'w:t':
        add(textContent(c));
        break;
      case 'w:tab':
      case 'w:ptab':
        add(' ');
        break;
      case 'w:noBreakHyphen':
        add('-');
        break;
      case 'w:sym': {
        const code = Number.parseInt(c.attrs['w:char'] ?? '', 16);
        // Symbol-font bullets and dingbats (F0xx) carry no text.
        if (code > 0 && code < 0xf000) add(String.fromCodePoint(code));
        break;
      }
      case 'w:br':
      case 'w:cr':
        if (c.attrs['w:type'] === 'page' || c.attrs['w:type'] === 'column') add(' ');
        else para.parts.push({ text: '', bold: 0, markers: [] });
        break;
      case 'w:footnoteReference':
      case 'w:endnoteReference': {
        const key = `${c.name === 'w:footnoteReference' ? 'f' : 'e'}${c.attrs['w:id'] ?? ''}`;
        let n = ctx.notes.get(key);
        if (n === undefined) {
          n = ctx.noteOrder.length + 1;
          ctx.notes.set(key, n);
          ctx.noteOrder.push(key);
        }
        const part = cur();
        part.markers.push([part.text.length, n]);
        break;
      }
      case 'w:drawing':
      case 'w:pict':
      case 'mc:AlternateContent':
      case 'w:object':
        runs(ctx, c, para, undefined, styleBold);
        break;
      default:
        break;
    }
  }
}

/* ------------------------------------------------------------------------------------------ */
/* Parts                                                                                        */
/* ------------------------------------------------------------------------------------------ */

const REL_TYPE = /\/(officeDocument|footnotes|endnotes|header|footer|styles|numbering)$/;

/** The document's relationships: id → { type, entry name } (names resolved inside the archive only). */
function relationships(zip: ZipArchive, part: string): Map<string, { type: string; target: string }> {
  const dir = part.slice(0, part.lastIndexOf('/') + 1);
  const relsName = `${dir}_rels/${part.slice(dir.length)}.rels`;
  const map = new Map<string, { type: string; target: string }>();
  const xml = zip.text(relsName);
  if (!xml) return map;
  for (const r of descendants(parseXml(xml), 'Relationship')) {
    const type = REL_TYPE.exec(r.attrs.Type ?? '')?.[1];
    if (!type || r.attrs.TargetMode === 'External') continue;
    map.set(r.attrs.Id ?? '', { type, target: resolveEntry(dir, r.attrs.Target ?? '') });
  }
  return map;
}

/** A relationship target as an entry name: "../x" and "./x" resolved against the part's folder. */
function resolveEntry(dir: string, target: string): string {
  const parts = (target.startsWith('/') ? target.slice(1) : dir + target).split('/');
  const out: string[] = [];
  for (const p of parts) {
    if (p === '..') out.pop();
    else if (p !== '.' && p !== '') out.push(p);
  }
  return out.join('/');
}

function mainPart(zip: ZipArchive): string {
  const xml = zip.text('_rels/.rels');
  if (xml) {
    for (const r of descendants(parseXml(xml), 'Relationship')) {
      if (/\/officeDocument$/.test(r.attrs.Type ?? '')) return resolveEntry('', r.attrs.Target ?? '');
    }
  }
  return 'word/document.xml';
}

/** Notes of one notes part: id → text (separators and continuation notices skipped). */
function readNotes(ctx: Ctx, xml: string | null, tag: string): Map<string, string> {
  const map = new Map<string, string>();
  if (!xml) return map;
  for (const note of descendants(parseXml(xml), tag)) {
    const type = note.attrs['w:type'];
    if (type && type !== 'normal') continue;
    const texts = descendants(note, 'w:p').map((p) => paraText(ctx, p).replace(/\s+/g, ' ').trim());
    map.set(note.attrs['w:id'] ?? '', texts.filter(Boolean).join(' '));
  }
  return map;
}

/** docProps/custom.xml: property name (lower case) → value; Word's _x000d_ escapes decoded. */
export function readProperties(xml: string | null): Record<string, string> {
  const props: Record<string, string> = {};
  if (!xml) return props;
  for (const p of descendants(parseXml(xml), 'property')) {
    const name = (p.attrs.name ?? '').toLowerCase();
    const value = textContent(p)
      .replace(/_x([0-9a-fA-F]{4})_/g, (_, h: string) => String.fromCharCode(Number.parseInt(h, 16)))
      .replace(/\s+/g, ' ')
      .trim();
    if (name && value && !Object.hasOwn(props, name)) props[name] = value;
  }
  return props;
}

export function readDocx(bytes: Uint8Array, path: string): RawDocument {
  const zip = openZip(bytes, path);
  const main = mainPart(zip);
  const xml = zip.text(main);
  if (xml === null) throw new InputError(`${path}: not a Word document (no ${main})`, 'not-docx', path);
  const rels = relationships(zip, main);
  const target = (type: string, fallback: string) =>
    [...rels.values()].find((r) => r.type === type)?.target ?? fallback;
  const doc = parseXml(xml);
  const body = child(child(doc, 'w:document'), 'w:body');
  const ctx: Ctx = {
    styles: readStyles(zip.text(target('styles', 'word/styles.xml'))),
    numbering: new Numbering(() => zip.text(target('numbering', 'word/numbering.xml'))),
    geometry: pageGeometry(body),
    out: [],
    notes: new Map(),
    noteOrder: [],
    side: 0,
    repeated: false,
    cell: 0,
    inRow: false,
    pendingGap: true,
    lastHeading: false,
  };
  // The body, then every header and footer part as side column (furniture). After the body: the
  // first page's printed fields come first, and a continuation-page header's cached field value
  // (which Word updates only when it prints that page) comes second.
  ctx.pendingGap = true;
  if (body) walkBlocks(ctx, body);
  const seen = new Set<string>();
  for (const sect of body ? descendants(body, 'w:sectPr') : []) {
    for (const ref of sect.children) {
      if (!isXEl(ref) || (ref.name !== 'w:headerReference' && ref.name !== 'w:footerReference')) continue;
      const part = rels.get(ref.attrs['r:id'] ?? '');
      if (!part || seen.has(part.target)) continue;
      seen.add(part.target);
      const partXml = zip.text(part.target);
      if (!partXml) continue;
      const root = parseXml(partXml).children.find(isXEl);
      if (!root) continue;
      ctx.side++;
      ctx.repeated = true;
      ctx.pendingGap = true;
      walkBlocks(ctx, root);
      ctx.repeated = false;
      ctx.side--;
    }
  }
  const footnotes = readNotes(ctx, zip.text(target('footnotes', 'word/footnotes.xml')), 'w:footnote');
  const endnotes = readNotes(ctx, zip.text(target('endnotes', 'word/endnotes.xml')), 'w:endnote');

  const lines: Line[] = [];
  for (const o of ctx.out) {
    const heading = o.heading !== null && !o.side;
    const line: Line = { text: o.text, page: null, size: heading ? HEADING_SIZE : BODY_SIZE };
    if (heading || (o.side && o.total > 0 && o.bold === o.total)) line.bold = true;
    if (o.gap) line.gapBefore = true;
    if (o.side) line.column = 'side';
    if (o.repeated) line.repeated = true;
    if (o.markers.length > 0 && !o.side) line.markers = o.markers;
    lines.push(line);
  }
  if (lines.length > 0) lines[0].gapBefore = true;
  const notes = ctx.noteOrder.map((key, i) => ({
    number: i + 1,
    text: (key[0] === 'f' ? footnotes : endnotes).get(key.slice(1)) ?? '',
  }));
  const properties = readProperties(zip.text('docProps/custom.xml'));
  return {
    format: 'docx',
    pages: paginate(lines, notes),
    pageCount: null,
    bodySize: BODY_SIZE,
    styledHeadings: true,
    sideColumn: true,
    ...(Object.keys(properties).length > 0 ? { properties } : {}),
  };
}
