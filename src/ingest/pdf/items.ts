/** A page's text items in page coordinates, with their fonts' names, sizes and weights. */
import { InputError } from '../../model/errors.js';
import type { PdfPage, PdfTextItem } from './host.js';

/** Fraction of the font size a gap must exceed to become a space between two items. */
export const SPACE_GAP = 0.15;
const BOLD_FONT = /bold|black|heavy|semibold|demi|[-,]bd$|[-,]sb$/i;
const ITALIC_FONT = /italic|oblique|[-,]it$|[-,]bdit$|[-,]ob$/i;
const SUBSET_TAG = /^[A-Z]{6}\+/;
export const DIGITS = /^\d{1,3}$/;
const WHITESPACE = /\s+/g;
export const UNIT_BEFORE = /(?:^|[\s(])(?:k?m|cm|mm|dm|ha|m³|m²)$/;
/** One text item in page coordinates: x from the left, baseline from the top. */
export interface Item {
  text: string;
  x: number;
  base: number;
  width: number;
  size: number;
  font: string;
  bold: boolean;
  italic: boolean;
  /** Whitespace only: a space hint, not text. */
  space: boolean;
  /** Set when the item is a superscript attached to a line. */
  sup?: 'marker' | 'text';
}

export interface FontInfo {
  name: string;
  bold: boolean;
  italic: boolean;
}

function multiply(m: number[], n: number[]): number[] {
  return [
    m[0] * n[0] + m[2] * n[1],
    m[1] * n[0] + m[3] * n[1],
    m[0] * n[2] + m[2] * n[3],
    m[1] * n[2] + m[3] * n[3],
    m[0] * n[4] + m[2] * n[5] + m[4],
    m[1] * n[4] + m[3] * n[5] + m[5],
  ];
}

function fontInfo(page: PdfPage, id: string, cache: Map<string, FontInfo>): FontInfo {
  const known = cache.get(id);
  if (known) return known;
  let name = '';
  let bold = false;
  let italic = false;
  let resolved = false;
  try {
    if (page.commonObjs.has(id)) {
      resolved = true;
      const font = page.commonObjs.get(id) as {
        name?: unknown;
        bold?: unknown;
        black?: unknown;
        italic?: unknown;
      };
      name = typeof font.name === 'string' ? font.name.replace(SUBSET_TAG, '') : '';
      bold = font.bold === true || font.black === true;
      italic = font.italic === true;
    }
  } catch {
    // An unresolved font: no name, no weight.
  }
  const info = { name, bold: bold || BOLD_FONT.test(name), italic: italic || ITALIC_FONT.test(name) };
  // A resolved font is final (even without a name); an unresolved one is looked up again.
  if (resolved) cache.set(id, info);
  return info;
}

/** Text items of one page, in page coordinates; rotated and vertical text is left out. */
/**
 * A page's text items, read as pdfjs streams them; throws `too-large` once the document's text
 * passes MAX_TEXT_CHARS (`budget.chars` counts what earlier pages used).
 */
export async function textItems(
  page: PdfPage,
  budget: { chars: number; max: number },
  path: string,
): Promise<PdfTextItem[]> {
  const reader = page.streamTextContent().getReader();
  const items: PdfTextItem[] = [];
  for (;;) {
    const { done, value } = await reader.read();
    if (done) return items;
    for (const it of value.items) {
      if (!('str' in it) || it.str === '') continue;
      budget.chars += it.str.length;
      items.push(it);
    }
    if (budget.chars > budget.max) {
      await reader.cancel().catch(() => undefined);
      throw new InputError(
        `${path}: more than ${budget.max.toLocaleString('en')} characters of text: too large for a letter`,
        'too-large',
        path,
      );
    }
  }
}

export async function pageItems(
  page: PdfPage,
  raw: PdfTextItem[],
  transform: number[],
  fonts: Map<string, FontInfo>,
): Promise<Item[]> {
  if (!raw.some((it) => it.str.trim() !== '')) return [];
  // The operator list loads the page's fonts into commonObjs, which gives their real names. Fonts
  // are shared by the pages of a document: a page whose fonts are all known skips it.
  if (raw.some((it) => !fonts.has(it.fontName))) {
    try {
      await page.getOperatorList();
    } catch {
      // Fonts stay unnamed; the text is still good.
    }
  }
  const items: Item[] = [];
  for (const it of raw) {
    const t = multiply(transform, it.transform);
    const size = Math.hypot(t[2], t[3]);
    if (!(size > 0.5) || !(t[0] > 0) || Math.abs(t[1]) > 0.05 * t[0]) continue;
    const font = fontInfo(page, it.fontName, fonts);
    const text = it.str.replace(WHITESPACE, ' ');
    items.push({
      text,
      x: t[4],
      base: t[5],
      width: Math.max(0, it.width * Math.hypot(transform[0], transform[1])),
      size,
      font: font.name,
      bold: font.bold,
      italic: font.italic,
      space: text.trim() === '',
    });
  }
  return items;
}

/** Steps 1 and 2: baseline groups cut into fragments. */
