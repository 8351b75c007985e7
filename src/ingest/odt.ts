/**
 * The ODT reader (OpenDocument text, as the official publication offers it, and as LibreOffice saves
 * letters): content.xml in a ZIP (zip.ts), read as the DOCX reader reads Word:
 *  - paragraphs one line each; <text:h> headings bold and larger (their outline level is the style);
 *    direct bold makes no heading;
 *  - lists with their markers ("1.", "a)", "•") from the list style;
 *  - tables row by row, never bold: a row of one-line cells is one line, other rows their cells' lines;
 *  - notes (<text:note>) as "N text" lines at the end, their places kept as Line.markers;
 *  - frames (<draw:frame> text boxes, the side column) and the master pages' headers and footers
 *    (styles.xml) as Line.column 'side';
 *  - tracked changes read as accepted (the deletions kept in <text:tracked-changes> are not read),
 *    annotations not read;
 *  - meta.xml's user-defined properties as raw.properties.
 */
import { InputError } from '../model/errors.js';
import type { Line, RawDocument } from '../model/page.js';
import { paginate } from './paginate.js';
import { child, descendants, isXEl, parseXml, textContent, type XEl } from './xml.js';
import { openZip } from './zip.js';

const BODY_SIZE = 10;
const HEADING_SIZE = 12;

interface Out {
  text: string;
  gap: boolean;
  heading: boolean;
  side: boolean;
  bold: boolean;
  markers: Array<[number, number]>;
}

interface ListLevel {
  number: boolean;
  format: string;
  suffix: string;
  prefix: string;
}

interface Ctx {
  out: Out[];
  notes: string[];
  side: number;
  /** List styles: name → levels (1-based). */
  lists: Map<string, ListLevel[]>;
  /** Text styles set in bold. */
  bold: Set<string>;
  /** The list being walked: its style and counters per level. */
  list: { style: string | undefined; counts: number[] } | null;
  level: number;
  pendingGap: boolean;
}

const SKIP = new Set([
  'office:annotation',
  'office:annotation-end',
  'text:tracked-changes',
  'text:note-citation',
  'text:bookmark',
  'text:soft-page-break',
  'text:sequence-decls',
  'text:variable-decls',
  'office:forms',
]);

function readStyles(ctx: Ctx, root: XEl | undefined): void {
  if (!root) return;
  for (const ls of descendants(root, 'text:list-style')) {
    const levels: ListLevel[] = [];
    for (const l of ls.children) {
      if (!isXEl(l)) continue;
      const level = Number.parseInt(l.attrs['text:level'] ?? '1', 10);
      levels[level] = {
        number: l.name === 'text:list-level-style-number',
        format: l.attrs['style:num-format'] ?? '1',
        suffix: l.attrs['style:num-suffix'] ?? '',
        prefix: l.attrs['style:num-prefix'] ?? '',
      };
    }
    ctx.lists.set(ls.attrs['style:name'] ?? '', levels);
  }
  for (const s of descendants(root, 'style:style')) {
    const props = child(s, 'style:text-properties');
    const weight = props?.attrs['fo:font-weight'];
    if (weight === 'bold' || (weight && Number(weight) >= 600)) bold(ctx, s.attrs['style:name']);
  }
}

function bold(ctx: Ctx, name: string | undefined): void {
  if (name) ctx.bold.add(name);
}

function marker(ctx: Ctx): string | null {
  const list = ctx.list;
  if (!list) return null;
  const levels = ctx.lists.get(list.style ?? '');
  const level = levels?.[ctx.level];
  list.counts[ctx.level] = (list.counts[ctx.level] ?? 0) + 1;
  list.counts.length = ctx.level + 1;
  if (!level?.number) return '•';
  if (level.format === '') return null;
  const n = list.counts[ctx.level];
  const value =
    level.format === 'a'
      ? String.fromCharCode(96 + (((n - 1) % 26) + 1))
      : level.format === 'A'
        ? String.fromCharCode(64 + (((n - 1) % 26) + 1))
        : level.format === 'i' || level.format === 'I'
          ? roman(n, level.format === 'i')
          : String(n);
  return `${level.prefix}${value}${level.suffix}`.trim() || null;
}

function roman(n: number, lower: boolean): string {
  const table: Array<[number, string]> = [
    [10, 'X'],
    [9, 'IX'],
    [5, 'V'],
    [4, 'IV'],
    [1, 'I'],
  ];
  let s = n >= 40 ? String(n) : '';
  for (let k = n; !s && k > 0; )
    for (const [v, r] of table)
      if (k >= v) {
        s += r;
        k -= v;
        break;
      }
  if (!s) s = String(n);
  return lower ? s.toLowerCase() : s;
}

function blocks(ctx: Ctx, el: XEl): void {
  for (const c of el.children) {
    if (!isXEl(c) || SKIP.has(c.name)) continue;
    switch (c.name) {
      case 'text:p':
      case 'text:h':
        paragraph(ctx, c, c.name === 'text:h');
        break;
      case 'text:list': {
        const outer = ctx.list;
        const style = c.attrs['text:style-name'] ?? outer?.style;
        if (!outer) ctx.list = { style, counts: [] };
        ctx.level++;
        for (const item of c.children) {
          if (isXEl(item) && (item.name === 'text:list-item' || item.name === 'text:list-header'))
            blocks(ctx, item);
        }
        ctx.level--;
        if (!outer) ctx.list = null;
        ctx.pendingGap = true;
        break;
      }
      case 'table:table':
        ctx.pendingGap = true;
        for (const row of descendants(c, 'table:table-row')) {
          ctx.pendingGap = true;
          const cells = row.children.filter((x): x is XEl => isXEl(x) && x.name === 'table:table-cell');
          // A row of one-line cells is one line, its cells run on ("Tweede Kamer der Staten-Generaal 2").
          const simple = simpleRow(cells);
          if (simple) {
            const text = simple.map((p) => textContent(p).replace(/\s+/g, ' ').trim()).join(' ');
            ctx.out.push({ text, gap: true, heading: false, side: ctx.side > 0, bold: false, markers: [] });
            continue;
          }
          for (const cell of cells) blocks(ctx, cell);
        }
        ctx.pendingGap = true;
        break;
      case 'draw:frame':
      case 'draw:text-box':
        frame(ctx, c);
        break;
      default:
        blocks(ctx, c);
    }
  }
}

/** The row's paragraphs with text when every cell holds at most one plain one; null otherwise. */
function simpleRow(cells: XEl[]): XEl[] | null {
  const paragraphs: XEl[] = [];
  for (const cell of cells) {
    let n = 0;
    for (const p of cell.children) {
      if (!isXEl(p)) continue;
      if (
        p.name !== 'text:p' ||
        descendants(p, 'text:note').length > 0 ||
        descendants(p, 'draw:frame').length > 0
      )
        return null;
      if (textContent(p).trim() !== '') {
        if (++n > 1) return null;
        paragraphs.push(p);
      }
    }
  }
  return paragraphs.length > 0 ? paragraphs : null;
}

function frame(ctx: Ctx, el: XEl): void {
  ctx.side++;
  const saved = ctx.pendingGap;
  ctx.pendingGap = true;
  for (const box of descendants(el, 'draw:text-box')) blocks(ctx, box);
  ctx.pendingGap = saved;
  ctx.side--;
}

interface Part {
  text: string;
  boldChars: number;
  markers: Array<[number, number]>;
}

function paragraph(ctx: Ctx, p: XEl, heading: boolean): void {
  const parts: Part[] = [{ text: '', boldChars: 0, markers: [] }];
  const paraBold = ctx.bold.has(p.attrs['text:style-name'] ?? '');
  inline(ctx, p, parts, paraBold);
  const hasText = parts.some((x) => x.text.trim() !== '');
  if (!hasText) {
    ctx.pendingGap = true;
    return;
  }
  const mark = ctx.list && ctx.level > 0 ? marker(ctx) : null;
  // Every paragraph is a block of its own (ODT sets paragraph spacing in styles, as HTML does);
  // in the side column lines run on until an empty paragraph, so that a label keeps its value.
  let gap = ctx.side > 0 ? ctx.pendingGap : true;
  let prefix = mark !== null ? `${mark} ` : '';
  for (const part of parts) {
    const raw = prefix + part.text.trimStart();
    const lead = part.text.length - part.text.trimStart().length;
    const text = raw.replace(/\s+/g, ' ').trim();
    if (text) {
      const shift = prefix.length - lead;
      ctx.out.push({
        text,
        gap,
        heading,
        side: ctx.side > 0,
        bold: part.boldChars >= text.length - prefix.length && part.boldChars > 0,
        markers: part.markers.map(([at, n]): [number, number] => [
          Math.max(0, Math.min(text.length, at + shift)),
          n,
        ]),
      });
      gap = false;
      prefix = '';
    }
  }
  ctx.pendingGap = false;
}

function inline(ctx: Ctx, el: XEl, parts: Part[], isBold: boolean): void {
  for (const c of el.children) {
    const cur = parts[parts.length - 1];
    if (typeof c === 'string') {
      const s = c.replace(/[\t\n\r ]+/g, ' ');
      cur.text += s;
      if (isBold) cur.boldChars += s.trim().length;
      continue;
    }
    if (SKIP.has(c.name)) continue;
    switch (c.name) {
      case 'text:s':
        cur.text += ' '.repeat(Math.min(Number.parseInt(c.attrs['text:c'] ?? '1', 10) || 1, 80));
        break;
      case 'text:tab':
        cur.text += ' ';
        break;
      case 'text:line-break':
        parts.push({ text: '', boldChars: 0, markers: [] });
        break;
      case 'text:note': {
        const body = child(c, 'text:note-body');
        ctx.notes.push(body ? noteText(body) : '');
        cur.markers.push([cur.text.length, ctx.notes.length]);
        break;
      }
      case 'draw:frame':
        frame(ctx, c);
        break;
      case 'text:span':
      case 'text:a':
        inline(ctx, c, parts, isBold || ctx.bold.has(c.attrs['text:style-name'] ?? ''));
        break;
      default:
        inline(ctx, c, parts, isBold);
    }
  }
}

function noteText(body: XEl): string {
  return descendants(body, 'text:p')
    .map((p) => textContent(p).replace(/\s+/g, ' ').trim())
    .filter(Boolean)
    .join(' ');
}

export function readOdt(bytes: Uint8Array, path: string): RawDocument {
  const zip = openZip(bytes, path);
  const content = zip.text('content.xml');
  if (content === null)
    throw new InputError(`${path}: not an OpenDocument text (no content.xml)`, 'not-odt', path);
  const ctx: Ctx = {
    out: [],
    notes: [],
    side: 0,
    lists: new Map(),
    bold: new Set(),
    list: null,
    level: 0,
    pendingGap: true,
  };
  const doc = parseXml(content);
  const stylesXml = zip.text('styles.xml');
  const styles = stylesXml ? parseXml(stylesXml) : undefined;
  readStyles(ctx, styles);
  readStyles(ctx, child(child(doc, 'office:document-content'), 'office:automatic-styles'));
  const text = child(child(child(doc, 'office:document-content'), 'office:body'), 'office:text');
  ctx.pendingGap = true;
  if (text) blocks(ctx, text);
  // The master pages' headers and footers, after the text: side column (furniture).
  for (const master of styles ? descendants(styles, 'style:master-page') : []) {
    for (const part of master.children) {
      if (!isXEl(part) || !/^style:(?:header|footer)(?:-first|-left)?$/.test(part.name)) continue;
      ctx.side++;
      ctx.pendingGap = true;
      blocks(ctx, part);
      ctx.side--;
    }
  }

  const lines: Line[] = [];
  const seenSide = new Set<string>();
  for (const o of ctx.out) {
    // Master pages repeat the same header or footer: once is enough.
    if (o.side) {
      if (seenSide.has(o.text)) continue;
      seenSide.add(o.text);
    }
    const heading = o.heading && !o.side;
    const line: Line = { text: o.text, page: null, size: heading ? HEADING_SIZE : BODY_SIZE };
    if (heading || (o.side && o.bold)) line.bold = true;
    if (o.gap) line.gapBefore = true;
    if (o.side) line.column = 'side';
    if (o.markers.length > 0 && !o.side) line.markers = o.markers;
    lines.push(line);
  }
  const notes = ctx.notes.map((t, i) => ({ number: i + 1, text: t }));
  const metaXml = zip.text('meta.xml');
  const properties: Record<string, string> = {};
  if (metaXml) {
    for (const u of descendants(parseXml(metaXml), 'meta:user-defined')) {
      const name = (u.attrs['meta:name'] ?? '').toLowerCase();
      const value = textContent(u).replace(/\s+/g, ' ').trim();
      if (name && value && !Object.hasOwn(properties, name)) properties[name] = value;
    }
  }
  return {
    format: 'odt',
    pages: paginate(lines, notes),
    pageCount: null,
    bodySize: BODY_SIZE,
    styledHeadings: true,
    sideColumn: true,
    ...(Object.keys(properties).length > 0 ? { properties } : {}),
  };
}
