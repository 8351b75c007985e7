/**
 * Hosting pdfjs: its options (nothing evaluated, fetched or rendered), loading it lazily without its
 * native canvas addon, serving its parsing side in a worker thread, and the paths of its data.
 */
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';

/**
 * The document pdfjs hands the fonts of a PDF to: one that keeps nothing. A renderer gets each
 * embedded font either as an @font-face rule for its page (`disableFontFace: false`) or, with font
 * faces off (pdfjs's default in Node, where there is no page), as an outline compiled for every
 * character drawn (`buildFontPaths`). We draw nothing and only call getOperatorList to learn the
 * fonts' names, so we take the cheap way and drop the rules: no font is loaded anywhere and no glyph
 * is compiled (measured: docs/performance.md). pdfjs's font loader is the only user
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
let pdfjsModule: Promise<PdfjsModule> | null = null;

/** The slice of pdfjs's API that this reader uses. */
interface PdfjsModule {
  GlobalWorkerOptions: { workerSrc: string };
  PDFWorker: new (options: { port: unknown; verbosity: number }) => { destroy(): void };
  getDocument(options: Record<string, unknown>): { promise: Promise<PdfDocument>; destroy(): Promise<void> };
}
export interface PdfDocument {
  numPages: number;
  getPage(n: number): Promise<PdfPage>;
  destroy(): Promise<void>;
}
export interface PdfPage {
  getViewport(options: { scale: number }): { width: number; height: number; transform: number[] };
  getTextContent(): Promise<{ items: Array<PdfTextItem | { type: string }> }>;
  streamTextContent(): ReadableStream<{ items: Array<PdfTextItem | { type: string }> }>;
  getOperatorList(): Promise<unknown>;
  commonObjs: { has(id: string): boolean; get(id: string): unknown };
  cleanup(): boolean;
}
export interface PdfTextItem {
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
 * empty module (no dlopen: docs/performance.md) and the three names get inert stand-ins,
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
 * compiled faster at every start (docs/performance.md).
 */
export const PDFJS_API = 'pdfjs-dist/legacy/build/pdf.min.mjs';
const PDFJS_WORKER = 'pdfjs-dist/legacy/build/pdf.worker.min.mjs';

/**
 * pdfjs's legacy build carries core-js, which at import *replaces* built-ins it finds wanting in
 * some edge case: Array.prototype.push (lengths over 2^32), JSON.stringify and JSON.parse, and
 * Function.prototype.toString, with JavaScript versions. For the rest of the thread's life every
 * push and every JSON.stringify then runs that slower code: a batch worker that had read one PDF
 * rendered every later letter with it (docs/performance.md). The built-ins
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

/**
 * pdfjs polyfills `Response.prototype.bytes` at import. In Node, `Response` is a lazy global: reading
 * it loads undici, Node's whole fetch and WebSocket client, which pdfjs never uses here (the bytes
 * are passed in; nothing is fetched). On Node 20 that cost 18 ms of CPU in the reader's thread and
 * 31 ms in the main thread of `kamerbrief extract` (profiles of 6 runs, docs/performance.md). Node 20
 * makes the global an accessor: while pdfjs is imported, `Response` is a stand-in that already has
 * `bytes`, so the polyfill does nothing, and Node's accessor is put back after, unread. Node 22 and
 * later make it a lazy data property, which any look at it (its descriptor too) loads: there the
 * import goes on as before, undici and all.
 */
function withoutFetchLoaded<T>(load: () => Promise<T>): Promise<T> {
  const g = globalThis as Record<string, unknown>;
  const lazy = Object.getOwnPropertyDescriptor(g, 'Response');
  if (!lazy?.get || !lazy.configurable) return load();
  Object.defineProperty(g, 'Response', {
    configurable: true,
    writable: true,
    value: { prototype: { bytes() {} } },
  });
  return load().finally(() => Object.defineProperty(g, 'Response', lazy));
}

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
    return (await withoutFetchLoaded(() => import(specifier))) as T;
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

export function loadPdfjs(): Promise<PdfjsModule> {
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
export function loadParsingSide(): Promise<PdfjsWorkerModule> {
  fakeWorker ??= importKeepingNatives<PdfjsWorkerModule>(PDFJS_WORKER);
  return fakeWorker;
}

/**
 * The package's data folders, as file paths (pdfjs reads them with fs in Node). Not the standard
 * fonts: their font programs only draw glyphs; text, positions and widths of a PDF that does not
 * embed Helvetica or Times come out the same without them (checked item by item on every corpus
 * PDF), and loading one takes time (docs/performance.md).
 */
export function dataPaths(): Record<string, string> {
  const require = createRequire(import.meta.url);
  const root = dirname(require.resolve('pdfjs-dist/package.json'));
  const folder = (name: string) => `${join(root, name)}/`;
  return {
    cMapUrl: folder('cmaps'),
    iccUrl: folder('iccs'),
    wasmUrl: folder('wasm'),
  };
}

/**
 * pdfjs can leave an internal promise rejected after a corrupt document has already failed
 * (e.g. an XRef fetch still in flight): an unhandled rejection that would end the host process.
 * While PDFs are being read, such pdfjs rejections are swallowed; anything else is rethrown.
 */
const isPdfjsError = (reason: unknown) =>
  reason instanceof Error &&
  (/Exception$/.test(reason.name) || /pdfjs-dist|pdf(?:\.worker)?(?:\.min)?\.mjs/.test(reason.stack ?? ''));
export function onUnhandled(reason: unknown): void {
  if (isPdfjsError(reason)) return;
  process.nextTick(() => {
    throw reason;
  });
}
