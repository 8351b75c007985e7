/** Word lists searched together in one pass (allWords in word-starts.ts) find what each finds alone. */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { wordPatternsForTest } from '../src/extract/commitments/index.js';
import { allWords, eachWord, type WordStarts, wordGroup, wordStarts } from '../src/extract/word-starts.js';
import { WORD_EDGE_PIECES } from './helpers.js';

const alone = (w: WordStarts, text: string): Array<[number, string]> => {
  const out: Array<[number, string]> = [];
  eachWord(w, text, (i, m) => {
    out.push([i, m]);
    return false;
  });
  return out;
};

const PIECES = [
  'zal',
  'Zullen',
  'werd',
  'was',
  'heeft',
  'is',
  'zijn',
  'gepland',
  'aangeboden',
  'jl.',
  'streven naar',
  'verwacht',
  'ik',
  'jaarlijks',
  ...WORD_EDGE_PIECES,
  'uit',
];

describe('allWords: one pass for several word lists', () => {
  const { STRONG_FUTURE, WEAK_FUTURE, SIMPLE_PAST, AUXILIARY, HABITUAL, REQUEST } = wordPatternsForTest;
  const lists = [STRONG_FUTURE, WEAK_FUTURE, SIMPLE_PAST, AUXILIARY, HABITUAL, REQUEST];
  const group = wordGroup(lists);

  it('finds, for each list, the matches eachWord finds', () => {
    expect(group.candidates).not.toBeNull();
    fc.assert(
      fc.property(
        fc.oneof(
          fc.array(fc.constantFrom(...PIECES), { maxLength: 14 }).map((p) => p.join(' ')),
          fc.array(fc.constantFrom(...PIECES), { maxLength: 14 }).map((p) => p.join('')),
          fc.string({ unit: 'grapheme', maxLength: 30 }),
        ),
        (text) => {
          expect(allWords(group, text)).toEqual(lists.map((w) => alone(w, text)));
        },
      ),
      { numRuns: 1500 },
    );
  });

  it('keeps each list to matches that do not overlap, while another list matches inside them', () => {
    const g = wordGroup([wordStarts('zal\\s+ik|ik'), wordStarts('ik\\s+zal|zal')]);
    expect(allWords(g, 'zal ik zal')).toEqual([
      [[0, 'zal ik']],
      [
        [0, 'zal'],
        [4, 'ik zal'],
      ],
    ]);
  });

  it('tells the lists apart when a list has groups of its own', () => {
    const g = wordGroup([wordStarts('za(l)|wij'), wordStarts('(?:zal|ik)'), wordStarts('ik|w(i)j\\s+zal')]);
    expect(g.marks).toEqual([2, 3, 5]);
    expect(allWords(g, 'wij zal ik')).toEqual([
      [
        [0, 'wij'],
        [4, 'zal'],
      ],
      [
        [4, 'zal'],
        [8, 'ik'],
      ],
      [
        [0, 'wij zal'],
        [8, 'ik'],
      ],
    ]);
  });

  it('takes each list on its own when one has no plain pattern', () => {
    const g = wordGroup([wordStarts('zal'), wordStarts('(?:het\\s+)?voornemen')]);
    expect(g.candidates).toBeNull();
    expect(allWords(g, 'het voornemen zal')).toEqual([[[14, 'zal']], [[0, 'het voornemen']]]);
  });
});
