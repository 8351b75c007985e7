/** Hand-written checks in the extractors equal the regexes they replace. */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { wordPatternsForTest } from '../src/extract/commitments/index.js';
import { moodWordsForTest } from '../src/extract/mood.js';
import { ANY_REFERENCE, endsClosed, findReferenceMatches } from '../src/extract/references.js';
import { eachWord, eachWordPlain, startsWithAsciiLetter } from '../src/extract/word-starts.js';
import { joinedFrom, WORD_EDGE_PIECES } from './helpers.js';

describe('references: a sentence that ends closed', () => {
  const CLOSED_END = /[.!?:;»"”’)]\s*$/;
  const PIECES = [
    '.',
    '!',
    '?',
    ':',
    ';',
    '»',
    '"',
    '”',
    '’',
    ')',
    '(',
    ',',
    'a',
    'Z',
    '1',
    ' ',
    '  ',
    '\n',
    '\t',
    '\u00a0',
    '\u2009',
    '\u3000',
    '\ufeff',
    '\u200b',
    '𝐀',
    '\ud835',
  ];

  it('endsClosed equals /[.!?:;»"”’)]\\s*$/', () => {
    fc.assert(
      fc.property(joinedFrom(PIECES, 12), (text) => {
        expect(endsClosed(text)).toBe(CLOSED_END.test(text));
      }),
      { numRuns: 5000 },
    );
    expect(endsClosed('Zie de brief (Kamerstuk 1).  \n')).toBe(true);
    expect(endsClosed('de motie van de leden X en ')).toBe(false);
  });
});

describe('word starts by a plain pattern behind \\b (word-starts.ts)', () => {
  const { eachWord: _each, ...wordPatterns } = wordPatternsForTest;
  const collect = (run: (f: (i: number, m: string) => boolean) => void) => {
    const out: Array<[number, string]> = [];
    run((i, m) => {
      out.push([i, m]);
      return false;
    });
    return out;
  };
  const PIECES = [
    'zal',
    'Zullen',
    'werd',
    'was',
    'heeft',
    'jl.',
    'streven naar',
    'ik',
    'é',
    '_',
    'ſ',
    '\u212a',
    '1',
    ' ',
    '\n',
    '-',
    'uit',
  ];
  for (const [name, w] of Object.entries(wordPatterns)) {
    it(`${name}: the fast path is taken, and finds what the pattern alone finds`, () => {
      expect(w.candidates).not.toBeNull();
      fc.assert(
        fc.property(
          fc.oneof(
            fc.array(fc.constantFrom(...PIECES), { maxLength: 14 }).map((p) => p.join(' ')),
            fc.array(fc.constantFrom(...PIECES), { maxLength: 14 }).map((p) => p.join('')),
            fc.string({ unit: 'grapheme', maxLength: 30 }),
          ),
          (text) => {
            expect(collect((f) => eachWord(w, text, f))).toEqual(
              collect((f) => eachWordPlain(w.re, text, f)),
            );
          },
        ),
        { numRuns: 800 },
      );
    });
  }
  it('takes the slow way for an alternative that may not start with an ASCII letter', () => {
    expect(startsWithAsciiLetter('(?:het|mijn)\\s+voornemen')).toBe(true);
    expect(startsWithAsciiLetter('(?:het\\s+)?voornemen')).toBe(false);
    expect(startsWithAsciiLetter('\\p{L}+eerde')).toBe(false);
    expect(startsWithAsciiLetter('(?:a|\\d)x')).toBe(false);
  });
});

describe('mood: findWord by a plain pattern behind \\b (word-starts.ts)', () => {
  const { patterns, findWord, findWordPlain } = moodWordsForTest;
  const PIECES = [
    'zou',
    'Zouden',
    'loopt',
    'van kracht',
    'stijgt',
    'neemt',
    'toe',
    'ik',
    'de heer',
    'niet',
    'mogelijk',
    'hierbij',
    'met deze brief',
    'besloten',
    ...WORD_EDGE_PIECES,
  ];
  for (const [name, w] of Object.entries(patterns)) {
    it(`${name}: the fast path is taken, and finds what the pattern alone finds`, () => {
      expect(w.candidates).not.toBeNull();
      fc.assert(
        fc.property(
          fc.oneof(
            fc.array(fc.constantFrom(...PIECES), { maxLength: 14 }).map((p) => p.join(' ')),
            fc.array(fc.constantFrom(...PIECES), { maxLength: 14 }).map((p) => p.join('')),
            fc.string({ unit: 'grapheme', maxLength: 30 }),
          ),
          (text) => {
            expect(findWord(w, text)).toBe(findWordPlain(w.re, text));
          },
        ),
        { numRuns: 600 },
      );
    });
  }
});

describe('references: one prefilter for every reference rule', () => {
  // The plain definition: any of the words the rules of findReferenceMatches test for.
  const WORDS = [
    'amerstuk',
    'Kamerstuk',
    'Eerste',
    'Handelingen',
    'Staatsblad',
    'Staatscourant',
    'Stb.',
    'Stcrt.',
  ];
  const MORE = ['otie', 'mendement', 'brief', 'wet', 'Wet'];
  const plain = (t: string) =>
    /n(?:r\.?|ummer|o\.)\s*\d/.test(t) || [...WORDS, ...MORE].some((w) => t.includes(w));
  const PIECES = [
    ...WORDS,
    ...MORE,
    'nr',
    'nr.',
    'nummer',
    'no.',
    'n',
    'r',
    '.',
    ' ',
    '\n',
    '1',
    '36 410',
    'Kamer',
    'stuk',
    'Sta',
    'ats',
    'blad',
    'St',
    'b',
    'w',
    'et',
    'mot',
    'ie',
    'a',
    'Motie',
    'amendement',
  ];
  it('ANY_REFERENCE equals the words tested one by one', () => {
    fc.assert(
      fc.property(joinedFrom(PIECES, 10), (text) => {
        expect(ANY_REFERENCE.test(text)).toBe(plain(text));
      }),
      { numRuns: 10000 },
    );
  });
  it('a sentence without them has no reference; one with them can', () => {
    expect(findReferenceMatches('Het kabinet zet de aanpak voort in 2025.')).toEqual([]);
    expect(findReferenceMatches('Zie Kamerstuk 36 410, nr. 12.').length).toBeGreaterThan(0);
  });
});
