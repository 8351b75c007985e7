/** The clause's words and the tense tokens found by one pass over the characters are the matches of WORD and TOKEN. */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { eachClauseWord, eachToken, WORD } from '../src/extract/commitments/clause-words.js';
import { TOKEN } from '../src/extract/commitments/grammar.js';
import { tokenize } from '../src/extract/commitments/tense.js';
import { joinedFrom } from './helpers.js';

const byScan = (text: string) => {
  const out: string[] = [];
  eachClauseWord(text, (start, end) => out.push(`${start}:${text.slice(start, end)}`));
  return out;
};
const byPattern = (text: string) => [...text.matchAll(WORD)].map((m) => `${m.index}:${m[0]}`);
const tokensByScan = (text: string) => {
  const out: string[] = [];
  eachToken(text, (start, end) => {
    out.push(`${start}:${text.slice(start, end)}`);
    return false;
  });
  return out;
};
const tokensByPattern = (text: string) => [...text.matchAll(TOKEN)].map((m) => `${m.index}:${m[0]}`);

/** Letters and digits in and out of ASCII, the joiners, the marks, and what is none of these. */
const PIECES = [
  'a',
  'Z',
  '7',
  'é',
  'ë',
  '٣',
  '𝐀',
  '😀',
  '\ud835',
  '\udc00',
  "'",
  '’',
  '&',
  '.',
  '-',
  ',',
  ';',
  ':',
  '–',
  '—',
  '_',
  ' ',
  '\n',
  '\u00a0',
  '(',
  '/',
  'kabinet',
  'BO’s',
];

describe('clause words', () => {
  it('are the matches of WORD', () => {
    fc.assert(
      fc.property(joinedFrom(PIECES, 16), (text) => {
        expect(byScan(text)).toEqual(byPattern(text));
      }),
      { numRuns: 5000 },
    );
  });

  it('are the matches of WORD on arbitrary strings', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 40, unit: 'binary' }), (text) => {
        expect(byScan(text)).toEqual(byPattern(text));
      }),
      { numRuns: 3000 },
    );
  });

  it('tokens are the matches of TOKEN', () => {
    fc.assert(
      fc.property(joinedFrom(PIECES, 16), (text) => {
        expect(tokensByScan(text)).toEqual(tokensByPattern(text));
      }),
      { numRuns: 5000 },
    );
    fc.assert(
      fc.property(fc.string({ maxLength: 40, unit: 'binary' }), (text) => {
        expect(tokensByScan(text)).toEqual(tokensByPattern(text));
      }),
      { numRuns: 3000 },
    );
  });

  it('tokenize stops at its limit', () => {
    expect(tokenize('a b; c d', 3).map((t) => t.word)).toEqual(['a', 'b', ';']);
    expect(tokenize('a b', 0)).toEqual([]);
  });

  it('reads a clause', () => {
    expect(byScan('Het kabinet zal de BO’s - eind 2025 – sturen.')).toEqual([
      '0:Het',
      '4:kabinet',
      '12:zal',
      '16:de',
      '19:BO’s',
      '26:eind',
      '31:2025',
      '36:–',
      '38:sturen',
    ]);
  });
});
