import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { findRegions, regionsInText } from '../src/extract/regions.js';

interface Row {
  text: string;
  expect: Array<[string, string]>;
  trap?: string;
}

const corpus = JSON.parse(readFileSync(new URL('./corpus/regions.json', import.meta.url), 'utf8')) as {
  rows: Row[];
};

describe('regions corpus', () => {
  it.each(corpus.rows.map((row) => [row.text, row] as const))('%s', (_text, row) => {
    const found: Array<[string, string]> = [];
    for (const m of findRegions(row.text)) {
      if (!found.some(([n, t]) => n === m.place.name && t === m.place.type))
        found.push([m.place.name, m.place.type]);
    }
    expect(found).toEqual(row.expect);
  });
});

describe('regionsInText', () => {
  it('returns unique canonical names in order of appearance', () => {
    expect(regionsInText('Drenthe, Fryslân en opnieuw Drenthe; ook Friesland.')).toEqual([
      'Drenthe',
      'Fryslân',
    ]);
  });

  it('gives codes for provinces and municipalities', () => {
    const [province, municipality] = findRegions('In Fryslân en in de gemeente Moerdijk.');
    expect(province.place.code).toBe('PV21');
    expect(municipality.place.code).toBe('GM1709');
  });

  it('stays fast on a long single line', () => {
    const line = 'In de gemeente Best en in Utrecht, Zeeland en Twente. '.repeat(20_000);
    expect(findRegions(line).length).toBe(80_000);
  });
});
