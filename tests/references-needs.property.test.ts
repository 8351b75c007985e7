/** What a text must contain for a reference pattern to match in it is needed indeed (references/laws.ts). */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { LAW_WORD, WET_WORD_END } from '../src/extract/references/laws.js';
import { joinedFrom } from './helpers.js';

/** Law names whole and in part, years, the words around them, and characters of every other kind. */
const PIECES = [
  'Omgevingswet',
  'Crisis-',
  ' en ',
  'herstelwet',
  'wet',
  'Wet',
  'wetgeving',
  'weten',
  'Kaderwet',
  'A',
  'ij',
  ' ',
  '  ',
  '\n',
  '\u00a0',
  ' 2020',
  ' 1999',
  '2020',
  '7',
  '-',
  '.',
  'é',
  'É',
  '𝐀',
];

describe('necessary conditions of the reference patterns', () => {
  it('a text where LAW_WORD matches holds WET_WORD_END', () => {
    fc.assert(
      fc.property(joinedFrom(PIECES, 10), (text) => {
        LAW_WORD.lastIndex = 0;
        if (LAW_WORD.exec(text) !== null) expect(WET_WORD_END.test(text)).toBe(true);
      }),
      { numRuns: 5000 },
    );
    expect(WET_WORD_END.test('de Omgevingswet 2020.')).toBe(true);
    expect(WET_WORD_END.test('de wetgeving en het wetsvoorstel')).toBe(false);
  });
});
