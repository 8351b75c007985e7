/** Word lists bounded by letters, tested by a plain pattern behind \b (word-starts.ts), equal the patterns themselves. */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { kindWordsForTest } from '../src/extract/commitments/kind.js';
import { parliamentWordsForTest } from '../src/extract/commitments/parliament.js';
import { letterBounded, testAllLetterBounded, testLetterBounded } from '../src/extract/word-starts.js';
import { WORD_EDGE_PIECES } from './helpers.js';

const PIECES = [
  'streeft',
  'voornemens',
  'van plan',
  'verwachting',
  'is',
  'om',
  'zet',
  'in',
  'op',
  'werkt',
  'toe',
  'naar',
  'ik',
  'wil',
  'verwacht',
  'stijgt',
  'neemt',
  'af',
  'zal',
  'Wij',
  'zo mogelijk',
  'in werking',
  'treedt',
  'loopt',
  'tot',
  'geldt',
  'laten',
  'besluit',
  'het kabinet',
  'zeg',
  'tegemoet',
  'zien',
  'ontvangt',
  'u',
  'uw Kamer',
  'aan',
  'de Tweede Kamer',
  'beide',
  'kamers',
  'krijgt',
  'kunt',
  'met',
  'delen',
  '2e',
  ...WORD_EDGE_PIECES,
  'x',
];

const texts = fc.oneof(
  fc.array(fc.constantFrom(...PIECES), { maxLength: 14 }).map((p) => p.join(' ')),
  fc.array(fc.constantFrom(...PIECES), { maxLength: 14 }).map((p) => p.join('')),
  fc.string({ unit: 'grapheme', maxLength: 30 }),
);

describe('letter-bounded word lists (kind.ts, parliament.ts)', () => {
  const { TO_KAMER, THE_KAMER, toKamer, ...receives } = parliamentWordsForTest;
  const { KIND_WORDS, ...kindWords } = kindWordsForTest;
  for (const [name, w] of Object.entries({ ...kindWords, ...receives, TO_KAMER })) {
    it(`${name}: the fast path is taken, and finds what the pattern alone finds`, () => {
      expect(w.candidates).not.toBeNull();
      fc.assert(
        fc.property(texts, (text) => {
          expect(testLetterBounded(w, text)).toBe(w.re.test(text));
        }),
        { numRuns: 800 },
      );
    });
  }

  it('the kind word lists tested in one pass: each as the pattern alone', () => {
    expect(KIND_WORDS.candidates).not.toBeNull();
    fc.assert(
      fc.property(texts, (text) => {
        expect(testAllLetterBounded(KIND_WORDS, text)).toEqual(KIND_WORDS.lists.map((w) => w.re.test(text)));
      }),
      { numRuns: 3000 },
    );
    expect(testAllLetterBounded(KIND_WORDS, 'ik streef ernaar, zo mogelijk, in 2026zal ik')).toEqual([
      true, // HEDGE
      true, // INTENTION
      false,
      true, // UNDERTAKEN: zal ik
      false,
      true, // OWN_FUTURE
      false,
    ]);
  });

  it('TO_KAMER or THE_KAMER is the one pattern they replace', () => {
    fc.assert(
      fc.property(texts, (text) => {
        expect(testLetterBounded(TO_KAMER, text) || THE_KAMER.test(text)).toBe(toKamer.test(text));
      }),
      { numRuns: 2000 },
    );
    expect(toKamer.test('Ik stuur dit aan uw Kamerleden')).toBe(true);
    expect(toKamer.test('zoals de Tweede Kamerleden')).toBe(false);
  });

  it('a digit or "_" before a word does not bound it for \\b, but does for the letter bound', () => {
    const w = letterBounded('zal\\s+ik');
    expect(testLetterBounded(w, 'in 2025zal ik')).toBe(true);
    expect(testLetterBounded(w, 'x_zal ik')).toBe(true);
    expect(testLetterBounded(w, 'ézal ik')).toBe(false);
    expect(testLetterBounded(w, 'zal ikzelf')).toBe(false);
    expect(letterBounded('(?:het\\s+)?voornemen').candidates).toBeNull();
  });
});
