/**
 * The word-shape patterns of the clause parser and of the tense analysis are tried only on words
 * whose last letter they can end in: the quick tests say what the patterns say.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { wordShapesForTest } from '../src/extract/commitments/clause.js';
import { PARTICIPLE } from '../src/extract/commitments/grammar.js';
import { participleShape } from '../src/extract/commitments/tense.js';
import { joinedFrom } from './helpers.js';

/** Pieces of Dutch verb forms, their endings in both cases, and letters the patterns may fold. */
const PIECES = [
  'ge',
  'be',
  'ver',
  'ont',
  'her',
  'er',
  'onder',
  'aan',
  'af',
  'st',
  'ingen',
  'en',
  'EN',
  'oen',
  'ien',
  'ijn',
  'd',
  't',
  'n',
  'D',
  'T',
  'N',
  'a',
  'e',
  'o',
  'y',
  'k',
  'K',
  'é',
  'ſ',
  '\u212a',
  '-',
  '1',
  'ë',
  '𝐀',
];

describe('word shapes: last letter first', () => {
  const {
    INFINITIVE,
    PARTICIPLE: CLAUSE_PARTICIPLE,
    isInfinitive,
    participleShape: clauseParticiple,
  } = wordShapesForTest;

  it('clause: an infinitive and a participle are what the patterns say', () => {
    fc.assert(
      fc.property(joinedFrom(PIECES, 8), (word) => {
        expect(isInfinitive(word)).toBe(INFINITIVE.test(word));
        expect(clauseParticiple(word)).toBe(CLAUSE_PARTICIPLE.test(word));
      }),
      { numRuns: 5000 },
    );
  });

  it('tense: a participle (either case) is what the pattern says', () => {
    fc.assert(
      fc.property(joinedFrom(PIECES, 8), (word) => {
        expect(participleShape(word)).toBe(PARTICIPLE.test(word));
      }),
      { numRuns: 5000 },
    );
  });

  it('agrees on arbitrary strings too', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 12 }), (word) => {
        expect(isInfinitive(word)).toBe(INFINITIVE.test(word));
        expect(clauseParticiple(word)).toBe(CLAUSE_PARTICIPLE.test(word));
        expect(participleShape(word)).toBe(PARTICIPLE.test(word));
      }),
      { numRuns: 3000 },
    );
  });

  it('reads the forms it is for', () => {
    expect(isInfinitive('informeren')).toBe(true);
    expect(clauseParticiple('aangeboden')).toBe(true);
    expect(participleShape('GEPUBLICEERD')).toBe(true);
    expect(participleShape('kabinet')).toBe(false);
  });
});
