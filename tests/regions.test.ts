import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { findRegions, regionsInText } from '../src/extract/regions.js';
import { extractText } from '../src/pipeline.js';
import { ROOT, SEED } from './helpers.js';

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

const gold = JSON.parse(readFileSync(join(ROOT, 'fixtures', 'seed-gold.json'), 'utf8'));
const shapes: Array<[string, string]> = [
  ['pdf-text (the seed)', SEED],
  ['official publication', join(ROOT, 'fixtures', 'text', 'seed-official.txt')],
  ['paragraph per line', join(ROOT, 'fixtures', 'text', 'seed-paragraphs.txt')],
];

describe.each(shapes)('seed letter as %s: regions', (_name, path) => {
  const letter = extractText(readFileSync(path, 'utf8'), path);
  const of = (type: string) => letter.regions.filter((r) => r.type === type).map((r) => r.name);

  it('has all 12 provinces with their PV codes', () => {
    expect([...of('province')].sort()).toEqual([...gold.regions.provinces].sort());
    for (const r of letter.regions.filter((x) => x.type === 'province')) expect(r.code).toMatch(/^PV\d\d$/);
  });

  it('has the gold municipalities and none of the word-municipalities', () => {
    const municipalities = of('municipality');
    for (const m of gold.regions.municipalities) expect(municipalities).toContain(m);
    for (const m of gold.regions.must_not_be_municipalities) expect(municipalities).not.toContain(m);
  });

  it('has the named regions and NOVEX areas', () => {
    const names = letter.regions.map((r) => r.name);
    for (const n of [
      'Twente',
      'Stedendriehoek',
      'De Peel',
      'Zuid-Limburg',
      'Lelylijn',
      'Stedelijk Brabant',
    ]) {
      expect(names).toContain(n);
    }
    for (const n of [
      'Zuidelijke Randstad',
      'Groene Hart',
      'Utrecht-Amersfoort',
      'Arnhem-Nijmegen-Foodvalley',
    ]) {
      expect(names.some((x) => x.endsWith(n))).toBe(true);
    }
    expect(names).toContain('NOVEX-gebied Groningen');
  });

  it('counts mentions and lists the sections', () => {
    const twente = letter.regions.find((r) => r.name === 'Twente');
    expect(twente?.mentions).toBeGreaterThanOrEqual(3);
    const ids = new Set(letter.sections.map((s) => s.id));
    for (const r of letter.regions) for (const id of r.sectionIds) expect(ids.has(id)).toBe(true);
  });
});
