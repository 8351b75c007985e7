/**
 * The plain-text reader. It detects which of the three shapes of text users have, never asks:
 *  - 'pdf-text': text extracted from a PDF by common tools. Either double-spaced (every line
 *    followed by an empty line; a whitespace-only line is a real blank line; a line that starts
 *    with a space begins a new page), or with form feeds between pages (pdftotext).
 *  - 'official': the official publication's plain text: hard-wrapped, opening with a Kamerstuk
 *    header ("34 682 Nationale Omgevingsvisie", "Nr. 205", "BRIEF VAN DE MINISTER VAN ...").
 *  - 'paragraph-per-line': one paragraph per line (copied from a web page or a word processor).
 * Output: pages of lines, with gapBefore marking blank lines.
 */
import type { Line, Page, RawDocument, TextShape } from '../model/page.js';

/** Control characters other than tab, newline, carriage return and form feed. */
// biome-ignore lint/suspicious/noControlCharactersInRegex: removing control characters is the point
const CONTROL = /[\u0000-\u0008\u000b\u000e-\u001f\u007f\u200b\u200e\u200f\u202a-\u202e\u2066-\u2069\ufeff]/g;
const SPACES = /[\u00a0\u2000-\u200a\u202f\u205f\u3000\t]/g;
/**
 * A dossier line ("34 682 Nationale Omgevingsvisie", "21 501-07 Raad ...", "36 800 X ...", "36708 Toeslagen"),
 * or the publication site's value row, which names the Kamerstuk ("...Staten-Generaal2013-201427830 nr. 113").
 */
const OFFICIAL_DOSSIER =
  /^\s*(?:\d{2} ?\d{3}(?:[-–]\d{2}|(?:[-–]| )(?:[A-Z]{1,2}|[IVXL]{3,5}))?(?:\s|$)|(?:Tweede|Eerste) Kamer der Staten-Generaal\s*\d{4}\s*[-–]\s*\d{4}\s*\S+,?\s+nr\.)/;
/** The letter's number ("Nr. 205", "E BRIEF VAN", "E/ Nr. 53"), "BRIEF VAN", the session, the chamber, the site's label row. */
const OFFICIAL_MARK =
  /^\s*(?:Nr\. \d+|(?:[A-Z]{1,3}\d{0,2}(?:\s*\/\s*Nr\.\s*\d+)?\s+)?BRIEF VAN |Vergaderjaar \d{4}|Tweede Kamer der Staten-Generaal|Eerste Kamer der Staten-Generaal|Datum\s*publicatie\s*Organisatie)/;
/** A line longer than this is no printed line but a paragraph. */
const LONG_LINE = 160;
/** Longer lines than this are split (a 10 MB line is no line of a letter). */
const MAX_LINE = 20_000;

/** Any character that normaliseText changes: carriage return, CONTROL, SPACES (one class: faster than three). */
const NEEDS_NORMALISING = new RegExp(`[\\r${CONTROL.source.slice(1, -1)}${SPACES.source.slice(1, -1)}]`);
/** A character that trim() keeps: \s is exactly the set trim() removes (WhiteSpace and LineTerminator). */
const NON_BLANK = /\S/;
/** l.trim() !== '', without making the trimmed string; a printable ASCII first character settles it. */
const hasText = (l: string) => {
  const c = l.charCodeAt(0);
  return (c > 32 && c < 127) || NON_BLANK.test(l);
};

export function normaliseText(text: string): string {
  // Most text has none of these characters: one search spares the three replacements.
  if (!NEEDS_NORMALISING.test(text)) return text;
  return text.replace(/\r\n?/g, '\n').replace(CONTROL, '').replace(SPACES, ' ');
}

/** Double spacing: nearly every non-empty line is followed by an empty line. */
export function isDoubleSpaced(lines: string[]): boolean {
  let nonEmpty = 0;
  let followedByEmpty = 0;
  for (let i = 0; i < lines.length; i++) {
    if (lines[i] === '') continue;
    nonEmpty++;
    if (lines[i + 1] === '') followedByEmpty++;
  }
  return nonEmpty >= 4 && followedByEmpty >= nonEmpty * 0.85;
}

export function detectShape(lines: string[]): TextShape {
  const nonEmpty: string[] = [];
  for (const l of lines) if (hasText(l)) nonEmpty.push(l);
  if (nonEmpty.length === 0) return 'paragraph-per-line';
  const head = nonEmpty.slice(0, 15);
  if (head.some((l) => OFFICIAL_DOSSIER.test(l)) && head.some((l) => OFFICIAL_MARK.test(l)))
    return 'official';
  if (isDoubleSpaced(lines)) return 'pdf-text';
  // Hard-wrapped text has no lines much longer than a printed line; paragraphs on one line do.
  // (Only a line longer than LONG_LINE can be longer than that once trimmed.)
  let long = 0;
  for (const l of nonEmpty) if (l.length > LONG_LINE && l.trim().length > LONG_LINE) long++;
  if (long >= 2 && long >= nonEmpty.length * 0.2) return 'paragraph-per-line';
  return 'pdf-text';
}

function splitLong(line: string): string[] {
  if (line.length <= MAX_LINE) return [line];
  const out: string[] = [];
  for (let i = 0; i < line.length; i += MAX_LINE) out.push(line.slice(i, i + MAX_LINE));
  return out;
}

/** The text's lines, those longer than MAX_LINE cut in pieces (split only when there is one). */
function splitLines(text: string): string[] {
  const lines = text.split('\n');
  if (text.length > MAX_LINE) for (const l of lines) if (l.length > MAX_LINE) return lines.flatMap(splitLong);
  return lines;
}

export function readText(input: string): RawDocument {
  const text = normaliseText(input);
  const hasFormFeeds = text.includes('\f');
  const rawLines = splitLines(text);
  const plain = hasFormFeeds ? rawLines.map((l) => l.replaceAll('\f', '')) : rawLines;
  const shape = detectShape(plain);
  const pages: Page[] = [];
  let current: Page = { number: null, lines: [] };
  const doubleSpaced = shape === 'pdf-text' && !hasFormFeeds && isDoubleSpaced(plain);
  const paged = doubleSpaced || (shape === 'pdf-text' && hasFormFeeds);
  let pageNo = 1;
  if (paged) current.number = 1;
  let gap = false;
  let lastWasParagraph = false;
  const newPage = () => {
    if (current.lines.length > 0 || !paged) pages.push(current);
    else if (pages.length === 0) return;
    pageNo = pages.length + 1;
    current = { number: paged ? pageNo : null, lines: [] };
  };
  for (let raw of rawLines) {
    if (hasFormFeeds && raw.includes('\f')) {
      const parts = raw.split('\f');
      for (let i = 0; i < parts.length - 1; i++) {
        const trimmed = parts[i].trim();
        if (trimmed) pushLine(trimmed);
        if (current.lines.length > 0) newPage();
      }
      raw = parts[parts.length - 1];
    }
    if (doubleSpaced && raw === '') continue;
    const trimmed = raw.trim();
    if (trimmed === '') {
      gap = true;
      continue;
    }
    if (doubleSpaced && raw.startsWith(' ') && current.lines.length > 0) newPage();
    pushLine(trimmed);
  }
  if (current.lines.length > 0 || pages.length === 0) pages.push(current);

  /** A line of text, already trimmed. */
  function pushLine(text: string) {
    const line: Line = { text, page: current.number };
    // A line far longer than a printed line is a paragraph of its own.
    const paragraph = line.text.length > LONG_LINE;
    if (gap || shape === 'paragraph-per-line' || paragraph || lastWasParagraph) line.gapBefore = true;
    gap = false;
    lastWasParagraph = paragraph;
    current.lines.push(line);
  }

  return {
    format: 'text',
    pages,
    pageCount: paged ? pages.length : null,
    textShape: shape,
  };
}
