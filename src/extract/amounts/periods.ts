/** The period of an amount: "per jaar", "jaarlijks", "structureel", "per maand". */

const PER_AFTER =
  /^\s*(?:[\p{L}]+\s+){0,2}?(per\s+jaar|per\s+kalenderjaar|jaarlijks|op\s+jaarbasis|per\s+maand|maandelijks)(?![\p{L}])/iu;
const PER_BEFORE =
  /(?:^|[^\p{L}])(jaarlijks|structureel|per\s+jaar|maandelijks|per\s+maand)\s+(?:(?:een|extra|circa|ongeveer|ruim|bijna|maximaal|minimaal|zo'n|nog)\s+)*$/iu;

/**
 * A word every phrase of PER_AFTER holds ("per jaar", "jaarlijks", "op jaarbasis", "per maand",
 * "maandelijks"), and of PER_BEFORE ("structureel" too), with the patterns' own flags: a window
 * without one cannot match, and is spared the pattern (whose [\p{L}] copies under /iu cost irregexp
 * about half a millisecond each to compile in the first letter of a process). Exported for the property test.
 */
export const PER_AFTER_WORD = /jaar|maand/iu;
export const PER_BEFORE_WORD = /jaar|maand|structureel/iu;
/** For the property test of PER_AFTER_WORD and PER_BEFORE_WORD. */
export const periodPatternsForTest = { PER_AFTER, PER_BEFORE };

/** The period of an amount, and how far a period phrase right after it ("per jaar") extends the text. */
export function perOf(
  text: string,
  start: number,
  end: number,
): { per: 'year' | 'month' | null; end: number } {
  const afterText = text.slice(end, end + 40);
  const after = PER_AFTER_WORD.test(afterText) ? PER_AFTER.exec(afterText) : null;
  const beforeText = after ? '' : text.slice(Math.max(0, start - 40), start);
  const before = after || !PER_BEFORE_WORD.test(beforeText) ? null : PER_BEFORE.exec(beforeText);
  const word = (after?.[1] ?? before?.[1] ?? '').toLowerCase();
  if (!word) return { per: null, end };
  const per = /maand/.test(word) ? 'month' : 'year';
  // "100.000 woningen per jaar": the phrase directly after the amount is part of its text.
  const direct = after && after[0].trimStart() === after[1] ? end + after[0].length : end;
  return { per, end: direct };
}
