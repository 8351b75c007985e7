/**
 * Pages for readers without pages of their own (markup, docx, odt): body lines, then the footnotes
 * as "N text" lines, cut where a page would hold too many notes.
 */
import type { Line, Page } from '../model/page.js';

/** Note lines are set at the body size the readers that paginate give their body (10). */
const BODY_SIZE = 10;

export interface Note {
  number: number;
  text: string;
}

/** Footnotes per page: the layout stage looks for a page's notes in its last 24 lines. */
const NOTES_PER_PAGE = 24;

/**
 * Body lines, then the footnotes as "N text" lines. A letter with many notes is cut into pages
 * (at paragraph starts) that each end with the notes referred to on them.
 */
export function paginate(lines: Line[], notes: Note[]): Page[] {
  const pages: Page[] = [];
  let page: Line[] = [];
  let emitted = 0;
  let pending = 0;
  const flushNotes = (upTo: number) => {
    for (; emitted < upTo; emitted++) {
      const n = notes[emitted];
      page.push({ text: `${n.number} ${n.text}`, page: null, size: BODY_SIZE, gapBefore: true });
    }
  };
  for (const line of lines) {
    const last = (line.markers ?? []).reduce((m, [, n]) => Math.max(m, n), pending);
    // A new page before a page would hold too many notes (as few pages as possible: see the report on
    // running footers, which are found by repetition on three or more pages).
    if (last - emitted > NOTES_PER_PAGE && pending > emitted) {
      flushNotes(pending);
      pages.push({ number: null, lines: page });
      page = [];
    }
    page.push(line);
    pending = last;
  }
  flushNotes(notes.length);
  pages.push({ number: null, lines: page });
  return pages;
}
