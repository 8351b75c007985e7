/**
 * The PDF reader: pdfjs-dist text items → pages of Lines in reading order, with position, size,
 * weight and footnote markers. pdfjs is loaded lazily (only when a PDF is read), never evaluates
 * code from the file (`isEvalSupported: false`) and never fetches anything: its font, CMap, ICC
 * and wasm data are read from the package's own folders.
 *
 * How items become lines:
 *  1. items on one baseline (within a quarter of the font size) form a baseline group;
 *  2. a group is cut into fragments where the gap between items exceeds 1.5 em;
 *  3. small raised fragments of at most three characters (superscripts) join the line they sit on:
 *     digits after a word become footnote markers, digits at the start of a line (a footnote's
 *     own number) stay in the text, anything else stays in the text as well;
 *  4. the template's right-hand column is found on the whole document: a left edge right of 60%
 *     of the page shared by several narrow fragments, with the body text ending left of it;
 *  5. fragments of one group and one column join into a line unless a gap exceeds 4 em.
 * A page has its main-column lines top to bottom, then its side-column lines top to bottom.
 * At most MAX_PAGES pages are read; `pageCount` still tells the real number. A document with no
 * text on its first SCAN_PAGES pages is refused as a scan without reading further.
 *
 * Errors (InputError, one line): 'not-pdf' (no %PDF header in the first 1024 bytes), 'corrupt-pdf'
 * (no %%EOF in the last 1024 bytes, i.e. truncated, or pdfjs cannot read it), 'encrypted' (a user
 *
 * The parts, in pdf/: host (loading and hosting pdfjs), items (a page's text items with their fonts),
 * lines (items → fragments → lines, side column, paragraph gaps). This file is the guarded read.
 */
import { InputError } from '../model/errors.js';
import type { Page, RawDocument } from '../model/page.js';
import {
  dataPaths,
  loadParsingSide,
  loadPdfjs,
  onUnhandled,
  PDFJS_OPTIONS,
  type PdfDocument,
} from './pdf/host.js';
import { type FontInfo, pageItems, textItems } from './pdf/items.js';
import {
  attachSuperscripts,
  bodySizeOf,
  buildLines,
  type Fragment,
  fragmentsOf,
  markGaps,
  round,
  sideColumn,
} from './pdf/lines.js';
import { isPdf } from './sniff.js';

/**
 * Text beyond this many characters is not a letter (the longest Kamerstukken have a few million):
 * reading stops with a `too-large` error. The text arrives in the main thread when pdfjs parses in
 * a worker (see src/isolate/early.ts), so this bounds its memory even for one page that inflates to
 * hundreds of megabytes of text.
 */
export const MAX_TEXT_CHARS = 20_000_000;

/** Pages beyond this number are not read (a letter has tens of pages, not thousands). */
export const MAX_PAGES = 2000;

/** A document without text on its first this many pages is taken for a scan. */
export const SCAN_PAGES = 50;
/** True when the bytes carry the PDF header in their first 1024 bytes: the registry's sniff. */
export const looksLikePdf = isPdf;

function indexOfAscii(bytes: Uint8Array, needle: string, from: number, to: number): number {
  const first = needle.charCodeAt(0);
  outer: for (let i = from; i <= to - needle.length; i++) {
    if (bytes[i] !== first) continue;
    for (let j = 1; j < needle.length; j++) if (bytes[i + j] !== needle.charCodeAt(j)) continue outer;
    return i;
  }
  return -1;
}

function describe(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

/**
 * Read a PDF into pages of lines. Throws InputError: 'not-pdf' (no %PDF header), 'encrypted'
 * (a password is needed), 'corrupt-pdf' (unreadable or truncated), 'no-text-layer' (a scan).
 */
async function readPdfGuarded(
  bytes: Uint8Array,
  path: string,
  port: unknown,
  maxTextChars: number,
): Promise<RawDocument> {
  if (!looksLikePdf(bytes)) {
    throw new InputError(`${path}: not a PDF (no %PDF header in the first 1024 bytes)`, 'not-pdf', path);
  }
  const tailStart = Math.max(0, bytes.length - 1024);
  if (indexOfAscii(bytes, '%%EOF', tailStart, bytes.length) < 0) {
    throw new InputError(
      `${path}: corrupt PDF: the file is truncated (no %%EOF at its end)`,
      'corrupt-pdf',
      path,
    );
  }
  const pdfjs = await loadPdfjs();
  if (port === undefined) await loadParsingSide();
  // Parsing in this thread, or (given a port) in the thread that serves it (servePdfjs).
  const worker = port === undefined ? undefined : new pdfjs.PDFWorker({ port, verbosity: 0 });
  const task = pdfjs.getDocument({
    ...PDFJS_OPTIONS,
    ...dataPaths(),
    data: new Uint8Array(bytes),
    ...(worker ? { worker } : {}),
  });
  let doc: PdfDocument;
  try {
    doc = await task.promise;
  } catch (error) {
    await task.destroy().catch(() => undefined);
    worker?.destroy();
    const name = (error as { name?: string } | null)?.name;
    if (name === 'PasswordException') {
      throw new InputError(`${path}: the PDF is encrypted with a password`, 'encrypted', path);
    }
    throw new InputError(`${path}: corrupt PDF: ${describe(error)}`, 'corrupt-pdf', path);
  }
  try {
    const pageCount = doc.numPages;
    const fonts = new Map<string, FontInfo>();
    const budget = { chars: 0, max: maxTextChars };
    const read: Array<{ number: number; width: number; height: number; fragments: Fragment[] }> = [];
    let groups = 0;
    let anyText = false;
    for (let n = 1; n <= Math.min(pageCount, MAX_PAGES); n++) {
      // A scan: no text on the first pages means no text layer (and no minutes spent on the rest).
      if (!anyText && n > SCAN_PAGES) break;
      const page = await doc.getPage(n);
      const viewport = page.getViewport({ scale: 1 });
      const items = await pageItems(page, await textItems(page, budget, path), viewport.transform, fonts);
      if (items.some((i) => !i.space)) anyText = true;
      const { fragments, groups: g } = fragmentsOf(items, groups);
      groups += g;
      read.push({
        number: n,
        width: viewport.width,
        height: viewport.height,
        fragments: attachSuperscripts(fragments),
      });
      page.cleanup();
    }
    if (!anyText) {
      throw new InputError(
        `${path}: no text layer: this looks like a scanned PDF; run OCR (e.g. ocrmypdf) first`,
        'no-text-layer',
        path,
      );
    }
    const edge = sideColumn(read);
    if (edge !== null) for (const p of read) for (const f of p.fragments) if (f.x >= edge) f.side = true;
    const pages: Page[] = read.map((p) => ({
      number: p.number,
      lines: buildLines(p.fragments, p.number),
      width: round(p.width),
      height: round(p.height),
    }));
    const bodySize = bodySizeOf(pages);
    markGaps(pages, bodySize);
    return { format: 'pdf', pages, pageCount, bodySize };
  } catch (error) {
    if (error instanceof InputError) throw error;
    const name = (error as { name?: string } | null)?.name;
    if (name === 'PasswordException') {
      throw new InputError(`${path}: the PDF is encrypted with a password`, 'encrypted', path);
    }
    throw new InputError(`${path}: corrupt PDF: ${describe(error)}`, 'corrupt-pdf', path);
  } finally {
    await doc.destroy().catch(() => undefined);
    worker?.destroy();
  }
}

/** PDFs being read now: while there are any, pdfjs's late rejections are guarded (see onUnhandled). */
let inFlight = 0;

/**
 * Read a PDF into pages of lines. pdfjs parses in this thread, or, given `port` (the other end of
 * a port served by servePdfjs in a worker thread), in that thread. More text than `maxTextChars`
 * fails as `too-large`.
 */
export async function readPdf(
  bytes: Uint8Array,
  path: string,
  port?: unknown,
  maxTextChars = MAX_TEXT_CHARS,
): Promise<RawDocument> {
  if (inFlight++ === 0) process.on('unhandledRejection', onUnhandled);
  try {
    return await readPdfGuarded(bytes, path, port, maxTextChars);
  } finally {
    // Late rejections arrive after the document is destroyed: keep the guard one more moment.
    setTimeout(() => {
      if (--inFlight === 0) process.off('unhandledRejection', onUnhandled);
    }, 50).unref();
  }
}

export { loadPdfjs, PDFJS_API, PDFJS_OPTIONS, preloadPdfjs, servePdfjs } from './pdf/host.js';
