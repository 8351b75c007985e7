/**
 * Sentences of the body, per section, with their page and footnote markers.
 * Intl.Segmenter('nl') does the splitting; its wrong splits after abbreviations
 * ("nr. 267", "o.a.", "jl.", initials) are merged back.
 */

import { isSpaceCode, NOT_COLLAPSED, WHITESPACE_RUN } from '../chars.js';
import { type DocSection, type Paragraph, pageAt, type Sentence } from '../model/document.js';
import { isSquashed } from './join.js';

/**
 * Made on first use: making it loads ICU's sentence rules (~7 ms a process), and most letters never
 * ask it (sentenceSpans splits where the answer is certain).
 */
let segmenter: Intl.Segmenter | undefined;

/** Abbreviations after which a sentence does not end. */
export const ABBREVIATIONS =
  /(?:^|[\s(])(?:nr|nrs|jl|o\.a|bijv|blz|art|artt|ca|e\.d|i\.v\.m|m\.b\.t|t\.b\.v|d\.d|z\.s\.m|resp|mln|mld|mr|dr|drs|ir|ing|prof|incl|excl|vgl|zgn|p|pag|Stb|Stcrt|St|dhr|mevr|e\.a|enz|m\.n|n\.a\.v|t\.a\.v|i\.p\.v|i\.o\.m|o\.b\.v|c\.q|a\.s|vs|al|jr|sr|min|max|etc|cf|ea|z\.g\.a\.n|\p{Lu})\.\s*$/u;

/** A segment that starts like this continues the previous sentence ("nr. 267", "o.a. de ..."). Sticky: read where the segment's text starts. */
const CONTINUES = /[\p{Ll}\d(,;:)–-]/uy;

/** Text is handed to the segmenter in pieces of about this size (V8's segmenter slows down on long strings). */
const CHUNK = 2000;

/**
 * Intl.Segmenter's sentences, as [start, end) offsets into `text`, pushed onto `spans`. V8's
 * segment iterator costs time in proportion to the string for every step, so a long text is cut
 * first, after a full stop and a space, into pieces of about CHUNK characters: a place where the
 * segmenter ends a sentence too.
 */
function chunkedSpans(text: string, spans: number[]): void {
  let from = 0;
  while (from < text.length) {
    let to = text.length;
    if (text.length - from > CHUNK * 2) {
      const stop = text.indexOf('. ', from + CHUNK);
      const space = text.indexOf(' ', from + CHUNK);
      to =
        stop >= 0 && stop < from + CHUNK * 2
          ? stop + 2
          : space >= 0 && space < from + CHUNK * 2
            ? space + 1
            : from + CHUNK * 2;
    }
    segmenterSpans(text, from, to, spans);
    from = to;
  }
}

/** The segmenter's sentences of text[from, to), as offsets into `text`. */
function segmenterSpans(text: string, from: number, to: number, spans: number[]): void {
  segmenter ??= new Intl.Segmenter('nl', { granularity: 'sentence' });
  for (const seg of segmenter.segment(from === 0 && to === text.length ? text : text.slice(from, to)))
    spans.push(from + seg.index, from + seg.index + seg.segment.length);
}

/**
 * Characters other than . ! ? CR LF after which Intl.Segmenter may end a sentence (UAX #29:
 * the Sentence_Terminal characters, the other ATerm full stops, and the paragraph separators).
 * Read at one position (sticky); only for code units from 128 up.
 */
const OTHER_BREAK_CHANCE = /[\p{Sentence_Terminal}\u2024\ufe52\uff0e\u0085\u2028\u2029]/uy;
/** The characters the scan must look at: . ! ? CR LF and everything non-ASCII (a regex skips the rest faster than a loop). */
const CANDIDATE = /[.!?\n\r\u0080-\uffff]/g;

/** Called as `charCodeAt.call(s, i)` in loops over every character: see topics/automaton.ts. */
const charCodeAt = String.prototype.charCodeAt;

const isUpper = (c: number) => c >= 0x41 && c <= 0x5a;
const isLower = (c: number) => c >= 0x61 && c <= 0x7a;
const isDigit = (c: number) => c >= 0x30 && c <= 0x39;
/** The closing marks the fast path knows (Sentence_Break Close): " ' ’ ” ). */
const isClose = (c: number) => c === 0x22 || c === 0x27 || c === 0x2019 || c === 0x201d || c === 0x29;
/** . ! ?: the ASCII sentence terminators. */
const isTerm = (c: number) => c === 0x2e || c === 0x21 || c === 0x3f;
/**
 * Opening quotes and the bullet, which Dutch text puts after a sentence's end ("... bodem. ‘Rekening
 * houden met’ werkt ..."; "... genomen. • Deze maatregelen ..."): ‘ “ „ « (Sentence_Break Close) and •
 * (Other). Neither is a letter, a terminator, a separator or SContinue, so for UAX #29 they are
 * skipped like ASCII punctuation: the same rules decide.
 */
const isOpener = (c: number) => c === 0x2018 || c === 0x201c || c === 0x201e || c === 0xab || c === 0x2022;

/**
 * The segmenter's sentences of `text`, without asking it where the answer is certain: the result
 * equals `chunkedSpans` (a property test holds them equal). By UAX #29, which ICU implements, a
 * sentence ends only after a paragraph separator (SB4) or after a terminator run, "[.!?]+ Close*
 * Sp*" (SB9-SB11). For each run of . ! ? the text decides:
 *  - no end: a full stop followed directly by a digit (SB6), or followed by closers, spaces and
 *    non-letters and then a lowercase letter ("nr. 3 van", "o.a. de", "1.000", "www.x.nl": SB8);
 *  - an end: closers, at least one space, then a printable ASCII character or an opener (isOpener)
 *    that continues no sentence (not , - : ; . ! ?, SB8a), and after a full stop, an uppercase letter
 *    before any lowercase one, or no letter before the text's end or the next terminator (SB8 fails). The segmenter restarts there, so the text after it is segmented
 *    apart, and the text before it too: the run's terminator stops every look-ahead before it.
 *  - anything else (other terminators, separators, non-ASCII, "Zin. 3. de"): unknown.
 * A piece between two ends with no unknown run is one sentence; a piece with one goes to the segmenter.
 */
export function sentenceSpans(text: string, spans: number[]): void {
  const n = text.length;
  if (n > CHUNK * 2) {
    chunkedSpans(text, spans);
    return;
  }
  let piece = 0;
  let sure = true;
  CANDIDATE.lastIndex = 0;
  while (CANDIDATE.test(text)) {
    const i = CANDIDATE.lastIndex - 1;
    const c = charCodeAt.call(text, i);
    if (c === 0x0a || c === 0x0d) {
      sure = false;
      continue;
    }
    if (c >= 128) {
      // A low surrogate is read with its high one.
      if (c >= 0xdc00 && c <= 0xdfff) continue;
      OTHER_BREAK_CHANCE.lastIndex = i;
      if (OTHER_BREAK_CHANCE.test(text)) sure = false;
      continue;
    }
    let j = i + 1;
    while (j < n && isTerm(charCodeAt.call(text, j))) j++;
    const stop = charCodeAt.call(text, j - 1) === 0x2e;
    let k = j;
    while (k < n && isClose(charCodeAt.call(text, k))) k++;
    let sp = k;
    while (sp < n && charCodeAt.call(text, sp) === 0x20) sp++;
    CANDIDATE.lastIndex = j;
    if (sp === n) continue; // the run ends the text
    const next = charCodeAt.call(text, sp);
    // After a full stop: the first letter past the non-letters (SB8).
    let letter = -1;
    // SB8 cannot reach a lowercase letter: the text ends, or a terminator comes, before any letter
    // ("Kamerstuk 29 435, nr. 267", "(..., nr. 267). De ..."): the segmenter ends the sentence there.
    let noLetter = false;
    if (stop) {
      let q = sp;
      for (; q < n; q++) {
        const d = charCodeAt.call(text, q);
        if (isLower(d) || isUpper(d)) letter = d;
        else if (d >= 33 && d < 127 && !isTerm(d)) continue;
        else if (d === 0x20 || isOpener(d)) continue;
        break;
      }
      noLetter = letter === -1 && (q === n || isTerm(charCodeAt.call(text, q)));
      if (isLower(letter) || (sp === j && isDigit(next))) continue; // no end here
    }
    const end =
      sp > k &&
      ((next > 0x20 && next < 0x7f) || isOpener(next)) &&
      !isTerm(next) &&
      next !== 0x2c &&
      next !== 0x2d &&
      next !== 0x3a &&
      next !== 0x3b &&
      (!stop || isUpper(letter) || noLetter);
    if (!end) {
      sure = false;
      continue;
    }
    if (sure) spans.push(piece, sp);
    else segmenterSpans(text, piece, sp, spans);
    piece = sp;
    sure = true;
    CANDIDATE.lastIndex = sp;
  }
  if (piece < n) {
    if (sure) spans.push(piece, n);
    else segmenterSpans(text, piece, n, spans);
  }
}

export function splitSentences(text: string): Array<{ text: string; start: number }> {
  const spans: number[] = [];
  sentenceSpans(text, spans);
  // Sentences as [start, end) pairs: the segments are consecutive, so merging one into the
  // sentence before it moves that sentence's end.
  const bounds: number[] = [];
  for (let n = 0; n < spans.length; n += 2) {
    const from = spans[n];
    const to = spans[n + 1];
    let first = from;
    while (first < to && isSpaceCode(text.charCodeAt(first))) first++;
    const last = bounds.length - 1;
    if (first === to) {
      if (bounds.length > 0) bounds[last] = to;
      continue;
    }
    // Only the tail (the last 16 characters) can end in an abbreviation.
    if (bounds.length > 0) {
      CONTINUES.lastIndex = first;
      if (
        ABBREVIATIONS.test(text.slice(Math.max(bounds[last - 1], bounds[last] - 16), bounds[last])) ||
        CONTINUES.test(text)
      ) {
        bounds[last] = to;
        continue;
      }
    }
    bounds.push(from, to);
  }
  const out: Array<{ text: string; start: number }> = [];
  for (let n = 0; n < bounds.length; n += 2) {
    let start = bounds[n];
    let end = bounds[n + 1];
    while (isSpaceCode(text.charCodeAt(start))) start++;
    while (isSpaceCode(text.charCodeAt(end - 1))) end--;
    capLength(text.slice(start, end), start, out);
  }
  return out;
}

/** No real sentence is this long; longer runs (text without full stops) are cut at spaces, so output stays linear. */
export const MAX_SENTENCE = 1500;

function capLength(text: string, start: number, out: Array<{ text: string; start: number }>): void {
  if (text.length <= MAX_SENTENCE) {
    out.push({ text, start });
    return;
  }
  let from = 0;
  while (from < text.length) {
    let to = Math.min(text.length, from + MAX_SENTENCE);
    if (to < text.length) {
      const space = text.lastIndexOf(' ', to);
      if (space > from + MAX_SENTENCE / 2) to = space;
    }
    const piece = text.slice(from, to);
    const lead = piece.length - piece.trimStart().length;
    if (piece.trim()) out.push({ text: piece.trim(), start: start + from + lead });
    from = to;
  }
}

export function paragraphSentences(p: Paragraph, sectionId: string, out: Sentence[] = []): Sentence[] {
  // A sentence is a part of the paragraph's text: with none of the paragraph's, none of its own.
  const collapse = !isSquashed(p) && NOT_COLLAPSED.test(p.text);
  for (const s of splitSentences(p.text)) {
    const end = s.start + s.text.length;
    out.push({
      text: collapse && NOT_COLLAPSED.test(s.text) ? s.text.replace(WHITESPACE_RUN, ' ') : s.text,
      sectionId,
      page: pageAt(p, s.start),
      footnotes:
        p.markers.length === 0
          ? []
          : p.markers.filter((m) => m.offset >= s.start && m.offset <= end).map((m) => m.number),
    });
  }
  return out;
}

export function documentSentences(sections: DocSection[]): Sentence[] {
  const out: Sentence[] = [];
  for (const s of sections) for (const p of s.paragraphs) paragraphSentences(p, s.id, out);
  return out;
}
