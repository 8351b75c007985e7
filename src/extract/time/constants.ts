/**
 * Dictionaries and shared sub-patterns for the Dutch time-expression locale.
 * Patterns here are plain strings (no nested quantifiers); parsers compile them once at module load.
 */
import { NUMBER_WORDS } from '../../lexicon/numbers.js';

export type SeasonCode = 'SP' | 'SU' | 'FA' | 'WI';

/** Season words → TIMEX3 season code. */
export const SEASONS: Readonly<Record<string, SeasonCode>> = {
  voorjaar: 'SP',
  lente: 'SP',
  zomer: 'SU',
  najaar: 'FA',
  herfst: 'FA',
  winter: 'WI',
};

/**
 * The months a season covers (meteorological seasons). Winter runs from December of its
 * year into February of the next year: 2025-WI = 2025-12-01 .. 2026-02-28.
 */
export const SEASON_FIRST_MONTH: Readonly<Record<SeasonCode, number>> = { SP: 3, SU: 6, FA: 9, WI: 12 };

/** Ordinals used for quarters and halves; "laatste" is the last one (-1). */
export const ORDINALS: Readonly<Record<string, number>> = {
  eerste: 1,
  tweede: 2,
  derde: 3,
  vierde: 4,
  laatste: -1,
  '1e': 1,
  '2e': 2,
  '3e': 3,
  '4e': 4,
  '1ste': 1,
  '2de': 2,
  '3de': 3,
  '4de': 4,
};

/** Alternation of dictionary keys, longest first so that "1ste" wins over "1e". */
export function alternation(dict: Readonly<Record<string, unknown>>): string {
  return Object.keys(dict)
    .sort((a, b) => b.length - a.length)
    .map((k) => k.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&'))
    .join('|');
}

/** A four-digit year 1900-2099 (2100 is accepted by the year parser on its own). */
export const YEAR = '(?:19|20)\\d\\d';

/**
 * A year reference inside a larger phrase: "2025", "dit jaar", "volgend jaar", "komend jaar", "vorig jaar".
 * Named groups `<name>Y` (digits) and `<name>R` (the relative word).
 */
export function yearRef(name: string): string {
  return `(?<${name}Y>${YEAR})|(?<${name}R>dit|deze|volgend|komend|vorig|het\\s+volgend|het\\s+komend|het\\s+vorig)e?\\s+jaar`;
}

/** The year meant by a yearRef match, or null when none was written. */
export function yearFromRef(
  groups: Record<string, string | undefined>,
  name: string,
  refYear: number,
): { year: number; relative: boolean } | null {
  const digits = groups[`${name}Y`];
  if (digits) return { year: Number(digits), relative: false };
  const word = groups[`${name}R`];
  if (word) return { year: refYear + (relativeYearOffset(word) ?? 0), relative: true };
  return null;
}

/** The year a relative year word points to, or null for an unknown word. */
export function relativeYearOffset(word: string): number | null {
  const lower = word.toLowerCase().replace(/^het\s+/, '');
  if (lower === 'deze') return 0;
  const w = lower.replace(/e$/, '');
  if (w === 'dit' || w === 'lopend' || w === 'huidig') return 0;
  if (w === 'volgend' || w === 'komend' || w === 'aankomend' || w === 'aanstaand') return 1;
  if (w === 'vorig' || w === 'afgelopen' || w === 'voorbij') return -1;
  return null;
}

/** Count words and digits: "3", "drie". */
export const COUNT = `\\d{1,3}|${alternation(NUMBER_WORDS)}`;

export function parseCount(word: string | undefined): number | null {
  if (!word) return null;
  if (/^\d+$/.test(word)) return Number.parseInt(word, 10);
  return NUMBER_WORDS[word.toLowerCase()] ?? null;
}

/**
 * Words before a bare four-digit year that make it a time expression ("in 2026", "medio 2026",
 * "het jaar 2026"). Anything else (an amount, "vergaderjaar 2023-2024", "nr. 2025") is not.
 */
export const YEAR_CONTEXT_WORDS = [
  'in',
  'vanaf',
  'tot',
  'tot en met',
  't/m',
  'voor',
  'vóór',
  'na',
  'per',
  'medio',
  'midden',
  'half',
  'begin',
  'eind',
  'einde',
  'ultimo',
  'rond',
  'rondom',
  'omstreeks',
  'circa',
  'ca.',
  'sinds',
  'sedert',
  'uiterlijk',
  'tegen',
  'van',
  'jaar',
  'jaren',
  'boekjaar',
  'kalenderjaar',
  'periode',
  'tijdens',
  'gedurende',
  'later dan',
  'eerder dan',
];

/**
 * Capitalised words before a year that mark a citation, not a time: "Stb. 2024, 123",
 * "Kamerstuk 2024D12345", "ECLI:NL:HR:2024:1".
 */
export const CITATION_WORDS = [
  'stb',
  'stb.',
  'staatsblad',
  'stcrt',
  'stcrt.',
  'staatscourant',
  'trb',
  'trb.',
  'tractatenblad',
  'kamerstuk',
  'kamerstukken',
  'handelingen',
  'aanhangsel',
  'nr',
  'nr.',
  'nummer',
  'artikel',
  'art.',
  'bijlage',
  'pagina',
  'blz',
  'blz.',
  'p.',
  'ecli',
  'vergaderjaar',
  'zaak',
];

/** Tags attached to chrono results by our parsers and refiners (chrono's own tag mechanism). */
export const TAG = {
  /** Granularity of the period: day, week, month, quarter, half, season, year, ref. */
  grain: (g: Grain) => `kamerbrief/grain/${g}`,
  /** Resolved against the reference date ("komend voorjaar", "dit jaar"). */
  relative: 'kamerbrief/relative',
  /** The year was not written; it is chosen by direction (past/future/nearest) at conversion. */
  yearless: 'kamerbrief/yearless',
  /** Modifier: before, after, approx. */
  mod: (m: string) => `kamerbrief/mod/${m}`,
  /** Part of the period: start, mid, end ("begin", "medio", "eind"). */
  part: (p: string) => `kamerbrief/part/${p}`,
  /** The modifier's bound includes the period ("uiterlijk", "tot en met") or excludes it ("na"). */
  inclusive: 'kamerbrief/inclusive',
  exclusive: 'kamerbrief/exclusive',
  /** Written direction: "jl." (past) or "a.s." (future). */
  past: 'kamerbrief/dir/past',
  future: 'kamerbrief/dir/future',
  /** Vague references: "de komende jaren" (FUTURE_REF), "de afgelopen maanden" (PAST_REF). */
  vague: 'kamerbrief/vague',
  /** Prinsjesdag: the third Tuesday of September, recomputed when a yearless one moves to another year. */
  prinsjesdag: 'kamerbrief/event/prinsjesdag',
  /** A period named by an event of the parliamentary year ("de behandeling van de begroting"). */
  event: 'kamerbrief/event',
} as const;

export type Grain = 'day' | 'week' | 'month' | 'quarter' | 'half' | 'season' | 'year' | 'future' | 'past';

export const TAG_PREFIX = 'kamerbrief/';
