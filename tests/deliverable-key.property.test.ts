/** deliverableKey reads ASCII text without the Unicode steps: the words are the same. */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { contentWordsForTest } from '../src/extract/deliverable-key.js';
import { joinedFrom } from './helpers.js';

const { contentWords, wordsByDefinition } = contentWordsForTest;

const PIECES = [
  'Nota',
  'ruimte',
  'ONTWERP',
  'de',
  '-',
  ' ',
  '’',
  "'",
  '.',
  ',',
  '2025',
  '_',
  'é',
  'e\u0301',
  'ß',
  'ﬁ',
  '½',
  'İ',
  '\t',
];

describe('deliverableKey: the words of a text', () => {
  it('are the same by the ASCII way and by the definition', () => {
    fc.assert(
      fc.property(joinedFrom(PIECES, 12), (text) => {
        expect(contentWords(text)).toEqual(wordsByDefinition(text));
      }),
      { numRuns: 3000 },
    );
    fc.assert(
      fc.property(fc.string({ maxLength: 30 }), (text) => {
        expect(contentWords(text)).toEqual(wordsByDefinition(text));
      }),
      { numRuns: 3000 },
    );
  });
});
