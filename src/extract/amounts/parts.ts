/** A part of a counted whole: "van wie er ruim 200 000 ...", "waarvan 200 miljoen in 2025". */

import { type AmountMatch, NUM, SCALE, toNumber } from './numbers.js';

/**
 * A part of a counted whole, in a clause that refers back to it: "circa 316 000 bijstandontvangers van
 * wie er ruim 200 000 beschikbaar waren", "€ 500 miljoen, waarvan 200 miljoen in 2025": the bare number
 * takes the unit of the whole. Groups: 1 int, 2 frac, 3 scale.
 */
const PART_OF = new RegExp(
  String.raw`^\s*,?\s*(?:van\s+wie|waarvan|waaronder)\s+(?:[\p{L}]+\s+){0,6}?(?:(?:circa|ca\.|ruim|bijna|ongeveer|zo'n|maximaal|minimaal)\s+)?${NUM}${SCALE}(?![\p{L}\d%]|\s*(?:%|procent))`,
  'du',
);

/**
 * What PART_OF opens with: its clause word after the whole, and the white space after that. Nearly no
 * amount has one, and this small pattern spares those texts PART_OF, whose six copies of [\p{L}] cost
 * irregexp some 6 ms to compile in the first letter of a process. Exported for its property test.
 */
export const PART_OF_OPENING = /^\s*,?\s*(?:van\s+wie|waarvan|waaronder)\s/u;
/** For the property test of PART_OF_OPENING. */
export const PART_OF_FOR_TEST = PART_OF;

export function partAmounts(text: string, wholes: AmountMatch[]): AmountMatch[] {
  const out: AmountMatch[] = [];
  for (const w of wholes) {
    const after = text.slice(w.end, w.end + 120);
    if (!PART_OF_OPENING.test(after)) continue;
    const m = PART_OF.exec(after);
    if (!m) continue;
    const value = toNumber(m[1], m[2], m[3]);
    if (!Number.isFinite(value)) continue;
    // "van wie 2023 ..." is no count: a bare year is left alone.
    if (/^(?:19|20)\d\d$/.test(m[1]) && !m[3]) continue;
    const start = w.end + (m.indices?.[1]?.[0] ?? 0);
    const end = w.end + m[0].trimEnd().length;
    out.push({ text: text.slice(start, end), value, unit: w.unit, per: null, start, end });
  }
  return out;
}
