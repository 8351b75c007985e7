/** groupsIn counts a pattern's capturing groups from its source as the regex engine does. */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { wordPatternsForTest } from '../src/extract/commitments/index.js';
import { groupsByRegex, groupsIn } from '../src/extract/word-starts.js';
import { joinedFrom } from './helpers.js';

/** Group openings of every kind, escapes and classes that hide a "(", and filler. */
const PIECES = [
  '(',
  ')',
  '(?:',
  '(?=',
  '(?!',
  '(?<=',
  '(?<!',
  '(?<n>',
  '(?<m>',
  '\\(',
  '\\)',
  '[(]',
  '[)]',
  '[\\]]',
  '\\\\',
  'a',
  '|',
  '?',
  '*',
];

const valid = (source: string) => {
  try {
    new RegExp(source);
    return true;
  } catch {
    return false;
  }
};

describe('groupsIn', () => {
  it('counts what the regex engine counts, on any valid pattern built from group openings', () => {
    fc.assert(
      fc.property(
        joinedFrom(PIECES, 10).filter((s) => valid(s) && valid(`${s}|`) && !/\(\?<[nm]>.*\(\?<[nm]>/.test(s)),
        (source) => {
          expect(groupsIn(source)).toBe(groupsByRegex(source));
        },
      ),
      { numRuns: 3000 },
    );
  });

  it('counts the groups of the commitment word lists', () => {
    const { eachWord: _, ...lists } = wordPatternsForTest;
    for (const w of Object.values(lists)) {
      const source = w.candidates?.source ?? w.re.source;
      expect(groupsIn(source)).toBe(groupsByRegex(source));
    }
    expect(groupsIn('(a)(?:b)(?<x>c)(?=d)\\(e[(]')).toBe(2);
  });
});
