import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { amountsExtractor, findAmounts } from '../src/extract/amounts.js';
import { createDocument } from '../src/model/document.js';
import { extractText } from '../src/pipeline.js';
import { ROOT, SEED } from './helpers.js';

interface Expected {
  text: string;
  value: number;
  valueMax?: number;
  unit: string;
  per: 'year' | 'month' | null;
}

const corpus = JSON.parse(readFileSync(new URL('./corpus/amounts.json', import.meta.url), 'utf8')) as {
  rows: Array<{ text: string; expect: Expected[] }>;
};

describe('amounts corpus', () => {
  it.each(corpus.rows.map((row) => [row.text, row] as const))('%s', (_text, row) => {
    const found = findAmounts(row.text).map(({ text, value, valueMax, unit, per }) =>
      valueMax === undefined ? { text, value, unit, per } : { text, value, valueMax, unit, per },
    );
    expect(found).toEqual(row.expect);
  });
});

describe('amountsExtractor', () => {
  it('keeps the sentence, and cuts a run-on text to a window around each amount', () => {
    const doc = createDocument(
      { format: 'text', pages: [], pageCount: null },
      { path: 'x', sha256: '', format: 'text', pages: null },
    );
    const runOn = '€ 1,5 miljoen en '.repeat(1000);
    doc.sentences = [
      { text: 'Het kabinet trekt € 105 miljoen uit.', sectionId: 's1', page: 1, footnotes: [] },
      { text: runOn, sectionId: 's2', page: 1, footnotes: [] },
    ];
    amountsExtractor.run(doc);
    expect(doc.amounts).toHaveLength(1001);
    expect(doc.amounts[0]).toEqual({
      text: '€ 105 miljoen',
      value: 105000000,
      unit: 'EUR',
      per: null,
      sentence: 'Het kabinet trekt € 105 miljoen uit.',
      sectionId: 's1',
    });
    for (const a of doc.amounts.slice(1)) {
      expect(a.sentence.length).toBeLessThan(500);
      expect(a.sentence).toContain('€ 1,5 miljoen');
    }
  });
});

describe('amountsExtractor: headings', () => {
  it('reads amounts in headings (table rows read as headings), before the sentences of their section', () => {
    const doc = createDocument(
      { format: 'text', pages: [], pageCount: null },
      { path: 'x', sha256: '', format: 'text', pages: null },
    );
    doc.sections = [
      {
        id: 's1',
        number: null,
        heading: 'Jaarlijks uit € 200 miljoen intensivering voor natuur uit regeerakkoord Rutte-II',
        level: 1,
        parent: null,
        topics: [],
        page: 1,
        paragraphs: [],
      },
      {
        id: 's2',
        number: null,
        heading: 'Bijdrage provincies',
        level: 1,
        parent: null,
        topics: [],
        page: 1,
        paragraphs: [],
      },
    ];
    doc.sentences = [{ text: 'Het Rijk draagt € 5 miljoen bij.', sectionId: 's1', page: 1, footnotes: [] }];
    amountsExtractor.run(doc);
    expect(doc.amounts.map((a) => [a.text, a.sectionId])).toEqual([
      ['€ 200 miljoen', 's1'],
      ['€ 5 miljoen', 's1'],
    ]);
  });
});

describe('findAmounts offsets', () => {
  it('points at the text as written', () => {
    const text = 'Het kabinet heeft € 5 miljard vrijgemaakt.';
    const [a] = findAmounts(text);
    expect(text.slice(a.start, a.end)).toBe('€ 5 miljard');
  });
});

const gold = JSON.parse(readFileSync(join(ROOT, 'fixtures', 'seed-gold.json'), 'utf8'));
const shapes: Array<[string, string]> = [
  ['pdf-text (the seed)', SEED],
  ['official publication', join(ROOT, 'fixtures', 'text', 'seed-official.txt')],
  ['paragraph per line', join(ROOT, 'fixtures', 'text', 'seed-paragraphs.txt')],
];

describe.each(shapes)('seed letter as %s: amounts', (_name, path) => {
  const letter = extractText(readFileSync(path, 'utf8'), path);

  it('has exactly the gold amounts', () => {
    const found = letter.amounts.map((a) => ({ text: a.text, value: a.value, unit: a.unit, per: a.per }));
    const want = gold.amounts.map((a: Expected) => ({
      text: a.text,
      value: a.value,
      unit: a.unit,
      per: a.per ?? null,
    }));
    expect([...found].sort((a, b) => a.value - b.value)).toEqual(
      [...want].sort((a: Expected, b: Expected) => a.value - b.value),
    );
    for (const a of letter.amounts) expect(a.sentence).toContain(a.text);
  });
});
