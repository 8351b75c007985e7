/** The walk over the body: paragraphs, tables, text boxes and runs → lines, with the side column placed apart. */
import { child, descendants, isXEl, textContent, type XEl } from '../xml.js';
import type { Numbering } from './numbering.js';
import { headingLevel, num, on, type Styles, styleProp } from './styles.js';

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

export interface Ctx {
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

export function pageGeometry(body: XEl | undefined): Geometry {
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
export function walkBlocks(ctx: Ctx, el: XEl): void {
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

export function table(ctx: Ctx, tbl: XEl): void {
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

export function push(ctx: Ctx, text: string, o: Omit<Out, 'text' | 'total' | 'side' | 'repeated'>): boolean {
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

export function paraText(ctx: Ctx, p: XEl | undefined): string {
  if (!p) return '';
  const para: Para = { parts: [{ text: '', bold: 0, markers: [] }] };
  runs(ctx, p, para, undefined, false);
  return para.parts.map((x) => x.text).join(' ');
}

export function paragraph(ctx: Ctx, p: XEl): void {
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
