/**
 * The PDF reader (src/ingest/pdf.ts, pdf/) and the geometry layout rules (src/layout/geometry.ts, geometry/).
 * Reader cases draw text with pdf-lib (tests/corpus/pdf-lines.json); geometry cases are pages of
 * lines (tests/corpus/pdf-geometry.json). Fixtures:
 *  - fixtures/pdf/seed-2024-11-12-vro-bo-leefomgeving.pdf: `node scripts/make-seed-pdf.mjs`
 *  - fixtures/pdf/encrypted-user-password.pdf and encrypted-owner-only.pdf: made once from a one-line
 *    pdf-lib page with qpdf 11.3:
 *      qpdf --encrypt secret owner 256 -- tiny.pdf fixtures/pdf/encrypted-user-password.pdf
 *      qpdf --encrypt "" owner 256 -- tiny.pdf fixtures/pdf/encrypted-owner-only.pdf
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { degrees, PDFDocument, type PDFFont, StandardFonts } from 'pdf-lib';
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import {
  looksLikePdf,
  MAX_PAGES,
  MAX_TEXT_CHARS,
  PDFJS_OPTIONS,
  readPdf,
  SCAN_PAGES,
} from '../src/ingest/pdf.js';
import { geometryLayout } from '../src/layout/geometry.js';
import { createDocument, type KDocument } from '../src/model/document.js';
import { InputError } from '../src/model/errors.js';
import type { Line, Page, RawDocument } from '../src/model/page.js';

const root = join(import.meta.dirname, '..');
const fixture = (name: string) => new Uint8Array(readFileSync(join(root, 'fixtures/pdf', name)));
const SEED = 'seed-2024-11-12-vro-bo-leefomgeving.pdf';
const gold = JSON.parse(readFileSync(join(root, 'fixtures/seed-gold.json'), 'utf8')) as {
  footnotes: Array<{ number: number; text: string }>;
  headings: Array<{ heading: string; number: string | null }>;
  metadata: { reference: string; ministry: string };
  furniture_must_not_appear_in_body: string[];
};

interface DrawOp {
  text: string;
  x: number | 'after';
  gap?: number;
  y: number;
  size: number;
  font?: 'regular' | 'bold' | 'italic';
  rotate?: number;
}

/** A one-page A4 PDF with the given text runs (y: baseline from the top). */
async function drawPdf(ops: DrawOp[]): Promise<Uint8Array> {
  const doc = await PDFDocument.create({ updateMetadata: false });
  const fonts: Record<string, PDFFont> = {
    regular: await doc.embedFont(StandardFonts.Helvetica),
    bold: await doc.embedFont(StandardFonts.HelveticaBold),
    italic: await doc.embedFont(StandardFonts.HelveticaOblique),
  };
  const page = doc.addPage([595.28, 841.89]);
  let end = 0;
  for (const op of ops) {
    const font = fonts[op.font ?? 'regular'];
    const x = op.x === 'after' ? end + (op.gap ?? 0) : op.x;
    page.drawText(op.text, {
      x,
      y: 841.89 - op.y,
      size: op.size,
      font,
      ...(op.rotate ? { rotate: degrees(op.rotate) } : {}),
    });
    end = x + font.widthOfTextAtSize(op.text, op.size);
  }
  return doc.save({ useObjectStreams: false });
}

async function inputError(promise: Promise<unknown>): Promise<InputError> {
  try {
    await promise;
  } catch (error) {
    expect(error).toBeInstanceOf(InputError);
    return error as InputError;
  }
  throw new Error('expected an InputError');
}

describe('pdfjs options', () => {
  it('never evaluates code from the file and prints only errors', () => {
    expect(PDFJS_OPTIONS.isEvalSupported).toBe(false);
    expect(PDFJS_OPTIONS.verbosity).toBe(0);
    expect(PDFJS_OPTIONS.useSystemFonts).toBe(false);
    expect(Object.isFrozen(PDFJS_OPTIONS)).toBe(true);
    expect(MAX_PAGES).toBeGreaterThanOrEqual(1000);
  });
});

describe('readPdf: inputs it refuses', () => {
  it('refuses HTML, Word and random bytes named .pdf with not-pdf', async () => {
    const html = new TextEncoder().encode('<!DOCTYPE html><html><body>Kamerbrief</body></html>');
    const docx = new Uint8Array([0x50, 0x4b, 0x03, 0x04, 1, 2, 3, 4, 5, 6]);
    const random = new Uint8Array(4096).map((_, i) => (i * 7919) % 251);
    for (const bytes of [html, docx, random]) {
      expect(looksLikePdf(bytes)).toBe(false);
      const error = await inputError(readPdf(bytes, 'brief.pdf'));
      expect(error.code).toBe('not-pdf');
      expect(error.message).toMatch(/^brief\.pdf: not a PDF/);
      expect(error.message).not.toContain('\n');
    }
  });

  it('accepts a header after leading junk within 1024 bytes', () => {
    const bytes = new TextEncoder().encode(`${' '.repeat(500)}%PDF-1.7\n`);
    expect(looksLikePdf(bytes)).toBe(true);
    expect(looksLikePdf(new TextEncoder().encode(`${' '.repeat(1100)}%PDF-1.7\n`))).toBe(false);
  });

  it('refuses a truncated PDF with corrupt-pdf', async () => {
    const seed = fixture(SEED);
    for (const fraction of [0.3, 0.6, 0.95]) {
      const error = await inputError(readPdf(seed.slice(0, Math.floor(seed.length * fraction)), 'kort.pdf'));
      expect(error.code).toBe('corrupt-pdf');
    }
  });

  it('refuses a PDF header followed by garbage with corrupt-pdf', async () => {
    const bytes = new TextEncoder().encode('%PDF-1.4\n1 0 obj << /Type /Catalog >>\ngarbage\n%%EOF\n');
    const error = await inputError(readPdf(bytes, 'kapot.pdf'));
    expect(error.code).toBe('corrupt-pdf');
  });

  it('refuses a PDF that needs a password with encrypted', async () => {
    const error = await inputError(readPdf(fixture('encrypted-user-password.pdf'), 'geheim.pdf'));
    expect(error.code).toBe('encrypted');
    expect(error.message).toContain('password');
  });

  it('reads a PDF encrypted with an owner password only', async () => {
    const raw = await readPdf(fixture('encrypted-owner-only.pdf'), 'rechten.pdf');
    expect(raw.pages[0].lines.map((l) => l.text)).toEqual(['Geachte voorzitter, dit is een test.']);
  });

  it('reads text after a few empty pages, but takes 50 empty pages for a scan', async () => {
    const withBlanks = async (blanks: number) => {
      const doc = await PDFDocument.create({ updateMetadata: false });
      const font = await doc.embedFont(StandardFonts.Helvetica);
      for (let i = 0; i < blanks; i++) doc.addPage([595.28, 841.89]);
      doc
        .addPage([595.28, 841.89])
        .drawText('Tekst na de lege pagina’s.', { x: 79.4, y: 700, size: 10, font });
      return doc.save();
    };
    const raw = await readPdf(await withBlanks(3), 'bijlage.pdf');
    expect(raw.pageCount).toBe(4);
    expect(raw.pages[3].lines.map((l) => l.text)).toEqual(['Tekst na de lege pagina’s.']);
    expect(SCAN_PAGES).toBe(50);
    const error = await inputError(readPdf(await withBlanks(SCAN_PAGES), 'scan-met-ocr-achteraan.pdf'));
    expect(error.code).toBe('no-text-layer');
  });

  it('stops at the text limit with too-large', async () => {
    const seed = fixture(SEED);
    const whole = await readPdf(seed, 'seed.pdf');
    const chars = whole.pages.flatMap((p) => p.lines).reduce((n, l) => n + l.text.length, 0);
    // Under the limit: read as before; over it (half the seed's text): one clear error.
    expect((await readPdf(seed, 'seed.pdf', undefined, chars * 2)).pages).toHaveLength(10);
    const error = await inputError(readPdf(seed, 'lang.pdf', undefined, Math.floor(chars / 2)));
    expect(error.code).toBe('too-large');
    expect(error.message).toMatch(/^lang\.pdf: more than [\d,]+ characters of text/);
    expect(MAX_TEXT_CHARS).toBe(20_000_000);
  });

  it('refuses a PDF without any text (a scan) with no-text-layer', async () => {
    const doc = await PDFDocument.create({ updateMetadata: false });
    doc.addPage([595.28, 841.89]).drawRectangle({ x: 50, y: 50, width: 400, height: 600 });
    doc.addPage([595.28, 841.89]);
    const error = await inputError(readPdf(await doc.save(), 'scan.pdf'));
    expect(error.code).toBe('no-text-layer');
    expect(error.message).toMatch(/no text layer.*OCR/);
  });
});

describe('readPdf: items to lines (tests/corpus/pdf-lines.json)', () => {
  const table = JSON.parse(readFileSync(join(root, 'tests/corpus/pdf-lines.json'), 'utf8')) as {
    cases: Array<{ name: string; draw: DrawOp[]; lines: Array<Partial<Line>>; absent?: string[] }>;
  };
  for (const c of table.cases) {
    it(c.name, async () => {
      const raw = await readPdf(await drawPdf(c.draw), `${c.name}.pdf`);
      const lines = raw.pages[0].lines;
      expect(lines.length).toBe(c.lines.length);
      c.lines.forEach((want, i) => {
        const got = lines[i];
        for (const [key, value] of Object.entries(want)) {
          const actual = got[key as keyof Line];
          if (key === 'markers') expect(actual, `line ${i} ${key}`).toEqual(value);
          else if (typeof value === 'number') expect(actual, `line ${i} ${key}`).toBeCloseTo(value, 0);
          else expect(actual, `line ${i} ${key}`).toEqual(value);
        }
        if (!('markers' in want)) expect(got.markers, `line ${i} markers`).toBeUndefined();
      });
      for (const text of c.absent ?? []) expect(lines.some((l) => l.text.includes(text))).toBe(false);
    });
  }
});

describe('readPdf: the seed letter PDF', () => {
  let raw: RawDocument;
  beforeAll(async () => {
    raw = await readPdf(fixture(SEED), SEED);
  });
  const all = () => raw.pages.flatMap((p) => p.lines);

  it('gives numbered pages of the A4 size, the body size and the page count', () => {
    expect(raw.format).toBe('pdf');
    expect(raw.pageCount).toBe(raw.pages.length);
    expect(raw.pageCount).toBeGreaterThanOrEqual(8);
    expect(raw.pages.map((p) => p.number)).toEqual(raw.pages.map((_, i) => i + 1));
    expect(raw.pages[0].width).toBeCloseTo(595.28, 1);
    expect(raw.pages[0].height).toBeCloseTo(841.89, 1);
    expect(raw.bodySize).toBe(10);
    for (const line of all()) {
      expect(line.page).not.toBeNull();
      expect(line.x).toBeGreaterThan(0);
      expect(line.y).toBeGreaterThan(0);
      expect(line.width).toBeGreaterThan(0);
    }
  });

  it('sets the headings bold and larger than the body, and no body line bold', () => {
    const bold = all().filter((l) => l.bold && l.column === 'main');
    const headings = gold.headings.map((h) => (h.number ? `${h.number}. ${h.heading}` : h.heading));
    const joined = bold.map((l) => l.text).join(' ');
    for (const h of headings) expect(joined).toContain(h);
    for (const l of bold) expect(l.size).toBeGreaterThan(raw.bodySize as number);
    expect(bold.length).toBeLessThanOrEqual(headings.length + 2);
  });

  it('puts the right-hand column in the side column on every page', () => {
    for (const page of raw.pages) {
      const side = page.lines.filter((l) => l.column === 'side').map((l) => l.text);
      expect(side).toContain('Onze referentie');
      expect(side).toContain(gold.metadata.reference);
      expect(side).toContain(`Pagina ${page.number} van ${raw.pageCount}`);
      // Side lines come after the page's main lines.
      const firstSide = page.lines.findIndex((l) => l.column === 'side');
      expect(page.lines.slice(firstSide).every((l) => l.column === 'side')).toBe(true);
    }
    expect(all().filter((l) => l.column === 'main' && l.text.includes(gold.metadata.reference))).toEqual([]);
  });

  it('takes the four raised footnote markers out of the text, keeping their place', () => {
    const marked = all().filter((l) => l.markers);
    expect(marked.flatMap((l) => l.markers?.map(([, n]) => n))).toEqual([1, 2, 3, 4]);
    for (const l of marked) {
      for (const [offset] of l.markers ?? []) {
        expect(l.text[offset - 1]).toMatch(/\p{L}/u);
        expect(l.text.slice(offset, offset + 1)).toMatch(/^[\s,.;]?$/);
      }
    }
    const minhas = marked.find((l) => l.text.includes('Minhas'));
    expect(minhas?.text).toContain('Minhas, die');
  });

  it('marks the gap before paragraphs and headings, not before every line', () => {
    const main = all().filter((l) => l.column === 'main');
    const gaps = main.filter((l) => l.gapBefore).length;
    expect(gaps).toBeGreaterThan(20);
    expect(gaps).toBeLessThan(main.length / 3);
    const heading = main.find((l) => l.text === 'Positionering van de Bestuurlijke Overleggen Leefomgeving');
    expect(heading?.gapBefore).toBe(true);
  });

  it('prints nothing on stdout or stderr', async () => {
    const log = vi.spyOn(console, 'log');
    const warnSpy = vi.spyOn(console, 'warn');
    const errorSpy = vi.spyOn(console, 'error');
    const stderr = vi.spyOn(process.stderr, 'write');
    const stdout = vi.spyOn(process.stdout, 'write');
    await readPdf(fixture(SEED), SEED);
    await readPdf(fixture('encrypted-owner-only.pdf'), 'x.pdf');
    for (const spy of [log, warnSpy, errorSpy, stderr, stdout]) expect(spy).not.toHaveBeenCalled();
  });

  afterEach(() => {
    vi.restoreAllMocks();
  });
});

function documentOf(raw: RawDocument): KDocument {
  return createDocument(raw, { path: 'x.pdf', sha256: '', format: 'pdf', pages: raw.pageCount });
}

describe('geometryLayout (tests/corpus/pdf-geometry.json)', () => {
  const table = JSON.parse(readFileSync(join(root, 'tests/corpus/pdf-geometry.json'), 'utf8')) as {
    cases: Array<{
      name: string;
      bodySize: number;
      pages: Array<{ number: number; height?: number; lines: Array<Partial<Line> & { text: string }> }>;
      fields?: Array<{ label: string; value: string }>;
      footnotes?: Array<{ number: number; text: string; page: number }>;
      furniture?: Array<{ kind: string; text: string }>;
      body: string[];
    }>;
  };
  for (const c of table.cases) {
    it(c.name, () => {
      const pages: Page[] = c.pages.map((p) => ({
        number: p.number,
        width: 595.28,
        height: p.height ?? 841.89,
        lines: p.lines.map((l) => ({ column: 'main', gapBefore: false, bold: false, ...l, page: p.number })),
      }));
      const doc = documentOf({ format: 'pdf', pages, pageCount: pages.length, bodySize: c.bodySize });
      geometryLayout(doc);
      if (c.fields) expect(doc.fields.map(({ label, value }) => ({ label, value }))).toEqual(c.fields);
      if (c.footnotes) expect(doc.footnotes).toEqual(c.footnotes);
      for (const f of c.furniture ?? []) {
        expect(doc.furniture.map(({ kind, text }) => ({ kind, text }))).toContainEqual(f);
      }
      expect(doc.raw.pages.flatMap((p) => p.lines.map((l) => l.text))).toEqual(c.body);
    });
  }
});

describe('geometryLayout: pathological lines', () => {
  it('handles 1 MB lines of URL-like, address-like and number-like text', () => {
    const big = (unit: string) => unit.repeat(Math.ceil(1_000_000 / unit.length));
    const line = (text: string, y: number, size: number): Line => ({
      text,
      page: 1,
      x: 79.4,
      y,
      size,
      column: 'main',
    });
    const pages: Page[] = [
      {
        number: 1,
        width: 595.28,
        height: 841.89,
        lines: [
          line(`Datum ${big('1 ')}`, 100, 10),
          line(big('Abc '), 200, 10),
          line(`1 ${big('www.a')}`, 700, 8),
          line(big('www.a-'), 710, 8),
          line(big('9'), 720, 8),
        ],
      },
    ];
    const doc = documentOf({ format: 'pdf', pages, pageCount: 1, bodySize: 10 });
    geometryLayout(doc);
    expect(doc.footnotes).toHaveLength(1);
    expect(doc.footnotes[0].text.length).toBeGreaterThan(2_000_000);
  });
});

describe('geometryLayout: the seed letter PDF', () => {
  let doc: KDocument;
  beforeAll(async () => {
    doc = documentOf(await readPdf(fixture(SEED), SEED));
    geometryLayout(doc);
  });
  const field = (label: string) => doc.fields.filter((f) => f.label === label).map((f) => f.value);

  it('reads the header fields once each', () => {
    expect(field('Ministerie')).toEqual([gold.metadata.ministry]);
    expect(field('Datum')).toEqual(['12 november 2024']);
    expect(field('Onze referentie')).toEqual([gold.metadata.reference]);
    expect(field('Betreft')).toEqual(['Uitkomsten BO’s Leefomgeving 2024']);
    expect(field('Aan')).toEqual(['Aan de Voorzitter van de Tweede Kamer der Staten-Generaal']);
  });

  it('finds the four footnotes with their text and page', () => {
    expect(doc.footnotes.map((f) => ({ number: f.number, text: f.text }))).toEqual(gold.footnotes);
    for (const f of doc.footnotes) {
      const marker = doc.raw.pages
        .flatMap((p) => p.lines)
        .find((l) => l.markers?.some(([, n]) => n === f.number));
      expect(marker?.page).toBe(f.page);
    }
  });

  it('leaves no furniture in the body lines', () => {
    const body = doc.raw.pages.flatMap((p) => p.lines.map((l) => l.text)).join('\n');
    for (const text of gold.furniture_must_not_appear_in_body) expect(body).not.toContain(text);
    expect(body).not.toMatch(/Retouradres|Postbus|Pagina \d+ van|DEN HAAG/);
    expect(doc.raw.pages.every((p) => p.lines.every((l) => l.column === 'main'))).toBe(true);
  });

  it('files the furniture by kind', () => {
    const kinds = new Set(doc.furniture.map((f) => f.kind));
    expect([...kinds].sort()).toEqual(['address', 'field', 'header', 'page-number', 'return-address']);
    expect(doc.furniture.filter((f) => f.kind === 'page-number')).toHaveLength(doc.raw.pages.length);
  });
});
