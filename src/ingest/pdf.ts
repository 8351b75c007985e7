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
 * password is needed; an owner password alone is fine), 'no-text-layer' (a scan: run OCR first).
 */
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { InputError } from '../model/errors.js';
import type { Line, Page, RawDocument } from '../model/page.js';
import { isPdf } from './registry.js';

/**
 * The document pdfjs hands the fonts of a PDF to: one that keeps nothing. A renderer gets each
 * embedded font either as an @font-face rule for its page (`disableFontFace: false`) or, with font
 * faces off (pdfjs's default in Node, where there is no page), as an outline compiled for every
 * character drawn (`buildFontPaths`). We draw nothing and only call getOperatorList to learn the
 * fonts' names, so we take the cheap way and drop the rules: no font is loaded anywhere and no glyph
 * is compiled. On the corpus PDFs, `batch -j 1` took 13 % less time and 21 % less CPU (much of it
 * V8's compiler, which no longer compiles pdfjs's glyph code). pdfjs's font loader is the only user
 * of this object in Node (its canvas and filter factories are Node's own); it calls exactly these
 * members. tests/pdf-fonts.test.ts checks that no outline is built and that the names still arrive.
 */
const FONT_SINK = Object.freeze({
  createElement: () => ({ remove() {}, sheet: { cssRules: [], insertRule: () => 0 } }),
  documentElement: { getElementsByTagName: () => [{ append() {} }] },
});

/** The options every pdfjs document is opened with. Nothing is evaluated, fetched or rendered. */
export const PDFJS_OPTIONS = Object.freeze({
  isEvalSupported: false,
  disableFontFace: false,
  ownerDocument: FONT_SINK,
  /** Images are only drawn: none is decoded (pdfjs removes every image larger than 0 pixels). */
  maxImageSize: 0,
  useSystemFonts: false,
  useWorkerFetch: false,
  enableXfa: false,
  disableAutoFetch: true,
  disableStream: true,
  disableRange: true,
  stopAtErrors: false,
  /** 0 = errors only: pdfjs prints nothing for the recoverable problems of real-world PDFs. */
  verbosity: 0,
});

/**
 * Text beyond this many characters is not a letter (the longest Kamerstukken have a few million):
 * reading stops with a `too-large` error. The text arrives in the main thread when pdfjs parses in
 * a worker (see src/cli/early.ts), so this bounds its memory even for one page that inflates to
 * hundreds of megabytes of text.
 */
export const MAX_TEXT_CHARS = 20_000_000;

/** Pages beyond this number are not read (a letter has tens of pages, not thousands). */
export const MAX_PAGES = 2000;

/** A document without text on its first this many pages is taken for a scan. */
export const SCAN_PAGES = 50;
/** Fraction of the font size a gap must exceed to become a space between two items. */
const SPACE_GAP = 0.15;
/** Gap (in em) that cuts a baseline group into fragments. */
const FRAGMENT_GAP = 1.5;
/** Gap (in em) beyond which two fragments of one column stay separate lines. */
const LINE_GAP = 4;
/** A vertical gap this many times the normal line spacing marks a paragraph break. */
const PARAGRAPH_GAP = 1.3;

const BOLD_FONT = /bold|black|heavy|semibold|demi|[-,]bd$|[-,]sb$/i;
const ITALIC_FONT = /italic|oblique|[-,]it$|[-,]bdit$|[-,]ob$/i;
const SUBSET_TAG = /^[A-Z]{6}\+/;
const DIGITS = /^\d{1,3}$/;
const WHITESPACE = /\s+/g;
const UNIT_BEFORE = /(?:^|[\s(])(?:k?m|cm|mm|dm|ha|m³|m²)$/;

let pdfjsModule: Promise<PdfjsModule> | null = null;

/** The slice of pdfjs's API that this reader uses. */
interface PdfjsModule {
  GlobalWorkerOptions: { workerSrc: string };
  PDFWorker: new (options: { port: unknown; verbosity: number }) => { destroy(): void };
  getDocument(options: Record<string, unknown>): { promise: Promise<PdfDocument>; destroy(): Promise<void> };
}
interface PdfDocument {
  numPages: number;
  getPage(n: number): Promise<PdfPage>;
  destroy(): Promise<void>;
}
interface PdfPage {
  getViewport(options: { scale: number }): { width: number; height: number; transform: number[] };
  getTextContent(): Promise<{ items: Array<PdfTextItem | { type: string }> }>;
  streamTextContent(): ReadableStream<{ items: Array<PdfTextItem | { type: string }> }>;
  getOperatorList(): Promise<unknown>;
  commonObjs: { has(id: string): boolean; get(id: string): unknown };
  cleanup(): boolean;
}
interface PdfTextItem {
  str: string;
  transform: number[];
  width: number;
  height: number;
  fontName: string;
  hasEOL: boolean;
}

/** What pdfjs warns at import in Node when its optional canvas package is missing: rendering only. */
const IMPORT_NOISE = /^Warning: Cannot (?:load "@napi-rs\/canvas"|polyfill `|access the `require`)/;

/**
 * pdfjs's Node build loads the native `@napi-rs/canvas` addon at import, only to take DOMMatrix,
 * ImageData and Path2D from it for rendering; without them its import fails (`new DOMMatrix()` at
 * module level). This reader never renders: the addon is answered from the require cache with an
 * empty module (no dlopen, about 40 ms less per process) and the three names get inert stand-ins,
 * so PDFs are read whether or not the optional package is installed.
 */
function withoutCanvas(): void {
  const g = globalThis as Record<string, unknown>;
  for (const name of ['DOMMatrix', 'ImageData', 'Path2D']) {
    if (g[name] === undefined) g[name] = class {};
  }
  try {
    const require = createRequire(createRequire(import.meta.url).resolve(PDFJS_API));
    const filename = require.resolve('@napi-rs/canvas');
    require.cache[filename] ??= {
      id: filename,
      filename,
      loaded: true,
      exports: {},
      children: [],
      paths: [],
    } as unknown as NodeJS.Module;
  } catch {
    // Not installed: pdfjs's own require fails quietly (IMPORT_NOISE) and the stand-ins hold.
  }
}

/**
 * pdfjs's legacy build (Node 20 lacks what the modern one needs), minified: a smaller source is
 * compiled faster at every start (about 35 ms per process on this machine).
 */
export const PDFJS_API = 'pdfjs-dist/legacy/build/pdf.min.mjs';
const PDFJS_WORKER = 'pdfjs-dist/legacy/build/pdf.worker.min.mjs';

/**
 * pdfjs's legacy build carries core-js, which at import *replaces* built-ins it finds wanting in
 * some edge case: Array.prototype.push (lengths over 2^32), JSON.stringify and JSON.parse, and
 * Function.prototype.toString, with JavaScript versions. For the rest of the thread's life every
 * push and every JSON.stringify then runs that slower code: a batch worker that had read one PDF
 * rendered every later letter with it (push alone took 6 % of a PDF batch's time). The built-ins
 * are put back after the import; what core-js *adds* (Promise.withResolvers, ...) stays, as pdfjs
 * needs it on Node 20.
 */
const NATIVE_OWNERS: object[] = [
  Array.prototype,
  Function.prototype,
  Object,
  Object.prototype,
  String.prototype,
  Number,
  Promise,
  Promise.prototype,
  Map.prototype,
  Set.prototype,
  WeakMap.prototype,
  JSON,
  Math,
  RegExp.prototype,
  ArrayBuffer.prototype,
  Object.getPrototypeOf(Uint8Array.prototype) as object,
];

async function importKeepingNatives<T>(specifier: string): Promise<T> {
  const saved = NATIVE_OWNERS.map((owner) => {
    const descriptors = new Map<PropertyKey, PropertyDescriptor>();
    for (const key of Reflect.ownKeys(owner)) {
      const d = Reflect.getOwnPropertyDescriptor(owner, key);
      if (d) descriptors.set(key, d);
    }
    return { owner, descriptors };
  });
  try {
    return (await import(specifier)) as T;
  } finally {
    for (const { owner, descriptors } of saved) {
      for (const [key, d] of descriptors) {
        const now = Reflect.getOwnPropertyDescriptor(owner, key);
        if (now && (!Object.is(now.value, d.value) || now.get !== d.get || now.set !== d.set)) {
          Reflect.defineProperty(owner, key, d);
        }
      }
    }
  }
}

interface PdfjsWorkerModule {
  WorkerMessageHandler: { initializeFromPort(port: unknown): void };
}

/**
 * Serve pdfjs's parsing side through a port (in a worker thread), for an API side elsewhere that
 * passes the other end of the port to readPdf. pdfjs runs this way in browsers.
 */
export async function servePdfjs(port: unknown): Promise<void> {
  // This thread does nothing but pdfjs: its late rejections (see onUnhandled) are guarded for good.
  process.on('unhandledRejection', onUnhandled);
  withoutCanvas();
  const { WorkerMessageHandler } = await importKeepingNatives<PdfjsWorkerModule>(PDFJS_WORKER);
  WorkerMessageHandler.initializeFromPort(port);
}

/** Start importing pdfjs now (a reader that expects a PDF soon); failures surface in readPdf. */
export function preloadPdfjs(): void {
  loadPdfjs().catch(() => undefined);
}

function loadPdfjs(): Promise<PdfjsModule> {
  if (!pdfjsModule) {
    withoutCanvas();
    // pdfjs warns on console at import time, before any verbosity option applies; those
    // warnings are about rendering, which this reader never does, and would pollute stderr.
    const warn = console.warn;
    console.warn = (...args: unknown[]) => {
      if (typeof args[0] === 'string' && IMPORT_NOISE.test(args[0])) return;
      warn(...args);
    };
    pdfjsModule = importKeepingNatives<PdfjsModule>(PDFJS_API).finally(() => {
      console.warn = warn;
    });
  }
  return pdfjsModule;
}

/**
 * pdfjs's parsing side for a PDF read in this thread: imported here (not by pdfjs on first use) so
 * that the built-ins are kept; pdfjs finds it as globalThis.pdfjsWorker, which the module sets.
 */
let fakeWorker: Promise<PdfjsWorkerModule> | null = null;
function loadParsingSide(): Promise<PdfjsWorkerModule> {
  fakeWorker ??= importKeepingNatives<PdfjsWorkerModule>(PDFJS_WORKER);
  return fakeWorker;
}

/**
 * The package's data folders, as file paths (pdfjs reads them with fs in Node). Not the standard
 * fonts: their font programs only draw glyphs; text, positions and widths of a PDF that does not
 * embed Helvetica or Times come out the same without them (checked item by item on every corpus
 * PDF), and loading one took ~40 ms.
 */
function dataPaths(): Record<string, string> {
  const require = createRequire(import.meta.url);
  const root = dirname(require.resolve('pdfjs-dist/package.json'));
  const folder = (name: string) => `${join(root, name)}/`;
  return {
    cMapUrl: folder('cmaps'),
    iccUrl: folder('iccs'),
    wasmUrl: folder('wasm'),
  };
}

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

/** One text item in page coordinates: x from the left, baseline from the top. */
interface Item {
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

interface Fragment {
  items: Item[];
  x: number;
  right: number;
  base: number;
  size: number;
  group: number;
  chars: number;
  side?: boolean;
}

interface FontInfo {
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
async function textItems(
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

async function pageItems(
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
function fragmentsOf(items: Item[], groupStart: number): { fragments: Fragment[]; groups: number } {
  const sorted = [...items].sort((a, b) => a.base - b.base || a.x - b.x);
  const groups: Item[][] = [];
  let current: Item[] = [];
  let groupBase = Number.NEGATIVE_INFINITY;
  let groupSize = 0;
  for (const item of sorted) {
    const tolerance = 0.25 * Math.max(item.size, groupSize);
    if (current.length > 0 && item.base - groupBase <= tolerance) {
      current.push(item);
      if (!item.space && item.size > groupSize) groupSize = item.size;
      continue;
    }
    if (current.length > 0) groups.push(current);
    current = [item];
    groupBase = item.base;
    groupSize = item.space ? 0 : item.size;
  }
  if (current.length > 0) groups.push(current);

  const fragments: Fragment[] = [];
  groups.forEach((group, g) => {
    const row = group.sort((a, b) => a.x - b.x);
    let frag: Item[] = [];
    let right = Number.NEGATIVE_INFINITY;
    const flush = () => {
      const textItems = frag.filter((i) => !i.space);
      if (textItems.length > 0) fragments.push(makeFragment(frag, groupStart + g));
      frag = [];
    };
    for (const item of row) {
      if (frag.length > 0 && !item.space && item.x - right > FRAGMENT_GAP * item.size) flush();
      frag.push(item);
      if (!item.space) right = Math.max(right, item.x + item.width);
    }
    flush();
  });
  return { fragments, groups: groups.length };
}

function makeFragment(items: Item[], group: number): Fragment {
  const text = items.filter((i) => !i.space && !i.sup);
  const main = text.length > 0 ? text : items.filter((i) => !i.space);
  const bySize = new Map<number, number>();
  let chars = 0;
  for (const i of main) {
    const key = Math.round(i.size * 10) / 10;
    bySize.set(key, (bySize.get(key) ?? 0) + i.text.length);
    chars += i.text.trim().length;
  }
  const size = [...bySize.entries()].sort((a, b) => b[1] - a[1] || b[0] - a[0])[0][0];
  const bases = main.map((i) => i.base).sort((a, b) => a - b);
  let x = Number.POSITIVE_INFINITY;
  let right = Number.NEGATIVE_INFINITY;
  for (const i of items) {
    if (!i.space && i.x < x) x = i.x;
    if (!i.space && i.x + i.width > right) right = i.x + i.width;
  }
  return {
    items,
    x,
    right,
    base: bases[Math.floor(bases.length / 2)],
    size,
    group,
    chars,
  };
}

/** Step 3: small raised (or lowered) fragments of at most three characters join the fragment they belong to. */
function attachSuperscripts(fragments: Fragment[]): Fragment[] {
  const attached = new Set<Fragment>();
  for (const small of fragments) {
    const text = small.items
      .filter((i) => !i.space)
      .map((i) => i.text)
      .join('')
      .trim();
    if (text.length === 0 || text.length > 3) continue;
    let host: Fragment | null = null;
    for (const f of fragments) {
      if (f === small || attached.has(f) || f.size < small.size * 1.2) continue;
      const raise = f.base - small.base;
      if (raise < -0.35 * f.size || raise > 0.8 * f.size || Math.abs(raise) < 0.05 * f.size) continue;
      const reach = f.size;
      if (small.x > f.right + reach || small.right < f.x - reach) continue;
      if (!host || Math.abs(raise) < Math.abs(host.base - small.base)) host = f;
    }
    if (!host) continue;
    const raised = host.base - small.base > 0.1 * host.size;
    const leading = small.right <= host.x + 0.5;
    for (const item of small.items) {
      if (item.space) continue;
      const before = host.items.filter((i) => !i.space && i.x + i.width <= item.x + 0.5).pop();
      const unit = before !== undefined && UNIT_BEFORE.test(before.text.trimEnd()) && /^[23]$/.test(text);
      item.sup = raised && !leading && !unit && DIGITS.test(text) ? 'marker' : 'text';
      if (leading) item.sup = undefined;
      host.items.push(item);
    }
    host.items.sort((a, b) => a.x - b.x);
    host.x = Math.min(host.x, small.x);
    host.right = Math.max(host.right, small.right);
    attached.add(small);
  }
  return fragments.filter((f) => !attached.has(f));
}

/**
 * Step 4: the left edge of the template's right-hand column, or null. Several narrow fragments
 * share a left edge right of 60% of the page, and the text left of them ends before that edge.
 */
function sideColumn(pages: Array<{ width: number; fragments: Fragment[] }>): number | null {
  const edges = new Map<number, number>();
  let maxPerPage = 0;
  for (const { width, fragments } of pages) {
    const perPage = new Map<number, number>();
    for (const f of fragments) {
      if (f.x < 0.6 * width || f.right - f.x > 0.35 * width) continue;
      const key = Math.round(f.x / 2) * 2;
      edges.set(key, (edges.get(key) ?? 0) + 1);
      perPage.set(key, (perPage.get(key) ?? 0) + 1);
    }
    for (const n of perPage.values()) maxPerPage = Math.max(maxPerPage, n);
  }
  if (maxPerPage < 3) return null;
  const [edge, count] = [...edges.entries()].sort((a, b) => b[1] - a[1])[0];
  if (count < 3) return null;
  const left = edge - 2;
  // The body column must end left of the side column; a full-width body rules it out.
  const rights: number[] = [];
  for (const { width, fragments } of pages) {
    for (const f of fragments) if (f.x < 0.4 * width && f.chars >= 10) rights.push(f.right);
  }
  if (rights.length === 0) return null;
  rights.sort((a, b) => a - b);
  const p98 = rights[Math.min(rights.length - 1, Math.floor(rights.length * 0.98))];
  return p98 < left ? left : null;
}

/** Step 5 and the Line itself. */
function buildLines(fragments: Fragment[], pageNo: number): Line[] {
  const byGroup = new Map<number, Fragment[]>();
  for (const f of fragments) {
    const list = byGroup.get(f.group);
    if (list) list.push(f);
    else byGroup.set(f.group, [f]);
  }
  const main: Array<{ line: Line; base: number }> = [];
  const side: Array<{ line: Line; base: number }> = [];
  for (const list of byGroup.values()) {
    list.sort((a, b) => a.x - b.x);
    for (const column of [false, true]) {
      let run: Fragment[] = [];
      const flush = () => {
        if (run.length === 0) return;
        const built = lineOf(run, pageNo, column);
        if (built) (column ? side : main).push(built);
        run = [];
      };
      for (const f of list) {
        if ((f.side === true) !== column) continue;
        const prev = run[run.length - 1];
        if (prev && f.x - prev.right > LINE_GAP * Math.max(prev.size, f.size)) flush();
        run.push(f);
      }
      flush();
    }
  }
  const order = (a: { line: Line; base: number }, b: { line: Line; base: number }) =>
    a.base - b.base || (a.line.x ?? 0) - (b.line.x ?? 0);
  return [...main.sort(order), ...side.sort(order)].map((l) => l.line);
}

function lineOf(run: Fragment[], pageNo: number, side: boolean): { line: Line; base: number } | null {
  const items = run.flatMap((f) => f.items).sort((a, b) => a.x - b.x);
  let text = '';
  let pendingSpace = false;
  let prev: Item | undefined;
  const markers: Array<[number, number]> = [];
  const sizeChars = new Map<number, number>();
  const fontChars = new Map<string, number>();
  let boldChars = 0;
  let italicChars = 0;
  let chars = 0;
  for (const item of items) {
    if (item.space) {
      pendingSpace = text.length > 0;
      continue;
    }
    if (item.sup === 'marker') {
      markers.push([text.trimEnd().length, Number(item.text.trim())]);
      if (/\s$/.test(item.text)) pendingSpace = true;
      // The gap to the next item counts from the marker's end.
      if (prev !== undefined) prev = { ...prev, x: item.x + item.width - prev.width };
      continue;
    }
    // Fake bold: the same text drawn twice at nearly the same place.
    if (prev && prev.text === item.text && Math.abs(prev.x - item.x) < 0.2 * item.size) continue;
    if (prev && text.length > 0) {
      const gap = item.x - (prev.x + prev.width);
      const em = Math.min(prev.size, item.size);
      if (gap > SPACE_GAP * em) pendingSpace = true;
    }
    let piece = item.text;
    if (text.length === 0) piece = piece.trimStart();
    if (pendingSpace && !text.endsWith(' ') && !piece.startsWith(' ')) text += ' ';
    text += piece;
    pendingSpace = false;
    prev = item;
    if (item.sup) continue;
    const n = item.text.trim().length;
    const key = Math.round(item.size * 10) / 10;
    sizeChars.set(key, (sizeChars.get(key) ?? 0) + n);
    if (item.font) fontChars.set(item.font, (fontChars.get(item.font) ?? 0) + n);
    if (item.bold) boldChars += n;
    if (item.italic) italicChars += n;
    chars += n;
  }
  const trimmed = text.trimEnd();
  if (trimmed.length === 0) return null;
  const size =
    sizeChars.size > 0
      ? [...sizeChars.entries()].sort((a, b) => b[1] - a[1] || b[0] - a[0])[0][0]
      : run[0].size;
  const font = [...fontChars.entries()].sort((a, b) => b[1] - a[1])[0]?.[0];
  const base = run
    .map((f) => f.base)
    .sort((a, b) => a - b)
    .at(run.length >> 1) as number;
  const x = Math.min(...run.map((f) => f.x));
  const right = Math.max(...run.map((f) => f.right));
  const line: Line = {
    text: trimmed,
    page: pageNo,
    x: round(x),
    y: round(base - size),
    width: round(right - x),
    size,
    bold: chars > 0 && boldChars >= 0.75 * chars,
    italic: chars > 0 && italicChars >= 0.75 * chars,
    column: side ? 'side' : 'main',
  };
  if (font) line.font = font;
  const kept = markers.filter(([offset]) => offset <= trimmed.length);
  if (kept.length > 0) line.markers = kept;
  return { line, base };
}

function round(n: number): number {
  return Math.round(n * 100) / 100;
}

/** The most common size, weighted by characters. */
function bodySizeOf(pages: Page[]): number | undefined {
  const chars = new Map<number, number>();
  for (const page of pages) {
    for (const line of page.lines) {
      if (line.size === undefined) continue;
      chars.set(line.size, (chars.get(line.size) ?? 0) + line.text.length);
    }
  }
  const best = [...chars.entries()].sort((a, b) => b[1] - a[1] || a[0] - b[0])[0];
  return best?.[0];
}

/**
 * gapBefore: the distance between two baselines of one column exceeds PARAGRAPH_GAP times the
 * normal spacing for their size. The normal spacing is the most common baseline distance between
 * consecutive body-size lines, relative to the size. The first line of a column on a page has none.
 */
function markGaps(pages: Page[], bodySize: number | undefined): void {
  const ratios = new Map<number, number>();
  const each = (fn: (prev: Line, line: Line, delta: number) => void) => {
    for (const page of pages) {
      let prev: Line | null = null;
      for (const line of page.lines) {
        if (prev && prev.column === line.column && line.y !== undefined && prev.y !== undefined) {
          const delta = line.y + (line.size ?? 0) - (prev.y + (prev.size ?? 0));
          if (delta > 0) fn(prev, line, delta);
        }
        prev = line;
      }
    }
  };
  each((prev, line, delta) => {
    if (bodySize === undefined || prev.size !== bodySize || line.size !== bodySize) return;
    const key = Math.round((delta / bodySize) * 20) / 20;
    ratios.set(key, (ratios.get(key) ?? 0) + 1);
  });
  const spacing = [...ratios.entries()].sort((a, b) => b[1] - a[1] || a[0] - b[0])[0]?.[0] ?? 1.2;
  for (const page of pages) for (const line of page.lines) line.gapBefore = false;
  each((prev, line, delta) => {
    const expected = spacing * Math.max(prev.size ?? 0, line.size ?? 0);
    line.gapBefore = delta > PARAGRAPH_GAP * expected;
  });
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

/**
 * pdfjs can leave an internal promise rejected after a corrupt document has already failed
 * (e.g. an XRef fetch still in flight): an unhandled rejection that would end the host process.
 * While PDFs are being read, such pdfjs rejections are swallowed; anything else is rethrown.
 */
let inFlight = 0;
const isPdfjsError = (reason: unknown) =>
  reason instanceof Error &&
  (/Exception$/.test(reason.name) || /pdfjs-dist|pdf(?:\.worker)?(?:\.min)?\.mjs/.test(reason.stack ?? ''));
function onUnhandled(reason: unknown): void {
  if (isPdfjsError(reason)) return;
  process.nextTick(() => {
    throw reason;
  });
}

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
