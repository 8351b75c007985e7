/** The deliverable's tidying by hand (deliverable.ts) equals the patterns it replaces. */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  afterOm,
  tidyPatternsForTest,
  trailingTimeWords,
  withoutRecipient,
} from '../src/extract/commitments/deliverable.js';

const { TIME_PREPOSITION, OM, RECIPIENT } = tidyPatternsForTest;

const PIECES = [
  'u',
  'U',
  'uw',
  'Kamer',
  'kamers',
  'aan',
  'met',
  'beide',
  'Tweede',
  'uiterlijk',
  'vóór',
  'VÓÓR',
  'voor',
  'na',
  'In',
  'op',
  'eind',
  'nog',
  'om',
  'Om',
  'rom',
  'de',
  'brief',
  'x',
  'é',
  '𝐀',
  '\ud835',
  '\udc00',
  'ſ',
  '\u212a',
  '1',
  '.',
  ' ',
  '  ',
  '\n',
  '\u00a0',
  '-',
];

const texts = fc.oneof(
  fc.array(fc.constantFrom(...PIECES), { maxLength: 12 }).map((p) => p.join(' ')),
  fc.array(fc.constantFrom(...PIECES), { maxLength: 12 }).map((p) => p.join('')),
  fc.string({ unit: 'grapheme', maxLength: 24 }),
);

describe('deliverable: tidying by hand', () => {
  it('trailingTimeWords is where TIME_PREPOSITION matches', () => {
    fc.assert(
      fc.property(texts, (s) => {
        expect(trailingTimeWords(s)).toBe(s.search(TIME_PREPOSITION));
      }),
      { numRuns: 5000 },
    );
    expect(trailingTimeWords('de nota uiterlijk in ')).toBe(8);
    expect(trailingTimeWords('de nota rin ')).toBe(12);
  });

  it('afterOm cuts what /^.*?(?<![\\p{L}])om\\s+(?=\\S)/su cuts', () => {
    fc.assert(
      fc.property(texts, (s) => {
        const at = afterOm(s);
        expect(at < 0 ? s : s.slice(at)).toBe(s.replace(OM, ''));
      }),
      { numRuns: 5000 },
    );
    expect(afterOm('de bedoeling om de brief te delen')).toBe(16);
    expect(afterOm('rom de')).toBe(-1);
  });

  it('withoutRecipient is s.replace(RECIPIENT, " ")', () => {
    fc.assert(
      fc.property(texts, (s) => {
        expect(withoutRecipient(s)).toBe(s.replace(RECIPIENT, ' '));
      }),
      { numRuns: 5000 },
    );
    expect(withoutRecipient('zend ik u de brief')).toBe('zend ik   de brief');
    expect(withoutRecipient('aan uw Kamer')).toBe(' ');
  });
});
