import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { findAmounts } from '../src/extract/amounts.js';

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

describe('findAmounts offsets', () => {
  it('points at the text as written', () => {
    const text = 'Het kabinet heeft € 5 miljard vrijgemaakt.';
    const [a] = findAmounts(text);
    expect(text.slice(a.start, a.end)).toBe('€ 5 miljard');
  });
});
