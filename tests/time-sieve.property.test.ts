/**
 * The time parsers' sieve changes nothing: chrono with only the parsers whose cue is in the text
 * finds exactly what chrono with every parser finds, and the cue scanner finds exactly the words a
 * case-insensitive regex finds.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { NOT_COLLAPSED } from '../src/chars.js';
import { cueScanner } from '../src/extract/time/cues.js';
import { daysInMonth } from '../src/extract/time/dates.js';
import { parseForTest } from '../src/extract/time/locale.js';
import { joinedFrom } from './helpers.js';

const REF = new Date(2024, 10, 12, 12);

/** What a result says, in a comparable form. */
function describeResults(text: string, sieved: boolean) {
  return parseForTest(text, REF, sieved).map((r) => ({
    index: r.index,
    text: r.text,
    tags: [...r.tags()].sort(),
    start: r.start.date().toISOString(),
    end: r.end ? r.end.date().toISOString() : null,
  }));
}

/** Words and pieces the Dutch time parsers react to, in several cases, and fillers. */
const PIECES = [
  // near misses: cue words inside longer words
  'maar',
  'markt',
  'maatregel',
  'decentraal',
  'jaarlijks',
  'weekend',
  'zomertijd',
  'maandag',
  'halfjaarlijks',
  'laatstgenoemde',
  'recentere',
  'aankomende',
  'derde',
  'twintigste',
  'of',
  'sept',
  'q4',
  '_',
  'é',
  '’',
  'voor',
  'de',
  'het',
  'zomer',
  'Zomer',
  'VOORJAAR',
  'najaar',
  'winter',
  'van',
  '2025',
  '2026',
  '1999',
  '2100',
  '12',
  '1',
  '31',
  'november',
  'Nov.',
  'mrt',
  'maart',
  'jan',
  'eind',
  'begin',
  'medio',
  'uiterlijk',
  'vanaf',
  'eerste',
  'laatste',
  'kwartaal',
  'Q3',
  'helft',
  'halfjaar',
  'H2',
  'komende',
  'volgend',
  'jaar',
  'jaren',
  'maanden',
  'week',
  '14',
  'binnenkort',
  'op',
  'korte',
  'termijn',
  'onlangs',
  'Prinsjesdag',
  'zomerreces',
  'tot',
  'en',
  'met',
  't/m',
  'tussen',
  '-',
  '–',
  '/',
  '.',
  ',',
  ' ',
  ' ',
  ' ',
  '\n',
  'a.s.',
  'jl.',
  'dit',
  'deze',
  'afgelopen',
  'in',
  'Kamer',
  'brief',
  'ik',
  'zal',
  '12-11-2024',
  '2024-11-12',
  '1.7.2025',
  'mei',
];

describe('time parser sieve', () => {
  it('finds what all parsers find, on texts built from time words', () => {
    fc.assert(
      fc.property(joinedFrom(PIECES, 24, ' '), (text) => {
        expect(describeResults(text, true)).toEqual(describeResults(text, false));
      }),
      { numRuns: 1500 },
    );
  });

  it('finds what all parsers find, on time words written together', () => {
    fc.assert(
      fc.property(joinedFrom(PIECES, 12), (text) => {
        expect(describeResults(text, true)).toEqual(describeResults(text, false));
      }),
      { numRuns: 1500 },
    );
  });

  it('finds what all parsers find, on arbitrary strings', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 60 }), (text) => {
        expect(describeResults(text, true)).toEqual(describeResults(text, false));
      }),
      { numRuns: 300 },
    );
  });
});

describe('cueScanner', () => {
  const WORDS = ['jan', 'jaar', 'jaarwisseling', 'aar', 'q1', '2025', 'week', 'weken', 'ken'];
  const scan = cueScanner(WORDS.map((w, i) => [w, 1 << i] as const));
  const byRegex = (text: string) =>
    WORDS.reduce((mask, w, i) => (new RegExp(w, 'i').test(text) ? mask | (1 << i) : mask), 0);
  const CHARS = [
    'j',
    'J',
    'a',
    'A',
    'r',
    'n',
    'q',
    'Q',
    '1',
    '2',
    '0',
    '5',
    'w',
    'e',
    'k',
    ' ',
    'é',
    'İ',
    'K',
    '😀',
  ];

  it('finds exactly the words a case-insensitive regex finds', () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...CHARS, ...WORDS), { maxLength: 30 }), (parts) => {
        const text = parts.join('');
        expect(scan(text)).toBe(byRegex(text));
      }),
      { numRuns: 3000 },
    );
  });

  it('finds a word written with "$" only where no ASCII letter follows it', () => {
    const BOUNDED = ['jaar$', 'mar$', 'maart$', 'q1$'];
    const bounded = cueScanner(BOUNDED.map((w, i) => [w, 1 << i] as const));
    const expected = (text: string) =>
      BOUNDED.reduce(
        (mask, w, i) =>
          new RegExp(`${w.slice(0, -1)}(?![A-Za-z])`, 'i').test(text) ? mask | (1 << i) : mask,
        0,
      );
    fc.assert(
      fc.property(
        fc.array(fc.constantFrom(...CHARS, 'mar', 'maart', 'jaar', 'T', 't', '.', '_'), { maxLength: 20 }),
        (parts) => {
          const text = parts.join('');
          expect(bounded(text)).toBe(expected(text));
        },
      ),
      { numRuns: 3000 },
    );
  });

  it('refuses words it cannot scan', () => {
    expect(() => cueScanner([['Jaar', 1]])).toThrow(/cue word/);
    expect(() => cueScanner([['ja$ar', 1]])).toThrow(/cue word/);
  });
});

describe('NOT_COLLAPSED', () => {
  const REGEX = /\s\s|[^\S ]/;
  const SPACES = [
    ' ',
    '\t',
    '\n',
    '\r',
    '\v',
    '\f',
    '\u00a0',
    '\u1680',
    '\u2000',
    '\u200a',
    '\u200b',
    '\u2028',
    '\u202f',
    '\u205f',
    '\u3000',
    '\ufeff',
    '\u0085',
    '\u180e',
  ];

  it('equals /\\s\\s|[^\\S ]/', () => {
    fc.assert(
      fc.property(
        fc.array(fc.constantFrom(...SPACES, 'a', 'é', '1', '.', '\u009f', '\u00a1'), { maxLength: 12 }),
        (parts) => {
          const text = parts.join('');
          expect(NOT_COLLAPSED.test(text)).toBe(REGEX.test(text));
        },
      ),
      { numRuns: 3000 },
    );
    // every UTF-16 code unit, alone and doubled with a space
    for (let c = 0; c < 0x10000; c++) {
      const ch = String.fromCharCode(c);
      expect(NOT_COLLAPSED.test(ch)).toBe(REGEX.test(ch));
      expect(NOT_COLLAPSED.test(` ${ch}`)).toBe(REGEX.test(` ${ch}`));
    }
  });
});

describe('daysInMonth', () => {
  it('equals what Date computes, for every month of years 0-3000 and months out of range', () => {
    const byDate = (y: number, m: number) => new Date(Date.UTC(y, m, 0)).getUTCDate();
    for (let y = 0; y <= 3000; y++) {
      for (let m = -1; m <= 14; m++) expect(daysInMonth(y, m)).toBe(byDate(y, m));
    }
    expect(daysInMonth(2024.5, 2)).toBe(byDate(2024.5, 2));
  });
});
