/**
 * The markup reader: letters saved as HTML (officielebekendmakingen.nl, rijksoverheid.nl and
 * other pages) or as the official publication XML (root <officiele-publicatie>, op-xsd-2014-05-15:
 * <kamerstuk>, <dossier>, <stuk>, <al>, <tussenkop>, <divisie>/<kop>, <lijst>/<li>, <noot>,
 * <ondertekening>; also <kamervragen>).
 *
 * A small tag tokenizer (indexOf scanning, no backtracking regexes) builds a forgiving tree;
 * a walk turns it into lines the later stages already know from other readers:
 *  - every block element is a line with gapBefore; inline text is joined; <br> breaks the line
 *    inside the same block;
 *  - headings (h1-h6, <tussenkop>, <kop>, question numbers, bold-only paragraphs) are bold with
 *    size 12, all other lines size 10, and raw.bodySize is 10, so the structure stage treats the
 *    document as styled;
 *  - the official header is kept as the text rules expect it ("Tweede Kamer der Staten-Generaal",
 *    "Vergaderjaar 2024–2025", "34 682 Nationale Omgevingsvisie", "Nr. 205 BRIEF VAN ..."), never bold;
 *  - footnotes (<noot> in XML; in HTML a numbered in-page link to a note, or elements classed as
 *    notes) become "N text" lines at the end of the page, and their places in the body lines are
 *    kept as Line.markers (a letter with more than 24 notes is cut into pages, number null, of at
 *    most 24 notes each, since the layout stage looks for a page's notes in its last lines);
 *  - the signature (<ondertekening>, or its HTML rendering) gives one line per role and per name.
 * For web pages the main content is taken (<main>, the official text body, <article>), and
 * navigation, page headers and footers, forms and scripts are skipped.
 *
 * The parts, in markup/: tokenize (tags → tree), elements (the element vocabulary), text, notes
 * (footnotes in HTML), writer (lines), walk (tree → lines), header (the Kamerstuk's top lines),
 * content (which part of a web page is the letter). Pagination is shared with docx and odt (paginate.ts).
 */
import { OFFICIAL_CHAMBER, OFFICIAL_DOSSIER, OFFICIAL_YEAR } from '../lexicon/official-header.js';
import type { Line, RawDocument } from '../model/page.js';
import { contentRoot, metaOf } from './markup/content.js';
import { isOfficialHeader } from './markup/header.js';
import { findHtmlNotes } from './markup/notes.js';
import { type El, parse } from './markup/tokenize.js';
import { type Ctx, walk, walkChildren } from './markup/walk.js';
import { BODY_SIZE, HEADING_SIZE, MAX_LINE, type OutLine, Writer } from './markup/writer.js';
import { type Note, paginate } from './paginate.js';

/** A document that opens with a tag, a declaration, a doctype or a comment. */
const MARKUP_START = /^(?:\ufeff)?\s*<(?:\?xml\b|!doctype\b|!--|[A-Za-z][\w:.-]*[\s/>])/i;

export function looksLikeMarkup(text: string): boolean {
  if (!MARKUP_START.test(text.slice(0, 512))) return false;
  // A real document closes something.
  return text.includes('</') || text.includes('/>');
}

export function readMarkup(text: string): RawDocument | null {
  if (!looksLikeMarkup(text)) return null;
  const tree = parse(text);
  const root = contentRoot(tree);
  const html = tree.html ? findHtmlNotes(tree) : { refs: new Map(), printed: new Map(), defs: new Set<El>() };
  const w = new Writer();
  const ctx: Ctx = {
    w,
    html,
    numbers: new Map(),
    inContent: root === tree.root || root.name === 'body' ? 0 : 1,
    leaf: 0,
    signature: 0,
    counters: new Map(),
    pre: 0,
  };
  if (root === tree.root) walkChildren(ctx, root);
  else walk(ctx, root);
  const out = w.finish();

  // A page from officielebekendmakingen.nl names the chamber and year only in its metadata.
  if (out.length > 0 && OFFICIAL_DOSSIER.test(out[0].text)) {
    const meta = metaOf(tree);
    const chamber = meta.get('DC.creator');
    const year = meta.get('OVERHEIDop.vergaderjaar');
    const top: string[] = [];
    if (chamber && OFFICIAL_CHAMBER.test(chamber)) top.push(chamber);
    if (year && OFFICIAL_YEAR.test(`Vergaderjaar ${year}`)) top.push(`Vergaderjaar ${year}`);
    out.unshift(
      ...top.map((t) => ({ text: t, gap: true, heading: false, total: t.length, bold: 0, markers: [] })),
    );
  }

  const lines: Line[] = [];
  let headerZone = true;
  for (const o of out) {
    const official = headerZone && isOfficialHeader(o.text);
    if (!official && lines.length >= 2) headerZone = false;
    const bold = !official && (o.heading || (o.total > 0 && o.bold === o.total));
    for (const [k, part] of splitLong(o).entries()) {
      const line: Line = { text: part.text, page: null, size: bold ? HEADING_SIZE : BODY_SIZE };
      if (bold) line.bold = true;
      if (k === 0 && (o.gap || lines.length === 0)) line.gapBefore = true;
      if (part.markers.length > 0) line.markers = part.markers;
      lines.push(line);
    }
  }
  return {
    format: tree.html ? 'html' : 'xml',
    pages: paginate(lines, renumberNotes(lines, w.notes)),
    pageCount: null,
    bodySize: BODY_SIZE,
    styledHeadings: true,
  };
}

/**
 * A letter, a motion or any official publication has running text: a line of at least
 * RUNNING_WORDS words. A search result record, a metadata file or an index page has field values
 * only (a title, a date, "2.0"), and is no letter to read.
 */
const RUNNING_WORDS = 8;
const WORD = /\S+/g;
export function hasRunningText(raw: RawDocument): boolean {
  for (const page of raw.pages)
    for (const line of page.lines) {
      if (line.text.length < RUNNING_WORDS * 2) continue;
      WORD.lastIndex = 0;
      let n = 0;
      while (WORD.exec(line.text) && ++n < RUNNING_WORDS);
      if (n >= RUNNING_WORDS) return true;
    }
  return false;
}

/** Known record vocabularies by their root element: named in the message. */
const RECORD_ROOTS: Array<[RegExp, string]> = [
  [/(?:^|:)(?:searchRetrieveResponse|recordData|record)$/i, 'a search result record'],
  [/^(?:metadata_gegevens|owms.*)$|(?:^|:)metadata$/i, 'a metadata file'],
  [/(?:^|:)RDF$/, 'an RDF metadata record'],
];
/** The document element's name, after the prolog (declaration, comments, doctype). */
const ROOT_NAME =
  /^(?:\ufeff)?\s*(?:<\?[\s\S]*?\?>\s*|<!--[\s\S]*?-->\s*|<!doctype[^>]*>\s*)*<([A-Za-z_][\w:.-]*)/i;

/** What a markup document without running text is, for the message: "a search result record". */
export function describeRecord(text: string, raw: RawDocument): string {
  const root = ROOT_NAME.exec(text.slice(0, 4096))?.[1] ?? '';
  for (const [re, what] of RECORD_ROOTS) if (re.test(root)) return what;
  return raw.format === 'html' ? 'an HTML page' : 'an XML file';
}

/**
 * Notes numbered 1..n in the order their markers appear in the text (notes never referred to
 * follow); the markers on the lines are renumbered to match.
 */
function renumberNotes(lines: Line[], notes: Note[]): Note[] {
  const map = new Map<number, number>();
  for (const line of lines) for (const [, n] of line.markers ?? []) if (!map.has(n)) map.set(n, map.size + 1);
  for (const note of notes) if (!map.has(note.number)) map.set(note.number, map.size + 1);
  for (const line of lines) {
    if (line.markers) line.markers = line.markers.map(([at, n]): [number, number] => [at, map.get(n) ?? n]);
  }
  const known = new Set(notes.map((n) => map.get(n.number)));
  for (const line of lines) if (line.markers) line.markers = line.markers.filter(([, n]) => known.has(n));
  return notes
    .map((n) => ({ number: map.get(n.number) ?? n.number, text: n.text }))
    .sort((a, b) => a.number - b.number);
}

/** A line longer than MAX_LINE is cut at spaces; markers move with their text. */
function splitLong(o: OutLine): Array<{ text: string; markers: Array<[number, number]> }> {
  if (o.text.length <= MAX_LINE) return [{ text: o.text, markers: o.markers }];
  const parts: Array<{ text: string; markers: Array<[number, number]> }> = [];
  let from = 0;
  while (from < o.text.length) {
    let to = Math.min(o.text.length, from + MAX_LINE);
    if (to < o.text.length) {
      const space = o.text.lastIndexOf(' ', to);
      if (space > from + MAX_LINE / 2) to = space;
    }
    const markers = o.markers
      .filter(([at]) => at >= from && (at < to || (to === o.text.length && at === to)))
      .map(([at, n]): [number, number] => [at - from, n]);
    const piece = o.text.slice(from, to);
    const trimmed = piece.trimStart();
    const shift = piece.length - trimmed.length;
    parts.push({
      text: trimmed.trimEnd(),
      markers: markers.map(([at, n]): [number, number] => [Math.max(0, at - shift), n]),
    });
    from = to;
  }
  return parts.filter((p) => p.text);
}
