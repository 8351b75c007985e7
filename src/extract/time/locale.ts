/**
 * The locale: chrono's own Dutch month-name parsers plus ours, each with its cue, and the refiners in
 * order. The order below is the whole behaviour (parsers all run; refiners run in the order listed).
 */
import type { Parser, ParsingResult, Refiner } from 'chrono-node';
import { Chrono, createConfiguration } from 'chrono-node/nl';
import { MONTH_SPELLINGS } from '../../lexicon/months.js';
import { SEASONS } from './constants.js';
import { cueScanner } from './cues.js';
import { eventParser } from './parsers/event.js';
import { halfParser } from './parsers/half.js';
import { numericDateParser } from './parsers/numericDate.js';
import { quarterParser } from './parsers/quarter.js';
import { relativePeriodParser } from './parsers/relativePeriod.js';
import { seasonParser } from './parsers/season.js';
import { vagueParser } from './parsers/vague.js';
import { weekParser } from './parsers/week.js';
import { yearParser } from './parsers/year.js';
import { yearSpanParser } from './parsers/yearSpan.js';
import { dayListRefiner } from './refiners/dayList.js';
import { directionRefiner } from './refiners/direction.js';
import { modifierRefiner } from './refiners/modifier.js';
import { monthNameFilter } from './refiners/monthNameFilter.js';
import { overlapRefiner } from './refiners/overlap.js';
import { rangeRefiner } from './refiners/range.js';
import { relativeYearRefiner } from './refiners/relativeYear.js';

/**
 * chrono's Dutch parsers we keep: day + month name (+ year) and month name (+ year). The others
 * (weekdays like "zo", casual "nu", times of day "10.00 uur", slashed numbers) give false dates in
 * Kamerbrieven.
 */
const CHRONO_PARSERS = ['NLMonthNameMiddleEndianParser', 'NLMonthNameParser'];
const chronoParsers = createConfiguration(true, true).parsers.filter((p) =>
  CHRONO_PARSERS.includes(p.constructor.name),
);
if (chronoParsers.length !== CHRONO_PARSERS.length) {
  throw new Error(`chrono-node's Dutch parsers changed: expected ${CHRONO_PARSERS.join(', ')}`);
}

/**
 * The locale: parsers first (all run over the text), then refiners in order. Each parser comes with
 * its cue: strings (lower case) of which the text must hold one for its pattern to match at all.
 */
/**
 * The month names (and abbreviations) chrono's Dutch parsers know; their patterns allow no ASCII
 * letter right after the name, which keeps out "maar", "markt", "decentraal", "innovatie".
 */
const MONTH_CUE = MONTH_SPELLINGS.map((m) => `${m}$`);
/** The year parsers need a year, 1900-2100 (what /(?:19|20)\d\d|2100/ finds). */
const YEAR_CUE = 'year';
const SEASON_CUE = Object.keys(SEASONS).map((s) => `${s}$`);
/**
 * Each parser with the words (lower case; "$": no ASCII letter may follow, as the pattern's own
 * right boundary demands) of which the text must hold one for its pattern to match at all.
 */
const sieve: ReadonlyArray<{ parser: Parser; cue: readonly string[] | typeof YEAR_CUE }> = [
  ...chronoParsers.map((parser) => ({ parser, cue: MONTH_CUE })),
  { parser: numericDateParser, cue: YEAR_CUE },
  { parser: quarterParser, cue: ['kwartaal$', 'q1$', 'q2$', 'q3$', 'q4$'] },
  { parser: halfParser, cue: ['helft$', 'half$', 'halfjaar$', 'h1$', 'h2$'] },
  { parser: seasonParser, cue: SEASON_CUE },
  { parser: relativePeriodParser, cue: ['jaar$', 'kwartaal$', 'maand$', 'week$', ...SEASON_CUE] },
  {
    parser: eventParser,
    cue: [
      'prinsjesdag$',
      'jaarwisseling$',
      'zomerreces$',
      'kerstreces$',
      'meireces$',
      'voorjaarsreces$',
      'krokusreces$',
      'herfstreces$',
      'kerst$',
      'kerstmis$',
      'begrotingsbehandeling',
      'begroting$',
    ],
  },
  { parser: weekParser, cue: ['week$'] },
  { parser: yearSpanParser, cue: YEAR_CUE },
  { parser: yearParser, cue: YEAR_CUE },
  {
    parser: vagueParser,
    cue: [
      'komende$',
      'volgende$',
      'afgelopen$',
      'achterliggende$',
      'voorbije$',
      'laatste$',
      'binnenkort$',
      'termijn$',
      'spoedig$',
      'toekomst$',
      'onlangs$',
      'recentelijk$',
    ],
  },
];

export const configuration: { parsers: Parser[]; refiners: Refiner[] } = {
  parsers: sieve.map((s) => s.parser),
  refiners: [
    monthNameFilter,
    overlapRefiner,
    relativeYearRefiner,
    dayListRefiner,
    rangeRefiner,
    overlapRefiner,
    directionRefiner,
    modifierRefiner,
  ],
};

const YEAR_BITS = sieve.reduce((mask, entry, i) => (entry.cue === YEAR_CUE ? mask | (1 << i) : mask), 0);
/** Every cue word, found in one scan. */
const wordCues = cueScanner(
  sieve.flatMap(({ cue }, i) => (cue === YEAR_CUE ? [] : cue.map((word) => [word, 1 << i] as const))),
);

/**
 * Every year YEAR_CUE stands for (1900-2099, 2100) anywhere in a text. (As 201 words of the cue
 * scanner they took a third of its states, and building its tables at start-up cost more than this
 * pattern's scans.)
 */
const YEAR = /(?:19|20)\d\d|2100/;

/** The cues of a text: a bit per entry of `sieve` whose cue it holds. */
export const cuesOf = (text: string): number => wordCues(text) | (YEAR.test(text) ? YEAR_BITS : 0);

/**
 * A chrono instance per set of cued parsers (a bit per entry of `sieve`, from `cuesOf`): a parser
 * whose cue is absent cannot match, so leaving it out gives the same results (chrono concatenates
 * each parser's results in order and sorts them stably by index) without running its pattern over
 * the text (the patterns are the costly part of a parse). Texts share a few sets: made on first use.
 */
const bySieve = new Map<number, Chrono>();
function chronoFor(cues: number): Chrono {
  let chrono = bySieve.get(cues);
  if (chrono === undefined) {
    chrono = new Chrono({
      parsers: sieve.filter((_, i) => cues & (1 << i)).map((s) => s.parser),
      refiners: configuration.refiners,
    });
    bySieve.set(cues, chrono);
  }
  return chrono;
}

/**
 * For tests: chrono's results for a text with the sieve (as findTimeExpressions parses) or with
 * every parser run over it, to hold the two equal.
 */
export function parseForTest(text: string, reference: Date, sieved: boolean): ParsingResult[] {
  if (!sieved) return new Chrono(configuration).parse(text, reference) as ParsingResult[];
  return parseWithCues(text, reference, cuesOf(text));
}

/** chrono's results for a text: only the parsers whose cue (`cuesOf`) the text holds are run. */
export function parseWithCues(text: string, reference: Date, cues: number): ParsingResult[] {
  return chronoFor(cues).parse(text, reference) as ParsingResult[];
}
