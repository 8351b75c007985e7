/**
 * inlineFootnotes reads a line with INLINE_NOTE only when MAY_HOLD_INLINE_NOTE finds the number and
 * a citation's first words in it: a line without them has no INLINE_NOTE match.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { INLINE_NOTE, MAY_HOLD_INLINE_NOTE } from '../src/layout/footnotes.js';
import { joinedFrom } from './helpers.js';

const PIECES = [
  'toelichting',
  'regio’s',
  'nota)',
  '”',
  'é',
  '𝐀',
  ' ',
  '  ',
  '1',
  '12',
  '123',
  ' 4 ',
  ' 12 ',
  'Raadpleegbaar via www.tweedekamer.nl',
  'Raadpleegbaar via ',
  'Kamerstuk 29 984, nr. 312',
  'Kamerstukken II 2014/15, 34 000 XII, nr. 5',
  'Kamerstuk',
  'Handelingen II 2014/15, nr. 48, item 3',
  'Aanhangsel Handelingen EK 2014-2015, nr. 4',
  'Handelingen',
  'Stb. 2015, 12',
  'Stcrt. 2020, 123',
  'Stb.',
  'https://x.nl/a',
  'www.rijksoverheid.nl',
  '.',
  ',',
];

describe('inline footnotes: the quick test before INLINE_NOTE', () => {
  it('a line with an INLINE_NOTE match passes MAY_HOLD_INLINE_NOTE', () => {
    let matched = 0;
    fc.assert(
      fc.property(joinedFrom(PIECES, 10), (line) => {
        const has = [...line.matchAll(INLINE_NOTE)].length > 0;
        if (has) matched++;
        if (has) expect(MAY_HOLD_INLINE_NOTE.test(line)).toBe(true);
      }),
      { numRuns: 20000 },
    );
    // The pieces make matches often enough for the property to say something.
    expect(matched).toBeGreaterThan(50);
    const line = 'de nota van toelichting 1 Raadpleegbaar via www.tweedekamer.nl . De';
    expect([...line.matchAll(INLINE_NOTE)].length).toBe(1);
    expect(MAY_HOLD_INLINE_NOTE.test(line)).toBe(true);
    expect(MAY_HOLD_INLINE_NOTE.test('in 2024 zijn 12 woningen gebouwd')).toBe(false);
  });
});
