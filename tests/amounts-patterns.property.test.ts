/**
 * The amounts' smaller patterns (SCALE without its redundant inner look-ahead, NOUNS' adjectives
 * with one \p{Ll}) match exactly as their plain definitions.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { NOUNS, NUM, PLAIN_NOUNS, PLAIN_SCALE, SCALE } from '../src/extract/amounts/numbers.js';
import { numericPatternsForTest } from '../src/extract/amounts/numeric.js';
import { PART_OF_FOR_TEST, PART_OF_OPENING } from '../src/extract/amounts/parts.js';
import { PER_AFTER_WORD, PER_BEFORE_WORD, periodPatternsForTest } from '../src/extract/amounts/periods.js';
import { SCALE_WORD_BETWEEN, wordAmountMatches } from '../src/extract/amounts/words.js';
import { joinedFrom } from './helpers.js';

/** Numbers, scale words and abbreviations, connectors, adjectives, nouns, and characters of every kind. */
const PIECES = [
  '1',
  '10',
  '2.500',
  '316 000',
  ',5',
  ' ',
  '  ',
  '\n',
  '\u00a0',
  'miljoen',
  'miljard',
  'mld',
  'mln',
  'mln.',
  '.',
  'x',
  '7',
  ' tot ',
  ' à ',
  '-',
  ' en ',
  'euro',
  'EUR',
  '€ ',
  'nieuwe',
  'ne',
  'e',
  'E',
  'de',
  'die',
  'twee',
  'extra',
  'betaalbare',
  'sociale',
  'Grote',
  'ée',
  'ſe',
  'woningen',
  'huurwoningen',
  'mensen',
  'ha',
  'fte',
  'A',
  'é',
  '%',
];

/** Every match of a sticky pattern at every place of the text: index, length and groups. */
function stickyMatches(re: RegExp, text: string): unknown[] {
  const out: unknown[] = [];
  for (let i = 0; i <= text.length; i++) {
    re.lastIndex = i;
    const m = re.exec(text);
    out.push(m ? [...m] : null);
  }
  return out;
}

describe('amounts patterns', () => {
  const { moneyPre, suffixed, CONN, CONN_TUSSEN } = numericPatternsForTest;
  const pairs: [string, RegExp, RegExp][] = [
    ['suffixed', suffixed(CONN), suffixed(CONN, PLAIN_SCALE, PLAIN_NOUNS)],
    ['suffixed tussen', suffixed(CONN_TUSSEN), suffixed(CONN_TUSSEN, PLAIN_SCALE, PLAIN_NOUNS)],
    ['money', moneyPre(CONN), moneyPre(CONN, PLAIN_SCALE)],
    // As in words.ts and parts.ts: NOUNS case-blind, SCALE followed by more.
    ['nouns /iu', new RegExp(NOUNS, 'iuy'), new RegExp(PLAIN_NOUNS, 'iuy')],
    [
      'scale then %',
      new RegExp(`${NUM}${SCALE}(?![\\p{L}\\d%])`, 'uy'),
      new RegExp(`${NUM}${PLAIN_SCALE}(?![\\p{L}\\d%])`, 'uy'),
    ],
  ];
  for (const [name, fast, plain] of pairs) {
    it(`${name}: the smaller pattern matches as the plain one at every place`, () => {
      fc.assert(
        fc.property(joinedFrom(PIECES, 10), (text) => {
          expect(stickyMatches(fast, text)).toEqual(stickyMatches(plain, text));
        }),
        { numRuns: 1500 },
      );
    });
  }
});

describe('amounts part-of opening', () => {
  it('every text PART_OF matches opens as PART_OF_OPENING says', () => {
    const pieces = [
      ' ',
      '\n',
      '\u00a0',
      ',',
      'van',
      ' wie',
      'wie',
      'waarvan',
      'waaronder',
      'Waarvan',
      'er',
      'ruim',
      'circa',
      '200',
      ' 000',
      ',5',
      'miljoen',
      'mln.',
      '%',
      'é',
      'a',
    ];
    fc.assert(
      fc.property(joinedFrom(pieces, 10), (text) => {
        if (PART_OF_FOR_TEST.test(text)) expect(PART_OF_OPENING.test(text)).toBe(true);
      }),
      { numRuns: 5000 },
    );
  });
});

describe('amounts scale word between white space', () => {
  it('the letters of the scale words are as case-blind without the u flag as with it', () => {
    for (const letter of new Set('miljoenard')) {
      const withU = new RegExp(`^${letter}$`, 'iu');
      const withoutU = new RegExp(`^${letter}$`, 'i');
      for (let code = 0; code < 0x110000; code++) {
        const c = String.fromCodePoint(code);
        if (withU.test(c) !== withoutU.test(c)) expect([letter, code]).toEqual([letter, -1]);
      }
    }
  });

  it('every text with an amount in number words holds SCALE_WORD_BETWEEN', () => {
    const pieces = [
      'twee miljoen ',
      'een half\nMILJARD ',
      'drie Miljoen\u00a0',
      ' miljoen ',
      'twee',
      'een',
      'een half',
      'anderhalf',
      'Drie',
      ' ',
      '  ',
      '\n',
      '\u00a0',
      'miljoen',
      'MILJOEN',
      'Miljard',
      'miljard',
      'milj',
      'euro',
      'woningen',
      'nieuwe',
      'ı',
      'a',
    ];
    let matched = 0;
    fc.assert(
      fc.property(joinedFrom(pieces, 10), (text) => {
        if (wordAmountMatches(text).length === 0) return;
        matched++;
        expect(SCALE_WORD_BETWEEN.test(text)).toBe(true);
      }),
      { numRuns: 5000 },
    );
    expect(matched).toBeGreaterThan(20);
  });
});

describe('amounts period words', () => {
  it('every window PER_AFTER or PER_BEFORE matches holds its word', () => {
    const { PER_AFTER, PER_BEFORE } = periodPatternsForTest;
    const pieces = [
      'per',
      ' ',
      '\n',
      'jaar',
      'JAAR',
      'kalenderjaar',
      'jaarlijkſ',
      'jaarlijks',
      'op',
      'jaarbasis',
      'maand',
      'Maandelijks',
      'ſtructureel',
      'structureel',
      'extra',
      'een',
      'woningen',
      'é',
      '1',
    ];
    let matched = 0;
    fc.assert(
      fc.property(joinedFrom(pieces, 8, ' '), (text) => {
        if (PER_AFTER.test(text)) {
          matched++;
          expect(PER_AFTER_WORD.test(text)).toBe(true);
        }
        if (PER_BEFORE.test(text)) {
          matched++;
          expect(PER_BEFORE_WORD.test(text)).toBe(true);
        }
      }),
      { numRuns: 5000 },
    );
    expect(matched).toBeGreaterThan(100);
  });
});
