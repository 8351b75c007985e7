/**
 * The year parser runs its pattern without the look-behind and checks the left boundary in
 * `extract`: chrono finds exactly the years it finds with the pattern as defined.
 */
import type { Parser } from 'chrono-node';
import { Chrono } from 'chrono-node/nl';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { yearParser, yearParserByDefinition } from '../src/extract/time/parsers/year.js';
import { joinedFrom } from './helpers.js';

const REF = new Date(2024, 10, 12, 12);

function years(parser: Parser, text: string) {
  return new Chrono({ parsers: [parser], refiners: [] })
    .parse(text, REF)
    .map((r) => ({ index: r.index, text: r.text, tags: [...r.tags()].sort() }));
}

/** Years, the characters the boundary looks at, the part words it lets through, and temporal words. */
const PIECES = [
  '2025',
  '1999',
  '2100',
  '20',
  '19',
  '25',
  '1',
  '0',
  'eind-',
  'begin-',
  'medio-',
  'midden-',
  'Midden-',
  'eind',
  'in',
  'vanaf',
  'tot en met',
  'het jaar',
  'Voorjaarsnota',
  'Stb.',
  'en',
  'x',
  '_',
  '€',
  '$',
  '.',
  ',',
  '-',
  '–',
  '/',
  '’',
  "'",
  '(',
  ' ',
  '  ',
  '\n',
  'é',
];

describe('year parser: pattern without the look-behind', () => {
  it('finds the years the defined pattern finds, on texts built from years and boundaries', () => {
    fc.assert(
      fc.property(joinedFrom(PIECES, 16), (text) => {
        expect(years(yearParser, text)).toEqual(years(yearParserByDefinition, text));
      }),
      { numRuns: 3000 },
    );
  });

  it('finds the years the defined pattern finds, on the same pieces between spaces', () => {
    fc.assert(
      fc.property(joinedFrom(PIECES, 16, ' '), (text) => {
        expect(years(yearParser, text)).toEqual(years(yearParserByDefinition, text));
      }),
      { numRuns: 3000 },
    );
  });

  it('finds the years the defined pattern finds, on arbitrary strings', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 40 }), (text) => {
        expect(years(yearParser, text)).toEqual(years(yearParserByDefinition, text));
      }),
      { numRuns: 1000 },
    );
  });

  it('keeps "in 2025" and "eind-2025" and drops a year glued to a word or an amount', () => {
    expect(years(yearParser, 'in 2025').map((r) => r.text)).toEqual(['2025']);
    expect(years(yearParser, 'medio-2026').map((r) => r.text)).toEqual(['2026']);
    expect(years(yearParser, 'in x2025 of €2025')).toEqual([]);
  });
});
