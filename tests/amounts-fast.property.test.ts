/** findAmounts' hand-written look-behind checks equal the regexes they replace. */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  amountPatternsForTest,
  hasScaleWord,
  isLetterOrDigit,
  TUSSEN_BEFORE,
  tussenBefore,
  unitNoteBefore,
  wordAmountMatches,
} from '../src/extract/amounts.js';
import { joinedFrom } from './helpers.js';

const UNIT_NOTE = /(?:^|\s)[x×]\s*$/u;

/** Characters that matter to the patterns, plus a few of every other kind. */
const PIECES = [
  'x',
  'X',
  '×',
  'tussen',
  'Tussen',
  'TUSSEN',
  'de',
  'De',
  ' de',
  'n',
  'N',
  'e',
  'E',
  'ſ',
  'é',
  ' ',
  '  ',
  '\n',
  '\t',
  '\u00a0',
  '\u2009',
  '\u3000',
  '\ufeff',
  '\u200b',
  'a',
  '1',
  '(',
  '-',
  '€',
];

describe('amounts look-behind checks', () => {
  it('unitNoteBefore and tussenBefore equal their regexes on every window of the text', () => {
    fc.assert(
      fc.property(joinedFrom(PIECES, 12), (text) => {
        for (let to = 0; to <= text.length; to++) {
          const from = Math.max(0, to - 16);
          const window = text.slice(from, to);
          expect(unitNoteBefore(text, from, to)).toBe(UNIT_NOTE.test(window));
          expect(tussenBefore(text, from, to)?.[1]).toBe(TUSSEN_BEFORE.exec(window)?.[1]);
        }
      }),
      { numRuns: 3000 },
    );
  });

  it('isLetterOrDigit equals /[\\p{L}\\p{N}]/u on every code unit', () => {
    const re = /[\p{L}\p{N}]/u;
    for (let code = 0; code <= 0xffff; code++) {
      const c = String.fromCharCode(code);
      if (isLetterOrDigit(c) !== re.test(c)) expect([code, isLetterOrDigit(c)]).toEqual([code, re.test(c)]);
    }
    expect(isLetterOrDigit(undefined)).toBe(false);
  });

  it('hasScaleWord equals the two plain searches for "miljoen" and "miljard"', () => {
    const pieces = [
      'milj',
      'miljoen',
      'miljard',
      'oen',
      'ard',
      'mil',
      'j',
      'MILJOEN',
      'Miljard',
      'm',
      ' ',
      'é',
    ];
    fc.assert(
      fc.property(joinedFrom(pieces, 10), (text) => {
        expect(hasScaleWord(text)).toBe(text.includes('miljoen') || text.includes('miljard'));
      }),
      { numRuns: 3000 },
    );
    expect(hasScaleWord('een miljmiljard')).toBe(true);
  });

  it('wordAmountMatches equals the number-word pattern with its look-behind', () => {
    const plain = new RegExp(`(?<![\\p{L}])${amountPatternsForTest.WORD_AMOUNT.source}`, 'giu');
    const words = [
      'een',
      'Een',
      'half',
      'halve',
      'anderhalf',
      'twee',
      'zeſ',
      'zes',
      'miljoen',
      'MILJARD',
      'euro',
    ];
    const more = [
      'woningen',
      'nieuwe',
      'mensen',
      'ha',
      'fte',
      'x',
      'é',
      '𝐀',
      '1',
      '-',
      ' ',
      '  ',
      '\n',
      '\u00a0',
    ];
    const pieces = [...words, ...more, ...words.map((w) => ` ${w}`), ...words.map((w) => `a${w}`)];
    fc.assert(
      fc.property(joinedFrom(pieces, 14), (text) => {
        const fast = wordAmountMatches(text).map((m) => [m.index, ...m]);
        const slow = [...text.matchAll(plain)].map((m) => [m.index, ...m]);
        expect(fast).toEqual(slow);
      }),
      { numRuns: 3000 },
    );
    expect(
      wordAmountMatches('anderhalf miljard euro en xtwee miljoen euro, een half miljoen mensen'),
    ).toHaveLength(2);
  });
});
