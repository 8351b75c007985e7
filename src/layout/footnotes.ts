/**
 * Footnotes from text: numbered lines at the end of a page ("1 Tweede Kamer, vergaderjaar ..."),
 * numbered in sequence through the letter, with their continuation lines. Then the markers in the
 * body ("gestuurd1", "Minhas4", or a PDF superscript already split off by the reader) are removed
 * from the text, and their place is kept on the line (Line.markers).
 */
import type { KDocument } from '../model/document.js';
import type { Line } from '../model/page.js';
import { allLines, keepLines } from './furniture.js';
import { ENDS_SENTENCE } from './patterns.js';

/** "1 Tweede Kamer, ..." or, as pdftotext prints a superscript, "1" alone with the text on the next line. */
const FOOTNOTE_START = /^(\d{1,3})(?:\s+(\S.*))?$/;
/** How many lines at the end of a page may hold footnotes. */
const TAIL = 24;

export function textFootnotes(doc: KDocument): void {
  let expected = doc.footnotes.reduce((n, f) => Math.max(n, f.number), 0) + 1;
  for (const page of doc.raw.pages) {
    const lines = page.lines;
    const from = Math.max(0, lines.length - TAIL);
    // Find the earliest start of a run of footnotes that lasts to the page end.
    let found = -1;
    for (let i = from; i < lines.length; i++) {
      const m = FOOTNOTE_START.exec(lines[i].text);
      if (!m || Number(m[1]) !== expected || (!m[2] && i === lines.length - 1)) continue;
      const prev = lines[i - 1];
      // A numbered line inside running text is no footnote; a number alone (a superscript as text tools print it) may be.
      if (m[2] && prev && !lines[i].gapBefore && !ENDS_SENTENCE.test(prev.text)) continue;
      if (tailIsFootnotes(lines, i, expected)) {
        found = i;
        break;
      }
    }
    if (found < 0) continue;
    const remove = new Set<Line>();
    let current: { number: number; parts: string[]; page: number | null } | null = null;
    for (let i = found; i < lines.length; i++) {
      const m = FOOTNOTE_START.exec(lines[i].text);
      if (m && Number(m[1]) === expected) {
        if (current)
          doc.footnotes.push({ number: current.number, text: current.parts.join(' '), page: current.page });
        current = { number: expected++, parts: m[2] ? [m[2].trim()] : [], page: lines[i].page };
      } else current?.parts.push(lines[i].text);
      remove.add(lines[i]);
    }
    if (current)
      doc.footnotes.push({ number: current.number, text: current.parts.join(' '), page: current.page });
    page.lines = keepLines(lines, remove);
  }
}

/** From line i to the page end: footnote starts in sequence and their (few) continuation lines. */
function tailIsFootnotes(lines: Line[], i: number, expected: number): boolean {
  let next = expected;
  let continuation = 0;
  for (let j = i; j < lines.length; j++) {
    const m = FOOTNOTE_START.exec(lines[j].text);
    if (m && Number(m[1]) === next) {
      next++;
      continuation = 0;
    } else if (++continuation > 8) return false;
  }
  return true;
}

/**
 * Answers to Kamervragen end with the questions' own notes as the Kamer numbers them, "1) NOS, 6 maart
 * 2024 ..." / "2) Kamerstuk 33047, nr. 25", numbered from 1 apart from the letter's own footnotes:
 * a run of such paragraphs, numbered 1, 2, 3 ... in order, that ends the document. Each note is one
 * paragraph (a line that starts a block) with at most a few continuation lines.
 */
const QUESTION_NOTE = /^(\d{1,2})\)\s+(\S.*)$/;

/** Line i starts a paragraph: a gap before it, or the line before it ends a sentence. */
const startsParagraph = (lines: Line[], i: number) =>
  !!lines[i].gapBefore || i === 0 || ENDS_SENTENCE.test(lines[i - 1].text);

export function questionNotes(doc: KDocument): void {
  const page = doc.raw.pages[doc.raw.pages.length - 1];
  if (!page) return;
  const lines = page.lines;
  // The run's first line: the last "1)" paragraph in the tail from which the numbers go on to the end.
  for (let i = lines.length - 1; i >= Math.max(0, lines.length - TAIL); i--) {
    const m = QUESTION_NOTE.exec(lines[i].text);
    if (m?.[1] !== '1' || i === 0 || !startsParagraph(lines, i)) continue;
    const notes: Array<{ number: number; parts: string[]; page: number | null }> = [];
    let ok = true;
    for (let j = i; j < lines.length && ok; j++) {
      const n = QUESTION_NOTE.exec(lines[j].text);
      if (n && startsParagraph(lines, j) && Number(n[1]) === notes.length + 1)
        notes.push({ number: notes.length + 1, parts: [n[2].trim()], page: lines[j].page });
      else if (
        !n &&
        !startsParagraph(lines, j) &&
        notes.length > 0 &&
        notes[notes.length - 1].parts.length < 4
      )
        notes[notes.length - 1].parts.push(lines[j].text);
      else ok = false;
    }
    if (!ok) return;
    for (const n of notes) doc.footnotes.push({ number: n.number, text: n.parts.join(' '), page: n.page });
    page.lines = lines.slice(0, i);
    return;
  }
}

/**
 * Find footnote n's marker in the body: a word glued to the number ("gestuurd1", "Minhas4",
 * "regio’s.2"), searched in order, never past the page that holds the footnote.
 * The word part must end in a lowercase letter after at least two more letters (so "CO2", "A12",
 * "m2" are not markers), or in closing punctuation after a lowercase letter.
 * Searched as the number's occurrences (indexOf) with the pattern's two sides tested around each:
 * before, the end of the text up to it (three code points at most, so six code units suffice);
 * after, one character or the end.
 */
const MARKER_BEFORE = /(?:\p{L}{2}\p{Ll}|\p{Ll}[.,;:)’”"])$/u;
const MARKER_AFTER = /[\s.,;:)’”"]/;

/** Where in text the first marker of footnote number `digits` is; -1 if none. */
export function findMarker(text: string, digits: string): number {
  for (let i = text.indexOf(digits); i >= 0; i = text.indexOf(digits, i + 1)) {
    const end = i + digits.length;
    if (end < text.length && !MARKER_AFTER.test(text[end])) continue;
    if (MARKER_BEFORE.test(text.slice(Math.max(0, i - 6), i))) return i;
  }
  return -1;
}

export function stripMarkers(doc: KDocument): void {
  const body: Line[] = allLines(doc.raw.pages);
  let pos = 0;
  for (const fn of [...doc.footnotes].sort((a, b) => a.number - b.number)) {
    // A reader (PDF) may already have found it as a superscript.
    let already = -1;
    for (let i = pos; i < body.length; i++) {
      if (body[i].markers?.some(([, n]) => n === fn.number)) {
        already = i;
        break;
      }
    }
    if (already >= 0) {
      pos = already;
      continue;
    }
    const digits = String(fn.number);
    for (let i = pos; i < body.length; i++) {
      const line = body[i];
      if (fn.page !== null && line.page !== null && line.page > fn.page) break;
      const at = findMarker(line.text, digits);
      if (at < 0) continue;
      line.text = line.text.slice(0, at) + line.text.slice(at + digits.length);
      line.markers = [...(line.markers ?? []), [at, fn.number]];
      pos = i;
      break;
    }
  }
}
