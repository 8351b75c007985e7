/** A text that the quick test rejects is one piece: PIECES (describe.ts), CLAUSE_SPLIT (classify.ts). */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { clauseSplitForTest } from '../src/extract/commitments/classify.js';
import { piecesForTest } from '../src/extract/commitments/describe.js';

const { PIECES, MAY_SPLIT } = piecesForTest;

const PARTS = [
  '.',
  '!',
  '?',
  ';',
  ':',
  '•',
  '▪',
  '-',
  '–',
  '1',
  '12',
  ' ',
  '\n',
  '\u00a0',
  'Het',
  'de',
  'x',
  'É',
];

describe('describe: the quick test before PIECES', () => {
  it('a text without what MAY_SPLIT looks for is not split', () => {
    fc.assert(
      fc.property(
        fc.oneof(
          fc.array(fc.constantFrom(...PARTS), { maxLength: 12 }).map((p) => p.join('')),
          fc.string({ unit: 'grapheme', maxLength: 24 }),
        ),
        (text) => {
          if (!MAY_SPLIT.test(text)) expect(text.split(PIECES)).toHaveLength(1);
        },
      ),
      { numRuns: 5000 },
    );
    expect(MAY_SPLIT.test('Eerst dit.12 Het')).toBe(true);
    expect('Eerst dit.12 Het'.split(PIECES)).toHaveLength(2);
    expect(MAY_SPLIT.test('Ik zal u in 2025 informeren.')).toBe(false);
  });

  it('a sentence without what MAY_SPLIT_CLAUSES looks for is one clause', () => {
    const { CLAUSE_SPLIT, MAY_SPLIT_CLAUSES } = clauseSplitForTest;
    fc.assert(
      fc.property(
        fc.oneof(
          fc.array(fc.constantFrom(...PARTS), { maxLength: 12 }).map((p) => p.join('')),
          fc.string({ unit: 'grapheme', maxLength: 24 }),
        ),
        (text) => {
          if (!MAY_SPLIT_CLAUSES.test(text)) expect(text.split(CLAUSE_SPLIT)).toHaveLength(1);
        },
      ),
      { numRuns: 5000 },
    );
    expect('Gesproken. - Vanaf 2023 komt er'.split(CLAUSE_SPLIT)).toHaveLength(2);
    expect(MAY_SPLIT_CLAUSES.test('Gesproken. - Vanaf 2023 komt er')).toBe(true);
  });
});
