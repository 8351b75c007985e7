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
 *    their places in the text kept as Line.markers (the pagination of paginate.ts, shared with the markup reader);
 *  - the template's side column (a table, text box or frame placed right of the text column) and
 *    every header and footer part as Line.column 'side' (raw.sideColumn), where the layout stage reads
 *    the labelled fields (Datum, Betreft, Ons kenmerk) and keeps them out of the body;
 *  - field codes give their printed result (DOCPROPERTY, PAGE), never their instruction;
 *  - tracked changes are read as accepted (insertions kept, deletions dropped), comments and hidden
 *    text are not read;
 *  - docProps/custom.xml's properties (datum, onderwerp, kenmerk, ...) as raw.properties, which the
 *    pipeline uses only for metadata the printed text lacks.
 *
 * The parts, in docx/: styles (heading levels by style), numbering (list markers), walk (paragraphs,
 * tables, runs → lines). This file reads the package's parts.
 */
import { InputError } from '../model/errors.js';
import type { Line, RawDocument } from '../model/page.js';
import { Numbering } from './docx/numbering.js';
import { readStyles } from './docx/styles.js';
import { type Ctx, pageGeometry, paraText, walkBlocks } from './docx/walk.js';
import { paginate } from './paginate.js';
import { child, descendants, isXEl, parseXml, textContent } from './xml.js';
import { openZip, type ZipArchive } from './zip.js';

const BODY_SIZE = 10;
const HEADING_SIZE = 12;

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
