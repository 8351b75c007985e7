import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { findReferences, referencesExtractor } from '../src/extract/references.js';
import { createDocument } from '../src/model/document.js';
import type { Reference } from '../src/model/letter.js';
import { extractText } from '../src/pipeline.js';
import { ROOT, SEED } from './helpers.js';

const corpus = JSON.parse(readFileSync(new URL('./corpus/references.json', import.meta.url), 'utf8')) as {
  rows: Array<{ text: string; expect: Array<Partial<Reference>> }>;
};

describe('references corpus', () => {
  it.each(corpus.rows.map((row) => [row.text, row] as const))('%s', (_text, row) => {
    const found = findReferences(row.text);
    // Compare only the fields the row names (text is optional in the table).
    const shaped = found.map((r, i) => {
      const want = row.expect[i] ?? {};
      return Object.fromEntries(Object.keys({ ...want, kind: 1 }).map((k) => [k, r[k as keyof Reference]]));
    });
    expect(shaped).toEqual(row.expect);
  });
});

describe('referencesExtractor', () => {
  function doc() {
    const d = createDocument(
      { format: 'text', pages: [], pageCount: null },
      { path: 'x', sha256: '', format: 'text', pages: null },
    );
    d.sentences = [
      { text: 'Het voorontwerp is voor de zomer gestuurd.', sectionId: 's1', page: 1, footnotes: [1] },
      {
        text: 'Daarmee wordt uitvoering gegeven aan de motie van het lid Minhas, die verzoekt om te bouwen.',
        sectionId: 's2',
        page: 2,
        footnotes: [2],
      },
      { text: 'Zie opnieuw Kamerstuk 29 435, nr. 267.', sectionId: 's2', page: 2, footnotes: [] },
    ];
    d.footnotes = [
      { number: 1, text: 'Tweede Kamer, vergaderjaar 2023-2024, Kamerstuk 29 435, nr. 267', page: 1 },
      { number: 2, text: 'Tweede Kamer, vergaderjaar 2022-2023, 29 383, nr. 378', page: 2 },
      { number: 3, text: 'Tweede Kamer, vergaderjaar 2023-2024, 27 625, nr. 669', page: 2 },
    ];
    return d;
  }

  it('links a motion to the Kamerstuk in its footnote and deduplicates per kind, dossier and number', () => {
    const d = doc();
    referencesExtractor.run(d);
    expect(d.references.map((r) => [r.kind, r.dossier, r.number, r.session, r.member])).toEqual([
      ['kamerstuk', '29435', '267', '2023-2024', null],
      ['motion', '29383', '378', '2022-2023', 'Minhas'],
      ['kamerstuk', '29383', '378', '2022-2023', null],
      ['kamerstuk', '27625', '669', '2023-2024', null],
    ]);
  });
});

describe('referencesExtractor: headings and broken sentences', () => {
  it('reads citations in headings and joins a sentence broken by a blank line', () => {
    const d = createDocument(
      { format: 'text', pages: [], pageCount: null },
      { path: 'x', sha256: '', format: 'text', pages: null },
    );
    d.sections = [
      {
        id: 's1',
        number: null,
        heading: 'Belangrijkste wijzigingen ten opzichte van de negende VGR (Kamerstuk 32 698, nr. 26)',
        level: 1,
        parent: null,
        topics: [],
        page: 1,
        paragraphs: [],
      },
    ];
    d.sentences = [
      {
        text: 'In september 2019 is onderstaande motie van de Kamerleden van der Staaij (SGP) en Ploumen',
        sectionId: 's1',
        page: 1,
        footnotes: [],
      },
      { text: '(PvdA) aangenomen (Kamerstuk 34 104, nr. 261).', sectionId: 's1', page: 1, footnotes: [] },
      { text: 'De motie luidt als volgt.', sectionId: 's1', page: 1, footnotes: [] },
      { text: 'de motie van het lid Omtzigt blijft staan.', sectionId: 's1', page: 1, footnotes: [] },
    ];
    referencesExtractor.run(d);
    expect(d.references.map((r) => [r.kind, r.dossier, r.number, r.member])).toEqual([
      ['kamerstuk', '32698', '26', null],
      ['motion', '34104', '261', 'van der Staaij'],
      ['kamerstuk', '34104', '261', null],
      ['motion', null, null, 'Omtzigt'],
    ]);
  });
});

describe('referencesExtractor: repeats', () => {
  it('leaves out a motion or letter named again without its citation', () => {
    const d = createDocument(
      { format: 'text', pages: [], pageCount: null },
      { path: 'x', sha256: '', format: 'text', pages: null },
    );
    d.sentences = [
      {
        text: 'De motie-Bruins (Kamerstuk 28 828, nr. 66) vraagt om een plan.',
        sectionId: 's1',
        page: 1,
        footnotes: [],
      },
      { text: 'Met het plan voer ik de motie-Bruins uit.', sectionId: 's1', page: 1, footnotes: [] },
      { text: 'De motie-Omtzigt is aangehouden.', sectionId: 's1', page: 1, footnotes: [] },
    ];
    referencesExtractor.run(d);
    expect(d.references.map((r) => [r.kind, r.dossier, r.number, r.member])).toEqual([
      ['motion', '28828', '66', 'Bruins'],
      ['kamerstuk', '28828', '66', null],
      ['motion', null, null, 'Omtzigt'],
    ]);
  });
});

const gold = JSON.parse(readFileSync(join(ROOT, 'fixtures', 'seed-gold.json'), 'utf8'));
const shapes: Array<[string, string]> = [
  ['pdf-text (the seed)', SEED],
  ['official publication', join(ROOT, 'fixtures', 'text', 'seed-official.txt')],
  ['paragraph per line', join(ROOT, 'fixtures', 'text', 'seed-paragraphs.txt')],
];

describe.each(shapes)('seed letter as %s: references', (_name, path) => {
  const letter = extractText(readFileSync(path, 'utf8'), path);

  it('has the gold references', () => {
    for (const want of gold.references as Array<Partial<Reference>>) {
      const hit = letter.references.find((r) =>
        Object.entries(want).every(([k, v]) => r[k as keyof Reference] === v),
      );
      expect(hit, JSON.stringify(want)).toBeDefined();
    }
  });

  it('has one reference per kind, dossier and number', () => {
    const keys = letter.references.map((r) => `${r.kind}|${r.dossier}|${r.number}`);
    expect(new Set(keys).size).toBe(keys.length);
  });
});
