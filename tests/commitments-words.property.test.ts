/**
 * The commitment patterns with their left word boundary checked by hand (eachWord) find exactly what
 * the same patterns find with (?<![\p{L}\p{N}]) in front.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { simplePastForTest, wordPatternsForTest } from '../src/extract/commitments/index.js';
import type { WordStarts } from '../src/extract/word-starts.js';

const { eachWord, ...patterns } = wordPatternsForTest;

function byHand(re: WordStarts, text: string): Array<[number, string]> {
  const out: Array<[number, string]> = [];
  eachWord(re, text, (index, match) => {
    out.push([index, match]);
    return false;
  });
  return out;
}

function byLookBehind(re: WordStarts, text: string): Array<[number, string]> {
  const full = new RegExp(`(?<![\\p{L}\\p{N}])${re.re.source}`, 'giu');
  return [...text.matchAll(full)].map((m) => [m.index ?? 0, m[0]]);
}

const PIECES = [
  'zal',
  'Zal',
  'ZULLEN',
  'streef',
  'streven',
  'naar',
  'is',
  'wordt',
  'voorzien',
  'gepland',
  'verwacht',
  'het',
  'voornemen',
  'van',
  'plan',
  'informeer',
  'ik',
  'ontvangt',
  'uw',
  'kamer',
  'ga',
  'gaan',
  'we',
  'toe',
  'te',
  'zeggen',
  'sturen',
  'heeft',
  'hebben',
  'was',
  'zijn',
  'jaarlijks',
  'elk',
  'jaar',
  'verzoekt',
  'werd',
  'Werden',
  'jl',
  'jl.',
  'informeerde',
  'REALISEERDEN',
  'ge',
  'geleerd',
  'eerde',
  'eerd',
  'zouden',
  'spreekt',
  'uit',
  'crisis',
  'bezal',
  'gaande',
  'Isa',
  '2025',
  'é',
  'ë',
  'ſ',
  'K',
  '\u212a',
  '_',
  '𝐀',
  '😀',
  '\ud835',
  '\udc00',
  '-',
  "'",
  '’',
  '.',
  ',',
  ' ',
  ' ',
  ' ',
  '\n',
  '\u00a0',
];

describe('eachWord', () => {
  for (const [name, re] of Object.entries(patterns)) {
    it(`equals the look-behind pattern for ${name}`, () => {
      fc.assert(
        fc.property(
          fc.array(fc.constantFrom(...PIECES), { maxLength: 16 }),
          fc.constantFrom('', ' '),
          (parts, glue) => {
            const text = parts.join(glue);
            expect(byHand(re, text)).toEqual(byLookBehind(re, text));
          },
        ),
        { numRuns: 1500 },
      );
    });
  }

  it('stops when asked to', () => {
    const seen: number[] = [];
    eachWord(patterns.AUXILIARY, 'het is zo en het was zo', (index) => {
      seen.push(index);
      return true;
    });
    expect(seen).toEqual([4]);
  });

  it('simplePastPositions equals the one pattern it replaces', () => {
    const plain = new RegExp(
      `(?<![\\p{L}\\p{N}])(?:${simplePastForTest.alternatives})(?![\\p{L}\\p{N}])`,
      'giu',
    );
    fc.assert(
      fc.property(
        fc.array(fc.constantFrom(...PIECES), { maxLength: 16 }),
        fc.constantFrom('', ' '),
        (parts, glue) => {
          const text = parts.join(glue);
          const expected = [...text.matchAll(plain)].map((m) => m.index ?? 0);
          expect(simplePastForTest.simplePastPositions(text)).toEqual(expected);
        },
      ),
      { numRuns: 3000 },
    );
    expect(simplePastForTest.simplePastPositions('Ik informeerde u en werd jl. gevraagd')).toEqual([
      3, 20, 25,
    ]);
  });
});
