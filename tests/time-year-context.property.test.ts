/** The quick test before TEMPORAL_BEFORE (the last word first) says what the pattern says. */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { YEAR_CONTEXT_WORDS } from '../src/extract/time/constants.js';
import { temporalBeforeForTest } from '../src/extract/time/parsers/yearContext.js';
import { joinedFrom } from './helpers.js';

const { TEMPORAL_BEFORE, temporalBefore } = temporalBeforeForTest;

/** The context words in several cases, "het jaar", near misses, and what may stand around them. */
const PIECES = [
  ...YEAR_CONTEXT_WORDS,
  'VANAF',
  'Tot En Met',
  'VÓÓR',
  'Vóór',
  'het',
  'jaar',
  'HET JAAR',
  'binnen',
  'mei',
  'Stb.',
  'x',
  'İn',
  'ſinds',
  '\u212a',
  '12',
  '(',
  '/',
  '.',
  ' ',
  '  ',
  '\n',
  '\u00a0',
];

describe('year context: a temporal word before the year', () => {
  it('is found exactly where TEMPORAL_BEFORE finds it', () => {
    fc.assert(
      fc.property(joinedFrom(PIECES, 8), (before) => {
        expect(temporalBefore(before)).toBe(TEMPORAL_BEFORE.test(before));
      }),
      { numRuns: 5000 },
    );
    fc.assert(
      fc.property(joinedFrom(PIECES, 8, ' '), (before) => {
        expect(temporalBefore(before)).toBe(TEMPORAL_BEFORE.test(before));
      }),
      { numRuns: 5000 },
    );
  });

  it('reads the contexts it is for', () => {
    expect(temporalBefore('gebeurt dit in ')).toBe(true);
    expect(temporalBefore('aan het eind van het jaar ')).toBe(true);
    expect(temporalBefore('op 12 mei ')).toBe(false);
    expect(temporalBefore('gebeurt dit in')).toBe(false);
  });
});
