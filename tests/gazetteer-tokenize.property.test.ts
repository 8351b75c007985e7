/** The gazetteer's hand-written tokenizer finds exactly the tokens of its defining regex, TOKEN_RE. */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { TOKEN_RE, tokenize } from '../src/extract/gazetteer.js';
import { joinedFrom } from './helpers.js';

function byRegex(text: string) {
  return [...text.matchAll(new RegExp(TOKEN_RE.source, TOKEN_RE.flags))].map((m) => ({
    text: m[0],
    start: m.index ?? 0,
  }));
}
const byScan = (text: string) => tokenize(text).map((t) => ({ text: t.text, start: t.start }));

/** Characters that matter to the pattern, plus a few of every other kind. */
const PIECES = [
  'a',
  'Z',
  'é',
  'ë',
  'â',
  'ß',
  '1',
  '0',
  '²',
  'Ⅳ',
  'ǅ',
  '\u0301',
  '𝐀',
  '😀',
  '\ud835',
  '-',
  "'",
  '’',
  's',
  ' ',
  '\n',
  '.',
  ',',
  '(',
  ')',
  '–',
  '/',
  "'s-",
  'Noord-',
  'Holland',
  'Fryslân',
];

describe('tokenize', () => {
  it('equals TOKEN_RE on strings built from the characters that matter', () => {
    fc.assert(
      fc.property(joinedFrom(PIECES, 40), (text) => {
        expect(byScan(text)).toEqual(byRegex(text));
      }),
      { numRuns: 2000 },
    );
  });

  it('equals TOKEN_RE on arbitrary strings', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme', maxLength: 60 }), (text) => {
        expect(byScan(text)).toEqual(byRegex(text));
      }),
      { numRuns: 500 },
    );
  });

  it('keeps the forms the gazetteer needs', () => {
    expect(byScan("in 's-Hertogenbosch, Noord- en Midden-Limburg en Súdwest-Fryslân’s")).toEqual([
      { text: 'in', start: 0 },
      { text: "'s-Hertogenbosch", start: 3 },
      { text: 'Noord-', start: 21 },
      { text: 'en', start: 28 },
      { text: 'Midden-Limburg', start: 31 },
      { text: 'en', start: 46 },
      { text: 'Súdwest-Fryslân’s', start: 49 },
    ]);
  });
});
