import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { findAmounts } from '../src/extract/amounts.js';

/** Pieces that make amount-like text: numbers, currency, scales, connectors, nouns, noise. */
const piece = fc.constantFrom(
  '€',
  '€ ',
  'EUR ',
  ' euro',
  '0',
  '1',
  '25',
  '2,5',
  '1.200',
  '100.000',
  '1.0',
  '.',
  ',',
  ',-',
  ' ',
  '-',
  ' à ',
  ' tot ',
  ' en ',
  'tussen ',
  ' miljard',
  ' mld.',
  ' miljoen',
  ' mln',
  ' woningen',
  ' banen',
  ' per jaar',
  'jaarlijks ',
  '%',
  '2024',
  'x',
);

/** Best of three runs, in ms, at least 1 ms (timer noise). */
function timeOf(text: string): number {
  let best = Number.POSITIVE_INFINITY;
  for (let run = 0; run < 3; run++) {
    const t0 = performance.now();
    findAmounts(text);
    best = Math.min(best, performance.now() - t0);
  }
  return Math.max(best, 1);
}

describe('findAmounts properties', () => {
  it('never yields a negative, NaN or infinite value, and ranges are ordered', () => {
    const text = fc.oneof(
      fc.string({ maxLength: 200 }),
      fc.array(piece, { maxLength: 40 }).map((p) => p.join('')),
    );
    fc.assert(
      fc.property(text, (s) => {
        for (const a of findAmounts(s)) {
          expect(Number.isFinite(a.value)).toBe(true);
          expect(a.value).toBeGreaterThanOrEqual(0);
          if (a.valueMax !== undefined) {
            expect(Number.isFinite(a.valueMax)).toBe(true);
            expect(a.valueMax).toBeGreaterThanOrEqual(a.value);
          }
          expect(s.slice(a.start, a.end)).toBe(a.text);
          expect(a.unit.length).toBeGreaterThan(0);
        }
      }),
      { numRuns: 2000 },
    );
  });

  it('scales linearly on a single long line (1 MB vs 100 KB)', () => {
    const units = ['1', '€ 1.', '€ 1 à ', 'tussen € 1 en ', '9.999.', '100.000 ', 'euro ', ' mln '];
    for (const unit of units) {
      const small = unit.repeat(Math.ceil(100_000 / unit.length));
      const large = unit.repeat(Math.ceil(1_000_000 / unit.length));
      timeOf(small); // warm up
      // Linear time gives about 10; quadratic about 100.
      const ratio = timeOf(large) / timeOf(small);
      expect(ratio, `pattern ${JSON.stringify(unit)}`).toBeLessThan(40);
    }
  });
});
