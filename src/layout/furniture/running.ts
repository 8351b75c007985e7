/** Furniture by repetition and by form: running headers and footers, pages of furniture only, lines of furniture among body lines. */
import { PAGE_OF, PAGE_RETURN_CONTACT, WEB_OR_EMAIL } from '../../lexicon/page-furniture.js';
import type { KDocument } from '../../model/document.js';
import type { Line } from '../../model/page.js';
import { type Ctx, furnish, type Kind } from './context.js';

const endsInDigit = (s: string) => {
  const c = s.charCodeAt(s.length - 1);
  return c >= 48 && c <= 57;
};

/** Merge pages that hold nothing but furniture (a header printed before its page) into the next. */
export function mergeFurnitureOnlyPages(
  doc: KDocument,
  isFurniture: (l: Line, lines: Line[], i: number) => boolean,
): void {
  const pages = doc.raw.pages;
  for (let p = pages.length - 2; p >= 0; p--) {
    const lines = pages[p].lines;
    if (lines.length > 0 && lines.length <= 16 && lines.every((l, i) => isFurniture(l, lines, i))) {
      pages[p + 1].lines = [...lines, ...pages[p + 1].lines];
      pages.splice(p, 1);
    }
  }
  // "Pagina N van M" names the page; otherwise number in order.
  let next = 1;
  let named = 0;
  for (const page of pages) {
    if (page.number === null) continue;
    let pageOf: RegExpExecArray | null = null;
    for (const l of page.lines) {
      // PAGE_OF ends in a digit: a quick test spares running it on lines that do not.
      pageOf = endsInDigit(l.text) ? PAGE_OF.exec(l.text) : null;
      if (pageOf) break;
    }
    page.number = pageOf && Number(pageOf[1]) >= next ? Number(pageOf[1]) : next;
    if (pageOf) named = Math.max(named, Number(pageOf[2]));
    next = page.number + 1;
    for (const l of page.lines) l.page = page.number;
  }
  if (doc.raw.pageCount !== null) doc.raw.pageCount = Math.max(named, pages.at(-1)?.number ?? 0);
}

/**
 * A line that is furniture by its form alone (no context needed): PAGE_NUMBER, RETURN_ADDRESS,
 * then WEBSITE, CONTACT or EMAIL_LINE (tested as two patterns, see lexicon/page-furniture.ts).
 */
export function plainFurniture(text: string): Kind | null {
  const m = PAGE_RETURN_CONTACT.exec(text);
  if (m) return m[1] !== undefined ? 'page-number' : m[2] !== undefined ? 'return-address' : 'header';
  return !text.includes(' ') && WEB_OR_EMAIL.test(text) ? 'header' : null;
}

/**
 * A block of short lines (between blank lines) of which at least half is furniture by rule is
 * furniture as a whole: the template's side column as text extraction tools print it
 * ("Directoraat-Generaal ...", "Directie ...", street, postcode, Postbus, website).
 */
export function furnitureIslands(ctx: Ctx): void {
  for (const page of ctx.doc.raw.pages) {
    let block: Line[] = [];
    const flush = () => {
      let removed = 0;
      for (const l of block) if (ctx.remove.has(l)) removed++;
      if (
        block.length >= 2 &&
        removed > 0 &&
        removed * 2 >= block.length &&
        block.every((l) => l.text.length <= 60 && !/[.!?]$/.test(l.text))
      ) {
        for (const l of block) if (!ctx.remove.has(l)) furnish(ctx, l, 'header');
      }
      block = [];
    };
    for (const l of page.lines) {
      if (l.gapBefore) flush();
      block.push(l);
    }
    flush();
  }
}

/** Footnotes at page bottoms look alike once digits are ignored; they are not running footers. */
const FOOTNOTE_LIKE = /^\d{1,3}(?:\s+\S|$)/;

const digitsOut = (s: string) => s.replace(/\d+/g, '#').toLowerCase();

/** Running headers/footers: the same line (digits aside) at the top or bottom of many pages. */
export function repeatedLines(ctx: Ctx): void {
  const pages = ctx.doc.raw.pages.filter((p) => p.lines.length > 0);
  if (pages.length < 3) return;
  const counts = new Map<string, number>();
  const edge = (lines: Line[]) => [...lines.slice(0, 4), ...lines.slice(-3)];
  // Each page's edge lines and their keys, the keys computed once.
  const edges = pages.map((p) => {
    const lines = edge(p.lines);
    return { page: p, lines, keys: lines.map((l) => digitsOut(l.text)) };
  });
  for (const { keys } of edges) {
    // Each key once per page (its first occurrence on the page).
    for (let j = 0; j < keys.length; j++) {
      const k = keys[j];
      if (keys.indexOf(k) === j) counts.set(k, (counts.get(k) ?? 0) + 1);
    }
  }
  const min = Math.max(3, Math.ceil(pages.length * 0.4));
  for (const { page: p, lines, keys } of edges) {
    for (let j = 0; j < lines.length; j++) {
      const l = lines[j];
      if (ctx.remove.has(l) || l.text.length < 3 || FOOTNOTE_LIKE.test(l.text)) continue;
      if ((counts.get(keys[j]) ?? 0) >= min) furnish(ctx, l, p.lines.indexOf(l) < 4 ? 'header' : 'footer');
    }
  }
}
