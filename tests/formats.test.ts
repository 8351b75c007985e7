/**
 * Every format a letter comes in: the reader registry (sniffing, refusals with one line), the DOCX
 * reader (styles, tables, side column, headers, footnotes, tracked changes, properties), the ZIP
 * reader's caps, ODT, folders, and the real Word letters in fixtures/real/docs.
 */
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { expandInputs, readerKind } from '../src/batch/inputs.js';
import { readDocx } from '../src/ingest/docx.js';
import { chooseReader, formatByName, READERS, readDocument } from '../src/ingest/registry.js';
import { MAX_ENTRIES, openZip } from '../src/ingest/zip.js';
import { InputError } from '../src/model/errors.js';
import { SOURCE_FORMATS } from '../src/model/letter.js';
import type { Line } from '../src/model/page.js';
import { extractBytes, extractFile } from '../src/pipeline.js';
import { corpus, ROOT } from './helpers.js';
import { buildDocx, buildZip } from './zip-builder.js';

interface RegistryCase {
  name: string;
  /** Read the whole input (not only choose its reader). */
  read?: boolean;
  text?: string;
  hex?: string;
  path: string;
  format?: string;
  error?: string;
}
interface DocxCase {
  name: string;
  body: string;
  footnotes_xml?: string;
  numbering?: string;
  headers?: string[];
  custom?: Record<string, string>;
  lines?: Array<{ text: string; bold?: boolean; column?: string; gapBefore?: boolean }>;
  metadata?: Record<string, string>;
  footnotes?: Array<[number, string]>;
  bodyLacks?: string[];
}
const table = corpus<{ registry: RegistryCase[]; records: RegistryCase[]; docx: DocxCase[] }>('formats');

const bytesOf = (c: RegistryCase) =>
  c.hex !== undefined
    ? new Uint8Array(Buffer.from(c.hex, 'hex'))
    : new Uint8Array(Buffer.from(c.text ?? '', 'utf8'));

async function outcome(c: RegistryCase): Promise<string> {
  try {
    if (c.format && !c.read) return `format ${chooseReader(bytesOf(c), c.path).format}`;
    const raw = await readDocument(bytesOf(c), c.path);
    return `format ${raw.format}`;
  } catch (e) {
    expect(e).toBeInstanceOf(InputError);
    return `error ${(e as Error).message}`;
  }
}

describe('reader registry', () => {
  it('has one reader per source format, in the contract', () => {
    expect(READERS.map((r) => r.format).sort()).toEqual([...SOURCE_FORMATS].sort());
  });
  for (const c of [...table.registry, ...table.records]) {
    it(c.name, async () => {
      const got = await outcome(c);
      if (c.format) expect(got).toBe(`format ${c.format}`);
      else {
        expect(got.startsWith('error ')).toBe(true);
        expect(got).toContain(c.error);
        expect(got.split('\n')).toHaveLength(1);
      }
    });
  }
  it('names a format by the file name only as a hint', () => {
    expect(formatByName('a/B.DOCX')).toBe('docx');
    expect(formatByName('x.htm')).toBe('html');
    expect(formatByName('x.tar.gz')).toBeNull();
    expect(formatByName('dir.pdf/brief')).toBeNull();
    expect(readerKind('brief.odt')).toBe('odt');
    expect(readerKind('brief')).toBe('text');
  });
  it('sniffs a Word document by its parts, not its name', () => {
    const docx = buildDocx({ body: '<w:p><w:r><w:t>x</w:t></w:r></w:p>' });
    expect(chooseReader(docx, 'brief').format).toBe('docx');
    expect(chooseReader(docx, 'brief.docx').format).toBe('docx');
  });
});

const docLines = (c: DocxCase): Line[] =>
  readDocx(
    buildDocx({
      body: c.body,
      footnotes: c.footnotes_xml,
      numbering: c.numbering,
      headers: c.headers,
      custom: c.custom,
    }),
    'case.docx',
  ).pages.flatMap((p) => p.lines);

describe('DOCX reader: data table', () => {
  for (const c of table.docx) {
    it(c.name, async () => {
      const bytes = buildDocx({
        body: c.body,
        footnotes: c.footnotes_xml,
        numbering: c.numbering,
        headers: c.headers,
        custom: c.custom,
      });
      if (c.lines) {
        const got = docLines(c).filter((l) => !l.repeated);
        expect(got.map((l) => l.text)).toEqual(c.lines.map((l) => l.text));
        for (const [i, want] of c.lines.entries()) {
          const line = got[i];
          if (want.bold !== undefined) expect(!!line.bold, `bold of "${want.text}"`).toBe(want.bold);
          if (want.column !== undefined) expect(line.column, `column of "${want.text}"`).toBe(want.column);
          if (want.gapBefore !== undefined)
            expect(!!line.gapBefore, `gap before "${want.text}"`).toBe(want.gapBefore);
        }
      }
      const letter = await extractBytes(bytes, 'case.docx');
      expect(letter.source.format).toBe('docx');
      for (const [k, v] of Object.entries(c.metadata ?? {}))
        expect((letter.metadata as Record<string, unknown>)[k], k).toBe(v);
      if (c.footnotes) expect(letter.footnotes.map((f) => [f.number, f.text])).toEqual(c.footnotes);
      const body = letter.sections.map((s) => `${s.heading} ${s.text}`).join(' ');
      for (const s of c.bodyLacks ?? []) expect(body).not.toContain(s);
    });
  }
});

describe('ZIP reader: caps, and names never used as paths', () => {
  const expectCode = (f: () => unknown, code: string) => {
    try {
      f();
    } catch (e) {
      expect(e).toBeInstanceOf(InputError);
      expect((e as InputError).code).toBe(code);
      return;
    }
    throw new Error(`expected an InputError ${code}`);
  };
  it('refuses an archive with more entries than the cap', () => {
    const entries = Array.from({ length: MAX_ENTRIES + 1 }, (_, i) => ({
      name: `f${i}`,
      data: '',
      stored: true,
    }));
    expectCode(() => openZip(buildZip(entries), 'many.zip'), 'archive-too-large');
  });
  it('refuses an entry compressed beyond any document (a zip bomb)', () => {
    const zip = openZip(
      buildZip([{ name: 'word/document.xml', data: new Uint8Array(4 * 1024 * 1024) }]),
      'b.docx',
    );
    expectCode(() => zip.bytes('word/document.xml'), 'zip-bomb');
  });
  it('refuses an entry that inflates to more than its directory says', () => {
    const zip = openZip(
      buildZip([{ name: 'word/document.xml', data: 'x'.repeat(5000), declaredSize: 100 }]),
      'lie.docx',
    );
    expectCode(() => zip.bytes('word/document.xml'), 'corrupt-archive');
  });
  it('reads entries by name only: a name like "../../x" is a key, and nothing is written', () => {
    const dir = mkdtempSync(join(tmpdir(), 'kb-zip-'));
    try {
      const zip = openZip(buildZip([{ name: '../../kb-escape.txt', data: 'x' }]), join(dir, 'a.zip'));
      expect(zip.names()).toEqual(['../../kb-escape.txt']);
      expect(zip.text('../../kb-escape.txt')).toBe('x');
      expect(readdirSync(dir)).toEqual([]);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
  it('refuses a truncated archive with one line', async () => {
    const whole = buildDocx({ body: '<w:p><w:r><w:t>x</w:t></w:r></w:p>' });
    await expect(readDocument(whole.subarray(0, whole.length - 30), 'cut.docx')).rejects.toThrow(
      /cut\.docx: (?:not a Word document|a ZIP archive|cannot read)/,
    );
  });
});

describe('ODT reader', () => {
  it('reads headings, paragraphs, notes, frames (side column) and master-page footers', async () => {
    const content = `<?xml version="1.0"?><office:document-content xmlns:office="o" xmlns:text="t" xmlns:draw="d" xmlns:table="tb" xmlns:style="s"><office:body><office:text><text:tracked-changes><text:changed-region><text:deletion><text:p>WEG</text:p></text:deletion></text:changed-region></text:tracked-changes><draw:frame><draw:text-box><text:p>Ons kenmerk</text:p><text:p>2024-0000123</text:p></draw:text-box></draw:frame><text:h text:outline-level="1">Aanleiding</text:h><text:p>Het kabinet zal<text:s text:c="2"/>in 2025 besluiten<text:note text:note-class="footnote"><text:note-citation>1</text:note-citation><text:note-body><text:p>Kamerstuk 36 000, nr. 1.</text:p></text:note-body></text:note>.<office:annotation><text:p>OPMERKING</text:p></office:annotation></text:p><text:list><text:list-item><text:p>eerste punt</text:p></text:list-item></text:list></office:text></office:body></office:document-content>`;
    const styles = `<?xml version="1.0"?><office:document-styles xmlns:office="o" xmlns:text="t" xmlns:style="s"><office:master-styles><style:master-page style:name="Standard"><style:footer><text:p>Pagina 1 van 2</text:p></style:footer></style:master-page></office:master-styles></office:document-styles>`;
    const bytes = buildZip([
      { name: 'mimetype', data: 'application/vnd.oasis.opendocument.text', stored: true },
      { name: 'content.xml', data: content },
      { name: 'styles.xml', data: styles },
    ]);
    expect(chooseReader(bytes, 'brief.odt').format).toBe('odt');
    const raw = await readDocument(bytes, 'brief.odt');
    const lines = raw.pages.flatMap((p) => p.lines);
    expect(lines.map((l) => [l.text, !!l.bold, l.column ?? 'main'])).toEqual([
      ['Ons kenmerk', false, 'side'],
      ['2024-0000123', false, 'side'],
      ['Aanleiding', true, 'main'],
      ['Het kabinet zal in 2025 besluiten.', false, 'main'],
      ['• eerste punt', false, 'main'],
      ['Pagina 1 van 2', false, 'side'],
      ['1 Kamerstuk 36 000, nr. 1.', false, 'main'],
    ]);
    const letter = await extractBytes(bytes, 'brief.odt');
    expect(letter.source.format).toBe('odt');
    expect(letter.metadata.reference).toBe('2024-0000123');
    expect(letter.footnotes.map((f) => f.text)).toEqual(['Kamerstuk 36 000, nr. 1.']);
    expect(JSON.stringify(letter.sections)).not.toMatch(/WEG|OPMERKING|Pagina 1/);
  });
});

describe('folders: batch and check find every format', () => {
  const dir = mkdtempSync(join(tmpdir(), 'kb-formats-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));
  it('finds .pdf .docx .odt .xml .html .htm .txt, in any case, and nothing else', async () => {
    mkdirSync(join(dir, 'sub'));
    const names = [
      'a.pdf',
      'b.docx',
      'c.odt',
      'd.xml',
      'e.html',
      'sub/f.htm',
      'g.txt',
      'H.DOCX',
      'i.doc',
      'j.jpg',
      'k.json',
    ];
    for (const n of names) writeFileSync(join(dir, n), 'x');
    const { inputs, problems } = await expandInputs([dir], dir);
    expect(problems).toEqual([]);
    expect(inputs.map((i) => i.rel).sort()).toEqual([
      'H.DOCX',
      'a.pdf',
      'b.docx',
      'c.odt',
      'd.xml',
      'e.html',
      'g.txt',
      'sub/f.htm',
    ]);
  });
  it('names every ending in the message for an empty folder', async () => {
    const empty = join(dir, 'empty');
    mkdirSync(empty);
    const { problems } = await expandInputs([empty], dir);
    expect(problems[0]).toMatch(/no \.pdf, \.docx, \.odt, \.html, \.htm, \.xml or \.txt files/);
  });
});

describe('real Word letters (fixtures/real/docs)', () => {
  const docs = join(ROOT, 'fixtures', 'real', 'docs');
  const gold = join(ROOT, 'fixtures', 'real', 'docs-gold');
  const files = readdirSync(docs).filter((f) => f.endsWith('.docx'));
  it('has Word letters', () => expect(files.length).toBeGreaterThan(0));
  for (const f of files) {
    it(`${f}: metadata, signatory, footnotes, Q/A paragraphs, no letter-head text in the body`, async () => {
      const g = JSON.parse(readFileSync(join(gold, f.replace(/\.docx$/, '.json')), 'utf8'));
      const letter = await extractFile(join(docs, f));
      expect(letter.source.format).toBe('docx');
      expect(letter.metadata.date).toBe(g.metadata.date);
      expect(letter.metadata.reference).toBe(g.metadata.reference);
      expect(letter.metadata.subject).toBe(g.metadata.subject);
      expect(letter.metadata.signatories.map((s) => s.name)).toEqual(
        g.metadata.signatories.map((s: { name: string }) => s.name),
      );
      for (const fn of g.footnotes)
        expect(
          letter.footnotes.some((x) => x.number === fn.number && x.text.startsWith(fn.text_prefix)),
        ).toBe(true);
      const paragraphs = letter.sections.flatMap((s) => s.text.split('\n\n'));
      expect(paragraphs.some((p) => /^Antwoord op vraag 1\b/.test(p))).toBe(true);
      expect(paragraphs.some((p) => /^Vraag 1\b/.test(p))).toBe(true);
      const body = letter.sections.map((s) => s.text).join(' ');
      for (const s of g.furniture_must_not_appear_in_body) expect(body).not.toContain(s);
    });
  }
});
