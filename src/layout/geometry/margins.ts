/** The page margins: page numbers, running headers and footers (the same line at the same height on several pages), tiny print. */
import { PAGE_NUMBER } from '../../lexicon/page-furniture.js';
import type { Line, Page } from '../../model/page.js';
import { type Ctx, furnish, type Kind } from './context.js';

/** A bare page number, "- 3 -", "3/10", "3 / 10", "Pagina 3 van 10". */
export const BARE_PAGE_NUMBER = /^(?:[-–]\s?\d{1,4}\s?[-–]|\d{1,4}(?:\s?\/\s?\d{1,4})?)$/;
const DIGITS = /\d+/g;
/** Relative size of tiny print (colophons, document codes). */
const TINY = 0.7;
const withoutDigits = (s: string) => s.replace(DIGITS, '#').toLowerCase();
const PAGE_WORD = /^(?:Pagina|Blad|Page|Pag\.)\s/i;
/** "Pagina 3 van 10" and the like: a page number by its words, wherever it stands. */
export const isPageLabel = (text: string) => PAGE_WORD.test(text) && PAGE_NUMBER.test(text);

/** Page numbers in the top or bottom margin: "Pagina 3 van 10", "3", "- 3 -", "3/10". */
export function pageNumbers(ctx: Ctx): void {
  for (const page of ctx.doc.raw.pages) {
    const height = page.height;
    for (const line of page.lines) {
      if (ctx.remove.has(line)) continue;
      if (isPageLabel(line.text)) {
        furnish(ctx, line, 'page-number');
        continue;
      }
      if (height === undefined || line.y === undefined) continue;
      const inMargin = line.y < 0.1 * height || line.y > 0.88 * height;
      if (inMargin && BARE_PAGE_NUMBER.test(line.text) && isolated(ctx, page, line))
        furnish(ctx, line, 'page-number');
    }
  }
}

/**
 * Running headers and footers: the same line (digits aside) at the same height (within 3 pt) on
 * other pages, in the top or bottom 15% of the page, or on at least half of the pages (and 3).
 */
export function runningCandidates(ctx: Ctx): Map<Line, Kind> {
  const pages = ctx.doc.raw.pages;
  const seen = new Map<string, Array<{ line: Line; page: number }>>();
  pages.forEach((page, p) => {
    for (const line of page.lines) {
      if (ctx.remove.has(line) || line.y === undefined) continue;
      if (line.text.length < 2 && !BARE_PAGE_NUMBER.test(line.text)) continue;
      const key = withoutDigits(line.text);
      const list = seen.get(key);
      if (list) list.push({ line, page: p });
      else seen.set(key, [{ line, page: p }]);
    }
  });
  const pageCount = pages.filter((p) => p.lines.length > 0).length;
  const found = new Map<Line, Kind>();
  for (const list of seen.values()) {
    if (list.length < 2) continue;
    for (const { line, page } of list) {
      const height = pages[page].height;
      const y = line.y as number;
      const others = list.filter((o) => o.page !== page && Math.abs((o.line.y as number) - y) <= 3);
      const samePlace = new Set(others.map((o) => o.page));
      if (samePlace.size === 0 || !sameOrPaged([{ line, page }, ...others], pages)) continue;
      const inMargin = height !== undefined && (y < 0.15 * height || y > 0.85 * height);
      if (inMargin || samePlace.size + 1 >= Math.max(3, pageCount / 2)) {
        found.set(line, height !== undefined && y > height / 2 ? 'footer' : 'header');
      }
    }
  }
  return found;
}

/**
 * Repeated lines are the same text, or differ only in a number that follows the page number
 * ("Pagina 3 van 10", "- 3 -", "3", or a printed page number at a constant offset). "Vraag 5" at
 * the top of one page and "Vraag 9" at the top of the next are body text, not a running header.
 */
function sameOrPaged(list: Array<{ line: Line; page: number }>, pages: Page[]): boolean {
  if (list.every((o) => o.line.text === list[0].line.text)) return true;
  const numbers = (o: { line: Line }) => (o.line.text.match(DIGITS) ?? []).map(Number);
  const pageOf = (o: { page: number }) => pages[o.page].number ?? o.page + 1;
  const offsets = numbers(list[0]).map((n) => n - pageOf(list[0]));
  return offsets.some((k) => list.every((o) => numbers(o).includes(pageOf(o) + k)));
}

/** No other kept line shares the line's height. */
function isolated(ctx: Ctx, page: Page, line: Line): boolean {
  return !page.lines.some(
    (l) => l !== line && !ctx.remove.has(l) && l.y !== undefined && Math.abs(l.y - (line.y as number)) < 2,
  );
}

/**
 * Tiny print in the bottom margin that is no footnote (a colophon, a document code, a printer's
 * line: "kst-32545-143", "ISSN 0921 - 7371") is a footer.
 */
export function tinyPrint(ctx: Ctx): void {
  const body = ctx.doc.raw.bodySize;
  if (body === undefined) return;
  for (const page of ctx.doc.raw.pages) {
    const height = page.height;
    if (height === undefined) continue;
    for (const line of page.lines) {
      if (ctx.remove.has(line) || line.y === undefined || line.size === undefined) continue;
      if (line.y > 0.85 * height && line.size <= TINY * body) furnish(ctx, line, 'footer');
    }
  }
}
