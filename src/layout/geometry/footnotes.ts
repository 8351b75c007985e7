/** Footnotes by font size: the run of smaller lines at the bottom of a page that starts with a number. */
import type { Line } from '../../model/page.js';
import type { Ctx, Kind } from './context.js';

/** "1 Tweede Kamer, ..." or "1. ..." or "1) ...": a footnote's first line. Group 1: number, 2: text. */
const FOOTNOTE_START = /^(\d{1,3})[.)]?\s+(\S.*)$/;
/** The last word of a line is a URL broken over the line end. */
const URL_START = /^(?:https?:\/\/|www\.)/i;
const URL_BREAK = /[/\-_.=?&]$/;
const brokenUrl = (text: string) => {
  const last = text.slice(text.lastIndexOf(' ') + 1);
  return URL_START.test(last) && URL_BREAK.test(last);
};

/** Relative size under which a line is set in a smaller font than the body. */
const SMALL = 0.95;
/** Join footnote lines: a line-end hyphen or a broken URL joins without a space. */
function joinLines(parts: string[]): string {
  let text = '';
  for (const part of parts) {
    if (!text) text = part;
    else if (/\p{L}-$/u.test(text) || brokenUrl(text)) text += part;
    else text += ` ${part}`;
  }
  return text.replace(/\s+/g, ' ').trim();
}

interface Note {
  number: number;
  parts: string[];
  page: number | null;
}

/**
 * Footnotes: from the bottom of each page up, the lines in a clearly smaller font than the body,
 * in the lower half of the page; the run must contain a line that starts with a number. Lines
 * before the first number continue the previous page's last footnote.
 */
export function footnotes(ctx: Ctx, running: Map<Line, Kind>): void {
  const body = ctx.doc.raw.bodySize;
  if (body === undefined) return;
  // Superscript markers the reader found in the body: a footnote line with such a number is no running footer.
  const markers = new Set<number>();
  for (const page of ctx.doc.raw.pages)
    for (const l of page.lines) for (const [, n] of l.markers ?? []) markers.add(n);
  const footnoteLike = (l: Line) => {
    const m = FOOTNOTE_START.exec(l.text);
    return !!m && (markers.size === 0 || markers.has(Number(m[1])));
  };
  let last: Note | null = null;
  const done: Note[] = [];
  for (const page of ctx.doc.raw.pages) {
    const lines = page.lines.filter((l) => !ctx.remove.has(l) && l.column !== 'side');
    const height = page.height ?? 842;
    const zone: Line[] = [];
    for (let k = lines.length - 1; k >= 0; k--) {
      const l = lines[k];
      // A running footer below the footnotes is skipped, not taken.
      if (running.has(l) && !footnoteLike(l)) continue;
      if (l.size === undefined || l.size >= SMALL * body || (l.y ?? 0) < 0.4 * height) break;
      zone.unshift(l);
    }
    const firstNumbered = zone.findIndex((l) => FOOTNOTE_START.exec(l.text) !== null);
    if (firstNumbered < 0) continue;
    // Lines above the first number continue the last footnote of the previous page.
    const lead = zone.splice(0, firstNumbered);
    if (
      lead.length > 0 &&
      last &&
      last.page !== null &&
      page.number !== null &&
      last.page === page.number - 1
    ) {
      for (const l of lead) {
        last.parts.push(l.text);
        ctx.remove.add(l);
      }
    }
    let current: Note | null = null;
    for (const l of zone) {
      const m = FOOTNOTE_START.exec(l.text);
      // A new footnote: a number that follows on (or starts) the sequence, at the zone's left edge.
      const previous = (current ?? last)?.number;
      const n = m ? Number(m[1]) : 0;
      if (m && (previous === undefined || (n > previous && n <= previous + 3)) && leftAligned(l, zone)) {
        current = { number: n, parts: [m[2].trim()], page: l.page };
        done.push(current);
      } else {
        current ??= last;
        current?.parts.push(l.text);
      }
      ctx.remove.add(l);
      running.delete(l);
    }
    if (current) last = current;
  }
  for (const f of done) ctx.doc.footnotes.push({ number: f.number, text: joinLines(f.parts), page: f.page });
}

/** A footnote's first line starts at (or left of) the zone's common left edge. */
function leftAligned(line: Line, zone: Line[]): boolean {
  if (line.x === undefined) return true;
  const left = Math.min(...zone.map((l) => l.x ?? Number.POSITIVE_INFINITY));
  return line.x <= left + 12;
}
