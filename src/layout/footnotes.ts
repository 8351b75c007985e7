/**
 * Footnotes from text: numbered lines at the end of a page ("1 Tweede Kamer, vergaderjaar ..."),
 * numbered in sequence through the letter, with their continuation lines. Then the markers in the
 * body ("gestuurd1", "Minhas4", or a PDF superscript already split off by the reader) are removed
 * from the text, and their place is kept on the line (Line.markers).
 */

import { MONTH_ALTERNATION } from '../lexicon/months.js';
import { ENDS_SENTENCE } from '../lexicon/punctuation.js';
import type { KDocument } from '../model/document.js';
import type { Line } from '../model/page.js';
import { allLines, keepLines } from './lines.js';

/**
 * "1 Tweede Kamer, ...", or, as pdftotext prints a superscript, "1" alone with the text on the next
 * line, or a number glued to the web address that is the note ("5https://www.tweedekamer.nl/...").
 */
const FOOTNOTE_START = /^(\d{1,3})(?:\s+(\S.*)|(?=https?:\/\/|www\.)(\S.*))?$/;
/** The official web rendition's label above each footnote ("X Noot" / "1" / text): no text of the note. */
const NOTE_LABEL = /^X Noot$/;
/** A note's text as notes open: a capital, a web address, a quote or a digit. */
const NOTE_OPENING = /^(?:\p{Lu}|https?:\/\/|www\.|[‘“"'(\d])/u;
const noteText = (m: RegExpExecArray) => m[2] ?? m[3];
/** How many lines at the end of a page may hold footnotes. */
const TAIL = 24;

export function textFootnotes(doc: KDocument): void {
  pageEndFootnotes(doc);
  if (doc.footnotes.length === 0) inlineFootnotes(doc);
}

/**
 * The citation forms a note text takes (one alternation, each branch opening with a fixed word):
 * "Raadpleegbaar via www.tweedekamer.nl", "Kamerstuk 29 984, nr. 312", "Kamerstukken II 2014/15,
 * 34 000 XII, nr. 5", "Handelingen II 2014/15, nr. 48, item 3", "Aanhangsel Handelingen II ...",
 * "Stb. 2015, 12", "Stcrt. 2020, 123", a web address.
 */
const CITATION = [
  String.raw`Raadpleegbaar via (?:https?:\/\/)?[\w.-]+\.(?:nl|eu|com|org)(?:\/[^\s,;]*)?`,
  String.raw`Kamerstuk(?:ken)?(?: I{1,2})?(?: \d{4}[/–-]\d{2,4},)? \d{2} ?\d{3}(?: [A-Z]{1,5}| [IVXL]{1,5})?(?:, nr\. ?\d{1,4})?`,
  String.raw`(?:Aanhangsel )?Handelingen (?:I{1,2}|EK|TK) \d{4}[/–-]\d{2,4}, nr\. ?\d{1,4}(?:, item \d{1,3})?`,
  String.raw`(?:Stb|Stcrt)\. \d{4}, (?:nr\. )?\d{1,6}`,
  String.raw`(?:https?:\/\/|www\.)[^\s,;]*[\w/]`,
].join('|');
/**
 * A note printed in the running text right after its marker, as some web renditions do:
 * "nota van toelichting 1 Raadpleegbaar via www.tweedekamer.nl . De ...". Group 1: the number,
 * 2: the note. The note ends where its citation ends; a space before the punctuation that follows
 * goes with it.
 */
export const INLINE_NOTE = new RegExp(
  String.raw`(?<=[\p{L}\d)’”"]) (\d{1,2}) (${CITATION})(?: (?=[.,;:)]))?`,
  'gu',
);
/**
 * What every INLINE_NOTE match holds: a space, the number, a space and the first words of a
 * citation (each branch of CITATION opens with one of them). A plain pattern without a lookbehind
 * or \p: it passes over a line many times faster, and few lines hold it, so INLINE_NOTE (whose
 * lookbehind first is tried at every place, by a fresh copy of the pattern for every matchAll) reads
 * only those (a property test holds that no line without it has a match).
 */
export const MAY_HOLD_INLINE_NOTE =
  / \d{1,2} (?:Raadpleegbaar via |Kamerstuk|Aanhangsel |Handelingen |Stb\. |Stcrt\. |https?:\/\/|www\.)/;

/** Notes inlined in the text, numbered 1, 2, ... in order: taken out, their place kept as markers. */
export function inlineFootnotes(doc: KDocument): void {
  let expected = 1;
  for (const line of allLines(doc.raw.pages)) {
    if (!MAY_HOLD_INLINE_NOTE.test(line.text)) continue;
    let out = '';
    let from = 0;
    for (const m of line.text.matchAll(INLINE_NOTE)) {
      if (Number(m[1]) !== expected) continue;
      out += line.text.slice(from, m.index);
      line.markers = [...(line.markers ?? []), [out.length, expected]];
      doc.footnotes.push({ number: expected++, text: m[2], page: line.page });
      from = m.index + m[0].length;
    }
    if (from > 0) line.text = out + line.text.slice(from);
  }
}

function pageEndFootnotes(doc: KDocument): void {
  let expected = doc.footnotes.reduce((n, f) => Math.max(n, f.number), 0) + 1;
  for (const page of doc.raw.pages) {
    const lines = page.lines;
    const from = Math.max(0, lines.length - TAIL);
    // Find the earliest start of a run of footnotes that lasts to the page end.
    let found = -1;
    for (let i = from; i < lines.length; i++) {
      const m = FOOTNOTE_START.exec(lines[i].text);
      const text = m && noteText(m);
      if (!m || Number(m[1]) !== expected || (!text && i === lines.length - 1)) continue;
      const prev = lines[i - 1];
      // A numbered line inside running text is no footnote; a number alone (a superscript as text tools print it) may be.
      // On a page whose end is known, the notes may follow a sentence the page break cut: a note
      // that opens as notes do, or whose marker stands in the page's text, starts there too.
      if (text && prev && !lines[i].gapBefore && !ENDS_SENTENCE.test(prev.text)) {
        const paged = page.number !== null && doc.raw.pageCount !== null;
        if (!paged || !(NOTE_OPENING.test(text) || markerOnPage(lines, i, m[1]))) continue;
      }
      if (tailIsFootnotes(lines, i, expected)) {
        found = i;
        break;
      }
    }
    if (found < 0) continue;
    const remove = new Set<Line>();
    // The web rendition's "X Noot" above the first note goes with the notes.
    if (found > 0 && NOTE_LABEL.test(lines[found - 1].text)) remove.add(lines[found - 1]);
    let current: { number: number; parts: string[]; page: number | null } | null = null;
    for (let i = found; i < lines.length; i++) {
      const m = FOOTNOTE_START.exec(lines[i].text);
      if (m && Number(m[1]) === expected) {
        if (current)
          doc.footnotes.push({ number: current.number, text: joinNote(current.parts), page: current.page });
        const text = noteText(m);
        current = { number: expected++, parts: text ? [text.trim()] : [], page: lines[i].page };
      } else if (!NOTE_LABEL.test(lines[i].text)) current?.parts.push(lines[i].text);
      remove.add(lines[i]);
    }
    if (current)
      doc.footnotes.push({ number: current.number, text: joinNote(current.parts), page: current.page });
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
    } else if (!NOTE_LABEL.test(lines[j].text) && ++continuation > 8) return false;
  }
  return true;
}

/** A web address broken at the line end joins the next line without a space; a hyphen at a word's end too. */
function joinNote(parts: string[]): string {
  let text = '';
  for (const part of parts) {
    if (!text) text = part;
    else if (/(?:https?:\/\/|www\.)\S*[/\-_.=?&]$/.test(text) || /\p{Ll}-$/u.test(text)) text += part;
    else text += ` ${part}`;
  }
  return text;
}

/** Footnote `digits`'s marker in the page's text above line i: glued to a word, or after a word and a space ("transitieteams 4)"). */
function markerOnPage(lines: Line[], i: number, digits: string): boolean {
  const loose = new RegExp(`\\p{L}[.,;:)’”"]?\\s?${digits}(?=[\\s.,;:)]|$)`, 'u');
  for (let k = i - 1; k >= 0 && k >= i - 80; k--) {
    const t = lines[k].text;
    if (findMarker(t, digits) >= 0 || loose.test(t)) return true;
  }
  return false;
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

const FIVE_DIGITS = /\d{5}/;
const MONTH = `(?:${MONTH_ALTERNATION})`;
/**
 * Where footnote `digits`'s marker is glued to a year: "3 juli 20182", "het tweede kwartaal van
 * 20181." (a year after a month or a preposition, then the number, then a space, punctuation or
 * the end); -1 if none.
 */
export function findYearMarker(text: string, digits: string, pattern = yearMarker(digits)): number {
  // A year with a marker glued on is five digits or more in a row.
  if (text.length < 5 || !FIVE_DIGITS.test(text)) return -1;
  const m = pattern.exec(text);
  return m ? m.index : -1;
}

/** The pattern findYearMarker uses for footnote `digits` (made once per footnote, not per line). */
export function yearMarker(digits: string): RegExp {
  let pattern = YEAR_MARKERS.get(digits);
  if (pattern === undefined) {
    pattern = makeYearMarker(digits);
    YEAR_MARKERS.set(digits, pattern);
  }
  return pattern;
}

/** The patterns made so far, by number (made and compiled once per process; they keep no state). */
const YEAR_MARKERS = new Map<string, RegExp>();

function makeYearMarker(digits: string): RegExp {
  return new RegExp(
    `(?<=(?:${MONTH}|\\b(?:van|in|per|sinds|eind|begin|medio|jaar)) (?:19|20)\\d\\d)${digits}(?=[\\s.,;:)’”"]|$)`,
    'i',
  );
}

/**
 * A full date with more than four digits in its year is a date and a footnote marker, whether or
 * not the note's text came with the letter: "peildatum 30 juni 20161" = 30 juni 2016 + note 1. So is
 * a date whose sentence ends with the marker after the full stop ("van 18 juni 2025.1 Ik streef ..."):
 * Dutch writes decimals with a comma, so "2025.1" is no number. Group 1: the marker.
 */
const DATE_MARKER = new RegExp(
  `\\b\\d{1,2} ${MONTH} (?:19|20)\\d\\d(?:(\\d{1,2})(?=[\\s.,;:)’”"]|$)|\\.(\\d{1,2})(?=\\s|$))`,
  'gi',
);

/**
 * Four digits and another, a full stop between or not: what DATE_MARKER's year and marker need.
 * Every line with FIVE_DIGITS has one (exported for the test that says so).
 */
export const YEAR_RUN = /\d{4}\.?\d/;

/** `yearRun(i)`: YEAR_RUN.test(body[i].text), asked once per line and text. */
function dateMarkers(body: Line[], yearRun: (i: number) => boolean): void {
  for (let i = 0; i < body.length; i++) {
    const line = body[i];
    if (line.text.length < 12 || !yearRun(i)) continue;
    let out = '';
    let from = 0;
    for (const m of line.text.matchAll(DATE_MARKER)) {
      const digits = m[1] ?? m[2];
      const at = m.index + m[0].length - digits.length;
      out += line.text.slice(from, at);
      line.markers = [...(line.markers ?? []), [out.length, Number(digits)]];
      from = at + digits.length;
    }
    if (from > 0) line.text = out + line.text.slice(from);
  }
}

export function stripMarkers(doc: KDocument): void {
  const body: Line[] = allLines(doc.raw.pages);
  // Whether a line holds five digits in a row, tested once per line: taking a marker out of a line
  // (never between two digits) makes no such run, so a line without one stays without.
  const five: Array<boolean | undefined> = [];
  // YEAR_RUN per line, for dateMarkers too (forgotten when a marker is taken out of the line): a line
  // without it has no five digits in a row either, so most lines take one search, not two.
  const years: Array<boolean | undefined> = [];
  const yearRun = (i: number) => {
    years[i] ??= YEAR_RUN.test(body[i].text);
    return years[i];
  };
  const hasFive = (i: number) => {
    five[i] ??= yearRun(i) && FIVE_DIGITS.test(body[i].text);
    return five[i];
  };
  let pos = 0;
  // Whether any line holds a marker yet (text input has none until one is taken out below): the
  // search for one already found is only made when it can find something.
  let marked = body.some((l) => l.markers !== undefined && l.markers.length > 0);
  for (const fn of [...doc.footnotes].sort((a, b) => a.number - b.number)) {
    // A reader (PDF) may already have found it as a superscript.
    let already = -1;
    for (let i = marked ? pos : body.length; i < body.length; i++) {
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
    const afterYear = yearMarker(digits);
    for (let i = pos; i < body.length; i++) {
      const line = body[i];
      if (fn.page !== null && line.page !== null && line.page > fn.page) break;
      let at = findMarker(line.text, digits);
      if (at < 0 && hasFive(i)) at = findYearMarker(line.text, digits, afterYear);
      if (at < 0) continue;
      line.text = line.text.slice(0, at) + line.text.slice(at + digits.length);
      years[i] = undefined;
      line.markers = [...(line.markers ?? []), [at, fn.number]];
      marked = true;
      pos = i;
      break;
    }
  }
  dateMarkers(body, yearRun);
}

/**
 * A note that glosses a name: a noun phrase and a relative clause, no statement of its own ("Het
 * EU-Kaderprogramma voor onderzoek en innovatie, dat loopt van 2021 t/m 2027."). Its dates
 * describe the thing named; they are no plan of the letter.
 */
const GLOSS = /^[^,.;:]{3,120}, (?:dat|die|welke|waarvan|waarin) [^,;:]{3,200}\.?$/;
export const isGloss = (sentence: string) => GLOSS.test(sentence.trim());
