/**
 * The language check's fast paths equal their plain definitions: the word count by code unit equals
 * `\p{L}+` by code point, and the sample built from the first paragraphs equals the first characters
 * of the whole body joined.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { FREQUENT_DUTCH_WORDS } from '../src/lexicon/frequent-words.js';
import type { DocSection } from '../src/model/document.js';
import { bodySample } from '../src/structure/body-check.js';
import { countWords, countWordsPlain } from '../src/structure/word-count.js';
import { joinedFrom } from './helpers.js';

describe('countWords', () => {
  const PIECES = [
    'de',
    'het',
    'hebben',
    'hebbend',
    'de',
    'Kamer',
    'kamer',
    ' ',
    '-',
    '1',
    '.',
    'é',
    'ß',
    'İ',
    '\u0307',
    'ſ',
    '\u212a',
    '𝐀',
    '𝐚',
    '\ud835',
    '\udc00',
    '😀',
    '\u00a0',
    '’',
    'ﬁ',
  ];
  it('equals text.match(/\\p{L}+/gu) and the words the list holds', () => {
    fc.assert(
      fc.property(fc.oneof(joinedFrom(PIECES, 20), fc.string({ unit: 'binary', maxLength: 20 })), (text) => {
        expect(countWords(text, FREQUENT_DUTCH_WORDS)).toEqual(countWordsPlain(text, FREQUENT_DUTCH_WORDS));
      }),
      { numRuns: 5000 },
    );
    expect(countWords('De Kamer en het kabinet 😀 𝐀b', FREQUENT_DUTCH_WORDS)).toEqual({ words: 6, known: 2 });
  });
});

describe('bodySample', () => {
  /** The sample as first defined: every section's text joined, then the first 4,000 characters. */
  const plainSample = (sections: DocSection[]) =>
    sections
      .map((s) => s.paragraphs.map((p) => p.text).join(' '))
      .join(' ')
      .slice(0, 4000);
  const section = (texts: string[]): DocSection => ({
    id: 's',
    number: null,
    heading: '',
    level: 1,
    parent: null,
    topics: [],
    page: null,
    paragraphs: texts.map((text) => ({ text, page: null, pageStarts: [], markers: [] })),
  });
  const text = fc.oneof(
    fc.constantFrom('', 'a', 'De brief.'),
    fc.string({ minLength: 500, maxLength: 1500 }),
  );
  it('equals the first 4,000 characters of all sections joined', () => {
    fc.assert(
      fc.property(fc.array(fc.array(text, { maxLength: 5 }).map(section), { maxLength: 8 }), (sections) => {
        expect(bodySample(sections)).toBe(plainSample(sections));
      }),
      { numRuns: 2000 },
    );
  });
});
