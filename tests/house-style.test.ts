/**
 * The Rijksoverheid house style and footnotes: the side column in text from the ministry's PDF
 * (src/layout/side-column.ts), footnotes in every shape (src/layout/footnotes.ts), signatures under
 * mandate (src/lexicon/signature.ts), and the house style's PDF heading (src/layout/geometry/heading.ts).
 * Tables: tests/corpus/house-style.json and tests/corpus/house-style-pdf.json.
 */
import { describe, expect, it } from 'vitest';
import { readText } from '../src/ingest/text.js';
import { geometryLayout } from '../src/layout/geometry.js';
import { sideKind } from '../src/layout/side-column.js';
import { isSignerName, parseSignatories } from '../src/lexicon/signature.js';
import { createDocument } from '../src/model/document.js';
import type { Line, Page } from '../src/model/page.js';
import { processRaw } from '../src/pipeline.js';
import { corpus } from './helpers.js';

interface TextCase {
  name: string;
  text: string;
  fields: Array<[string, string]> | null;
  furniture: Array<[string, string]>;
  footnotes: Array<[number, string]>;
  bodyContains: string[];
  bodyLacks: string[];
}
interface MandateCase {
  name: string;
  lines: string[];
  signatory: { name: string; role: string } | null;
}
const table = corpus<{
  kinds: Array<[string, string | null]>;
  texts: TextCase[];
  mandate: MandateCase[];
  names: Array<[string, boolean]>;
}>('house-style');

describe('side column: a line by its form', () => {
  for (const [text, kind] of table.kinds) {
    it(`${JSON.stringify(text)} → ${kind}`, () => expect(sideKind(text)).toBe(kind));
  }
});

describe('house-style text and footnotes through the pipeline', () => {
  for (const c of table.texts) {
    it(c.name, () => {
      const doc = processRaw(
        readText(c.text),
        { path: 't', sha256: '', format: 'text', pages: null },
        { furniture: true },
      );
      const fields = doc.fields.map((f) => [f.label, f.value]);
      for (const f of c.fields ?? []) expect(fields).toContainEqual(f);
      const furniture = doc.furniture.map((f) => [f.kind, f.text]);
      for (const f of c.furniture) expect(furniture).toContainEqual(f);
      expect(doc.footnotes.map((f) => [f.number, f.text])).toEqual(c.footnotes);
      const body = doc.sections
        .flatMap((s) => [s.heading, ...s.paragraphs.map((p) => p.text)])
        .join(' ')
        .replace(/\s+/g, ' ');
      for (const s of c.bodyContains) expect(body).toContain(s);
      for (const s of c.bodyLacks) expect(body).not.toContain(s);
    });
  }
});

describe('signatures under mandate (through src/lexicon/signature.ts)', () => {
  for (const c of table.mandate) {
    it(c.name, () => {
      const got = parseSignatories(c.lines);
      const delegated = got.filter((s) => s.onBehalf !== null);
      if (!c.signatory) {
        expect(delegated).toEqual([]);
        return;
      }
      // The official signs; the function is theirs (the table writes "<function>, namens <mandator>").
      const hit = got.find((s) => s.name === c.signatory?.name);
      expect(hit, JSON.stringify(got)).toBeDefined();
      const fn = c.signatory.role.split(', namens ')[0].replace(/\s+/g, ' ').toLowerCase();
      expect(`${hit?.onBehalf ?? ''} ${hit?.role ?? ''}`.replace(/\s+/g, ' ').toLowerCase()).toContain(fn);
    });
  }
  for (const [text, yes] of table.names) {
    it(`${JSON.stringify(text)} is ${yes ? '' : 'no '}name`, () => expect(isSignerName(text)).toBe(yes));
  }
});

describe('house-style PDF heading (tests/corpus/house-style-pdf.json)', () => {
  const pdf = corpus<{
    cases: Array<{
      name: string;
      bodySize: number;
      pages: Array<{ number: number; lines: Array<Partial<Line> & { text: string }> }>;
      fields?: Array<{ label: string; value: string }>;
      furniture?: Array<{ kind: string; text: string }>;
      body: string[];
    }>;
  }>('house-style-pdf');
  for (const c of pdf.cases) {
    it(c.name, () => {
      const pages: Page[] = c.pages.map((p) => ({
        number: p.number,
        width: 595.28,
        height: 841.89,
        lines: p.lines.map((l) => ({ column: 'main', gapBefore: false, bold: false, ...l, page: p.number })),
      }));
      const doc = createDocument(
        { format: 'pdf', pages, pageCount: pages.length, bodySize: c.bodySize },
        { path: 'x.pdf', sha256: '', format: 'pdf', pages: pages.length },
      );
      geometryLayout(doc);
      if (c.fields) expect(doc.fields.map(({ label, value }) => ({ label, value }))).toEqual(c.fields);
      for (const f of c.furniture ?? []) {
        expect(doc.furniture.map(({ kind, text }) => ({ kind, text }))).toContainEqual(f);
      }
      expect(doc.raw.pages.flatMap((p) => p.lines.map((l) => l.text))).toEqual(c.body);
    });
  }
});
