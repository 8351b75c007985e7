/**
 * Fonts embedded in a PDF: their real names reach the lines (bold headings depend on them), while
 * pdfjs compiles no glyph outline and decodes no image for us (PDFJS_OPTIONS: font rules go to a
 * document that keeps nothing, images above 0 pixels are dropped). The PDF is built here with two
 * TrueType fonts that pdfjs-dist ships (Liberation Sans) embedded as subsets would be.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { PDFJS_API, PDFJS_OPTIONS, readPdf } from '../src/ingest/pdf.js';
import { buildPdf, stream } from './robustness/generate.js';

const require = createRequire(import.meta.url);
const FONTS = join(dirname(require.resolve('pdfjs-dist/package.json')), 'standard_fonts');

/** A TrueType font dictionary (WinAnsi, widths from the font's 1000-unit advance table). */
function trueType(name: string, descriptor: number): string {
  return `<< /Type /Font /Subtype /TrueType /BaseFont /${name} /FirstChar 32 /LastChar 126 /Widths [${Array(95).fill(556).join(' ')}] /Encoding /WinAnsiEncoding /FontDescriptor ${descriptor} 0 R >>`;
}
function descriptor(name: string, file: number, bold: boolean): string {
  return `<< /Type /FontDescriptor /FontName /${name} /Flags 32 /FontBBox [-200 -300 1200 1000] /ItalicAngle 0 /Ascent 905 /Descent -212 /CapHeight 700 /StemV ${bold ? 140 : 80} /FontFile2 ${file} 0 R >>`;
}

/** One page: a bold heading, two body lines, and a small image (which only a renderer needs). */
function letterPdf(): Buffer {
  const content = Buffer.from(
    [
      'q 40 0 0 20 72 780 cm /Im1 Do Q',
      'BT /F2 12 Tf 72 720 Td (1. Woningbouw in de provincie Utrecht) Tj ET',
      'BT /F1 11 Tf 72 700 Td (Voor de zomer van 2025 stuur ik uw Kamer de ontwerp-Nota Ruimte.) Tj ET',
      'BT /F1 11 Tf 72 686 Td (Daarvoor is 5 miljoen euro beschikbaar.) Tj ET',
    ].join('\n'),
    'latin1',
  );
  const regular = readFileSync(join(FONTS, 'LiberationSans-Regular.ttf'));
  const bold = readFileSync(join(FONTS, 'LiberationSans-Bold.ttf'));
  const image = Buffer.alloc(4 * 2 * 3, 0x80);
  return buildPdf([
    '<< /Type /Catalog /Pages 2 0 R >>',
    '<< /Type /Pages /Kids [3 0 R] /Count 1 >>',
    '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 5 0 R /F2 6 0 R >> /XObject << /Im1 11 0 R >> >> /Contents 4 0 R >>',
    stream('', content),
    trueType('KBTEST+Sans-Regular', 7),
    trueType('KBTEST+Sans-Bold', 8),
    descriptor('KBTEST+Sans-Regular', 9, false),
    descriptor('KBTEST+Sans-Bold', 10, true),
    stream(`/Length1 ${regular.length}`, regular),
    stream(`/Length1 ${bold.length}`, bold),
    stream(
      '/Type /XObject /Subtype /Image /Width 4 /Height 2 /ColorSpace /DeviceRGB /BitsPerComponent 8',
      image,
    ),
  ]);
}

/** A ToUnicode CMap for 2-byte codes, mapping each given code to one character. */
function toUnicode(map: Array<[number, string]>): Buffer {
  const hex = (n: number) => n.toString(16).toUpperCase().padStart(4, '0');
  const pairs = map.map(([code, ch]) => `<${hex(code)}> <${hex(ch.charCodeAt(0))}>`).join('\n');
  return Buffer.from(
    '/CIDInit /ProcSet findresource begin 12 dict begin begincmap\n' +
      '/CIDSystemInfo << /Registry (Adobe) /Ordering (UCS) /Supplement 0 >> def\n' +
      '/CMapName /Adobe-Identity-UCS def /CMapType 2 def\n' +
      '1 begincodespacerange <0000> <FFFF> endcodespacerange\n' +
      `${map.length} beginbfchar\n${pairs}\nendbfchar\n` +
      'endcmap CMapName currentdict /CMap defineresource pop end end',
    'latin1',
  );
}

/**
 * One page in the two other kinds of font: a Type 3 font (glyphs drawn by content streams, no font
 * program at all) and a composite font (Type0 over an embedded CIDFontType2, Identity-H, with a
 * ToUnicode map), as PDF producers write for non-Latin text.
 */
function otherFontsPdf(): Buffer {
  const content = Buffer.from(
    ['BT /F3 12 Tf 72 720 Td (aaa) Tj ET', 'BT /F4 11 Tf 72 700 Td <00240025002600260027> Tj ET'].join('\n'),
    'latin1',
  );
  const regular = readFileSync(join(FONTS, 'LiberationSans-Regular.ttf'));
  const codes: Array<[number, string]> = [
    [0x24, 'H'],
    [0x25, 'a'],
    [0x26, 'l'],
    [0x27, 'o'],
  ];
  return buildPdf([
    '<< /Type /Catalog /Pages 2 0 R >>',
    '<< /Type /Pages /Kids [3 0 R] /Count 1 >>',
    '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F3 5 0 R /F4 7 0 R >> >> /Contents 4 0 R >>',
    stream('', content),
    '<< /Type /Font /Subtype /Type3 /FontBBox [0 0 750 750] /FontMatrix [0.001 0 0 0.001 0 0] /CharProcs << /a 6 0 R >> /Encoding << /Type /Encoding /Differences [97 /a] >> /FirstChar 97 /LastChar 97 /Widths [800] /Resources << >> >>',
    stream('', Buffer.from('800 0 0 0 750 750 d1 0 0 750 750 re f', 'latin1')),
    '<< /Type /Font /Subtype /Type0 /BaseFont /KBTEST+Cid-Regular /Encoding /Identity-H /DescendantFonts [8 0 R] /ToUnicode 11 0 R >>',
    '<< /Type /Font /Subtype /CIDFontType2 /BaseFont /KBTEST+Cid-Regular /CIDSystemInfo << /Registry (Adobe) /Ordering (Identity) /Supplement 0 >> /FontDescriptor 9 0 R /CIDToGIDMap /Identity /DW 556 >>',
    descriptor('KBTEST+Cid-Regular', 10, false),
    stream(`/Length1 ${regular.length}`, regular),
    stream('', toUnicode(codes)),
  ]);
}

interface Objs {
  [Symbol.iterator](): Iterator<[string, unknown]>;
}
interface Pdfjs {
  getDocument(options: Record<string, unknown>): {
    promise: Promise<{
      getPage(n: number): Promise<{
        getTextContent(): Promise<unknown>;
        getOperatorList(): Promise<unknown>;
        commonObjs: Objs;
        objs: Objs;
      }>;
      destroy(): Promise<void>;
    }>;
  };
}

/** What pdfjs leaves in the page's object stores after reading it as our reader does. */
async function objectsAfterReading(options: Record<string, unknown>) {
  const pdfjs = (await import(PDFJS_API)) as Pdfjs;
  const doc = await pdfjs.getDocument({ ...options, data: new Uint8Array(letterPdf()) }).promise;
  try {
    const page = await doc.getPage(1);
    await page.getTextContent();
    await page.getOperatorList();
    const common = [...page.commonObjs];
    return {
      fonts: common
        .map(([, data]) => (data as { name?: unknown } | null)?.name)
        .filter((name): name is string => typeof name === 'string')
        .sort(),
      glyphPaths: common.filter(([id]) => id.includes('_path_')).length,
      images: [...page.objs].filter(([, data]) => (data as { width?: unknown } | null)?.width !== undefined)
        .length,
    };
  } finally {
    await doc.destroy();
  }
}

describe('embedded fonts', () => {
  it('give the lines their real names, without the subset tag, and mark the bold one', async () => {
    const raw = await readPdf(letterPdf(), 'fonts.pdf');
    const lines = raw.pages.flatMap((p) => p.lines);
    const heading = lines.find((l) => l.text.startsWith('1. Woningbouw'));
    const body = lines.find((l) => l.text.startsWith('Voor de zomer'));
    expect(heading).toMatchObject({ font: 'Sans-Bold', bold: true });
    expect(body).toMatchObject({ font: 'Sans-Regular', bold: false });
  });

  it('of Type 3 and of composite (CID) kind are read too, the composite one named', async () => {
    const raw = await readPdf(otherFontsPdf(), 'other-fonts.pdf');
    const lines = raw.pages.flatMap((p) => p.lines);
    expect(lines.map((l) => l.text)).toEqual(['aaa', 'Hallo']);
    expect(lines[1]).toMatchObject({ font: 'Cid-Regular', bold: false });
  });

  it('are named by pdfjs without compiling a glyph outline or decoding the image', async () => {
    const ours = await objectsAfterReading(PDFJS_OPTIONS);
    expect(ours.fonts).toEqual(['KBTEST+Sans-Bold', 'KBTEST+Sans-Regular']);
    expect(ours.glyphPaths).toBe(0);
    expect(ours.images).toBe(0);
  });

  it('would cost outlines and the image with pdfjs’s own Node defaults (the check above can fail)', async () => {
    const { ownerDocument: _sink, maxImageSize: _size, ...rest } = PDFJS_OPTIONS;
    const defaults = await objectsAfterReading({ ...rest, disableFontFace: true });
    expect(defaults.fonts).toEqual(['KBTEST+Sans-Bold', 'KBTEST+Sans-Regular']);
    expect(defaults.glyphPaths).toBeGreaterThan(20);
    expect(defaults.images).toBe(1);
  });
});
