/** The period of an amount: "per jaar", "jaarlijks", "structureel", "per maand". */

const PER_AFTER =
  /^\s*(?:[\p{L}]+\s+){0,2}?(per\s+jaar|per\s+kalenderjaar|jaarlijks|op\s+jaarbasis|per\s+maand|maandelijks)(?![\p{L}])/iu;
const PER_BEFORE =
  /(?:^|[^\p{L}])(jaarlijks|structureel|per\s+jaar|maandelijks|per\s+maand)\s+(?:(?:een|extra|circa|ongeveer|ruim|bijna|maximaal|minimaal|zo'n|nog)\s+)*$/iu;

/** The period of an amount, and how far a period phrase right after it ("per jaar") extends the text. */
export function perOf(
  text: string,
  start: number,
  end: number,
): { per: 'year' | 'month' | null; end: number } {
  const after = PER_AFTER.exec(text.slice(end, end + 40));
  const before = after ? null : PER_BEFORE.exec(text.slice(Math.max(0, start - 40), start));
  const word = (after?.[1] ?? before?.[1] ?? '').toLowerCase();
  if (!word) return { per: null, end };
  const per = /maand/.test(word) ? 'month' : 'year';
  // "100.000 woningen per jaar": the phrase directly after the amount is part of its text.
  const direct = after && after[0].trimStart() === after[1] ? end + after[0].length : end;
  return { per, end: direct };
}
