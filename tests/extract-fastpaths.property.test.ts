/** Hand-written checks in the extractors equal the regexes they replace. */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { endsClosed } from '../src/extract/references.js';
import { joinedFrom } from './helpers.js';

describe('references: a sentence that ends closed', () => {
  const CLOSED_END = /[.!?:;»"”’)]\s*$/;
  const PIECES = [
    '.',
    '!',
    '?',
    ':',
    ';',
    '»',
    '"',
    '”',
    '’',
    ')',
    '(',
    ',',
    'a',
    'Z',
    '1',
    ' ',
    '  ',
    '\n',
    '\t',
    '\u00a0',
    '\u2009',
    '\u3000',
    '\ufeff',
    '\u200b',
    '𝐀',
    '\ud835',
  ];

  it('endsClosed equals /[.!?:;»"”’)]\\s*$/', () => {
    fc.assert(
      fc.property(joinedFrom(PIECES, 12), (text) => {
        expect(endsClosed(text)).toBe(CLOSED_END.test(text));
      }),
      { numRuns: 5000 },
    );
    expect(endsClosed('Zie de brief (Kamerstuk 1).  \n')).toBe(true);
    expect(endsClosed('de motie van de leden X en ')).toBe(false);
  });
});
