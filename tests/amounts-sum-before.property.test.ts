/** The quick test before SUM_BEFORE ("een bedrag van 6 miljoen") is a necessary condition of it (amounts/numeric.ts). */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { mayEndSum, SUM_BEFORE_FOR_TEST as SUM_BEFORE } from '../src/extract/amounts.js';
import { joinedFrom } from './helpers.js';

/** The pattern's words whole and in part, white space of every kind, and other characters. */
const PIECES = [
  'bedrag',
  'budget',
  'investering',
  'bijdrage',
  'subsidie',
  'een ',
  'van',
  'tot',
  'ter',
  'hoogte',
  'oplopend',
  'circa',
  'ca.',
  'ca',
  'ruim',
  'bijna',
  'ongeveer',
  'maximaal',
  'minimaal',
  "zo'n",
  'zo’n',
  'Van',
  'an',
  ' ',
  '  ',
  '\n',
  '\t',
  '\u00a0',
  '\u2009',
  '\ufeff',
  '\u200b',
  'é',
  '1',
  '.',
];

describe('amounts: a sum named by its noun', () => {
  it('mayEndSum holds wherever SUM_BEFORE matches the 50 characters before a position', () => {
    fc.assert(
      fc.property(joinedFrom(PIECES, 14, ' '), (text) => {
        for (let i = 0; i <= text.length; i++) {
          if (SUM_BEFORE.test(text.slice(Math.max(0, i - 50), i))) expect(mayEndSum(text, i)).toBe(true);
        }
      }),
      { numRuns: 3000 },
    );
    expect(mayEndSum('een bedrag van circa 6 miljoen', 21)).toBe(true);
    expect(mayEndSum('op 12 november 2024', 3)).toBe(false);
  });
});
