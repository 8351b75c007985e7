/**
 * The Dutch month names: the one dictionary every stage reads dates with.
 * Full names map to their number; abbreviations are listed per month, as letters print them
 * ("mrt", "sept") and as chrono's Dutch parsers accept them.
 */

/** Full Dutch month names → month number (1-12), in calendar order. */
export const MONTHS: Readonly<Record<string, number>> = {
  januari: 1,
  februari: 2,
  maart: 3,
  april: 4,
  mei: 5,
  juni: 6,
  juli: 7,
  augustus: 8,
  september: 9,
  oktober: 10,
  november: 11,
  december: 12,
};

/** Abbreviations → month number ("mei" has none). */
export const MONTH_ABBREVIATIONS: Readonly<Record<string, number>> = {
  jan: 1,
  feb: 2,
  mar: 3,
  mrt: 3,
  apr: 4,
  jun: 6,
  jul: 7,
  aug: 8,
  sep: 9,
  sept: 9,
  okt: 10,
  nov: 11,
  dec: 12,
};

/** The full names, in calendar order. */
export const MONTH_NAMES: readonly string[] = Object.keys(MONTHS);

/** Every spelling, month by month: each full name followed by its abbreviations. */
export const MONTH_SPELLINGS: readonly string[] = MONTH_NAMES.flatMap((name) => [
  name,
  ...Object.keys(MONTH_ABBREVIATIONS).filter((a) => MONTH_ABBREVIATIONS[a] === MONTHS[name]),
]);

/** The full names as a regex alternation (no group): "januari|februari|...|december". */
export const MONTH_ALTERNATION = MONTH_NAMES.join('|');
