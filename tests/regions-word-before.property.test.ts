/** The word before a region match, read back by hand, equals the pattern it replaces (regions/choose.ts). */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { WORD_BEFORE, wordBefore } from '../src/extract/regions/choose.js';
import { joinedFrom } from './helpers.js';

/** Context words, letters of every kind (astral and cut pairs too), white space and other characters. */
const PIECES = [
  'gemeente',
  'provincie',
  'stad',
  'é',
  'ß',
  'İ',
  'A',
  'z',
  '𝐀',
  '\ud835',
  '\udc00',
  '1',
  '_',
  '-',
  '.',
  "'",
  ' ',
  '  ',
  '\n',
  '\t',
  '\u00a0',
  '\u2009',
  '\ufeff',
  '\u200b',
  'abcdefghijklmnopqrstuvwxyz',
];

describe('regions: the word before a match', () => {
  it('wordBefore equals WORD_BEFORE on the 40 characters before every position', () => {
    fc.assert(
      fc.property(joinedFrom(PIECES, 12), (text) => {
        for (let start = 0; start <= text.length; start++) {
          const plain = WORD_BEFORE.exec(text.slice(Math.max(0, start - 40), start));
          expect(wordBefore(text, start)).toBe(plain ? plain[1] : null);
        }
      }),
      { numRuns: 3000 },
    );
    expect(wordBefore('in de provincie Groningen', 16)).toBe('provincie');
    expect(wordBefore('de stad\u00a0\nUtrecht', 9)).toBe('stad');
  });
});
