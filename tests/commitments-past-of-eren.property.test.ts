/** The simple past of -eren verbs found from the word ends is what PAST_OF_EREN finds. */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { PAST_OF_EREN } from '../src/extract/commitments/grammar.js';
import { pastOfErenPositions } from '../src/extract/commitments/past-of-eren.js';
import { joinedFrom } from './helpers.js';

const byPattern = (text: string) => [...text.matchAll(PAST_OF_EREN)].map((m) => m.index ?? 0);

/** Endings, the "ge" a match may not start with, letters and what may stand next to a word. */
const PIECES = [
  'eerd',
  'eerden',
  'EERDE',
  'Eerd',
  'en',
  'e',
  'r',
  'd',
  'ge',
  'GE',
  'x',
  'ab',
  'informeerde',
  'é',
  'ë',
  '𝐀',
  '\ud835',
  '\udc00',
  '1',
  '_',
  '-',
  '’',
  ' ',
  '.',
  '\n',
];

describe('past of -eren verbs', () => {
  it('finds the places PAST_OF_EREN finds', () => {
    fc.assert(
      fc.property(joinedFrom(PIECES, 14), (text) => {
        expect(pastOfErenPositions(text)).toEqual(byPattern(text));
      }),
      { numRuns: 5000 },
    );
  });

  it('finds them between spaces too', () => {
    fc.assert(
      fc.property(joinedFrom(PIECES, 14, ' '), (text) => {
        expect(pastOfErenPositions(text)).toEqual(byPattern(text));
      }),
      { numRuns: 3000 },
    );
  });

  it('reads the forms it is for', () => {
    expect(pastOfErenPositions('Ik informeerde u; zij realiseerden het, het is geleerd')).toEqual([3, 22]);
  });
});
