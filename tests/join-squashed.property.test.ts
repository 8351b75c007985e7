/**
 * A paragraph joinLines made has a squashed text: isSquashed and squashedText spare the whitespace
 * scan only where squash() would change nothing, and read the text again once it has been replaced.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { NOT_COLLAPSED } from '../src/chars.js';
import { isSquashed, joinLines, squash, squashedText } from '../src/structure/join.js';
import { joinedFrom } from './helpers.js';

const PIECES = [
  'Noord-',
  'Holland',
  'en Midden-Limburg',
  'of',
  'a',
  '‐',
  '-',
  ' ',
  '  ',
  '\t',
  '\n',
  '\u00a0',
  '\u2009',
  '\u3000',
  '\ufeff',
  '𝐀',
];
const lines = fc.array(
  joinedFrom(PIECES, 8).map((text) => ({ text, page: 1 })),
  { maxLength: 6 },
);

describe('squashed paragraphs (join.ts)', () => {
  it('a paragraph from joinLines reads as squash(text), with nothing to collapse', () => {
    fc.assert(
      fc.property(lines, (ls) => {
        const p = joinLines(ls);
        expect(isSquashed(p)).toBe(true);
        expect(squashedText(p)).toBe(squash(p.text));
        expect(NOT_COLLAPSED.test(p.text)).toBe(false);
      }),
      { numRuns: 5000 },
    );
  });

  it('a paragraph whose text was replaced is read again', () => {
    fc.assert(
      fc.property(lines, joinedFrom(PIECES, 8), (ls, other) => {
        const p = joinLines(ls);
        p.text = `${other} ${p.text}  `;
        expect(isSquashed(p)).toBe(false);
        expect(squashedText(p)).toBe(squash(p.text));
      }),
      { numRuns: 2000 },
    );
    const made = { text: ' a  b ', page: null, pageStarts: [], markers: [] };
    expect(isSquashed(made)).toBe(false);
    expect(squashedText(made)).toBe('a b');
  });
});
