import type { ParsingContext, ParsingResult, Refiner } from 'chrono-node';
import { TAG } from '../constants.js';

/** "begin", "medio", "eind" (a part of the period), right before the expression. */
const PART =
  /(?:^|[\s(/])((?:(?:aan|tegen|in)\s+)?(?:het\s+)?(begin|midden|medio|half|halverwege|eind|einde|ultimo)(?:\s+van)?\s+|(begin|medio|midden|eind)-)$/i;

/** "voor", "uiterlijk", "vanaf", "na", "rond" (a bound or an approximation), right before the expression or its part. */
const BOUND =
  /(?:^|[\s(/])(vóór|voor|uiterlijk|tot\s+en\s+met|t\/m|tot|niet\s+later\s+dan|later\s+dan|eerder\s+dan|niet\s+eerder\s+dan|vanaf|per|met\s+ingang\s+van|m\.i\.v\.|sinds|sedert|na|rond|rondom|omstreeks|circa|ca\.|ongeveer|tegen)(?:\s+(?:in|op))?\s+$/i;

const PARTS: Readonly<Record<string, string>> = {
  begin: 'start',
  midden: 'mid',
  medio: 'mid',
  half: 'mid',
  halverwege: 'mid',
  eind: 'end',
  einde: 'end',
  ultimo: 'end',
};

/** Bound word → [modifier, inclusive?]. Inclusive bounds include the period itself ("uiterlijk 1 juli"). */
const BOUNDS: ReadonlyArray<[RegExp, string, boolean]> = [
  [/^(?:uiterlijk|tot\s+en\s+met|t\/m|niet\s+later\s+dan)$/i, 'before', true],
  [/^(?:vóór|voor|tot|eerder\s+dan)$/i, 'before', false],
  [/^(?:vanaf|per|met\s+ingang\s+van|m\.i\.v\.|sinds|sedert|niet\s+eerder\s+dan)$/i, 'after', true],
  [/^(?:na|later\s+dan)$/i, 'after', false],
  [/^(?:rond|rondom|omstreeks|circa|ca\.|ongeveer|tegen)$/i, 'approx', false],
];

const WINDOW = 40;

/** Money nearby: "Voor 2025 is € 20 miljoen beschikbaar" means for 2025, not before it. */
const MONEY =
  /€|\bmiljoen\b|\bmiljard\b|\bbegroting|\bbudget|\bbeschikbaar|\bgereserveerd|\buitgetrokken|\bmiddelen\b/i;

/** Plain "voor" before a bare year or span, in a sentence about money, is "for" that year. */
function isBudgetYear(context: ParsingContext, r: ParsingResult, word: string, tags: Set<string>): boolean {
  if (word.toLowerCase() !== 'voor' || !tags.has(TAG.grain('year')) || /^\D/.test(r.text)) return false;
  const around = context.text.slice(Math.max(0, r.index - 80), r.index + r.text.length + 80);
  return MONEY.test(around);
}

/** "kort na", "vlak voor", "direct na": right before or after. */
const SHORTLY = /(?:^|\s)(?:kort|vlak|direct|meteen|snel|onmiddellijk)\s+$/i;

/**
 * "kort na de behandeling van de begroting": an event's period (the budget debates' quarter) already
 * holds the days just before and after the event, so "shortly after" keeps the period itself.
 */
function isShortlyAroundEvent(window: string, bound: RegExpExecArray, tags: Set<string>): boolean {
  if (!tags.has(TAG.event)) return false;
  const word = bound[1]?.toLowerCase();
  if (word !== 'na' && word !== 'voor' && word !== 'vóór') return false;
  return SHORTLY.test(window.slice(0, bound.index + (bound[0].length - bound[0].trimStart().length)));
}

/**
 * Modifiers written before a time expression, as TIMEX3 `mod`:
 * - begin/medio/eind 2025, het einde van 2025, aan het begin van volgend jaar → part start/mid/end
 * - voor de zomer, vóór 1 juli, tot 2030 → before (exclusive); uiterlijk 1 januari 2026, t/m 2030 → before (inclusive)
 * - vanaf 2030, per 1 januari 2026, sinds 2020 → after (inclusive); na 2030 → after (exclusive)
 * - rond de jaarwisseling, omstreeks 2030 → approx
 * - uiterlijk eind 2025 → part end inside the bound before
 * Vague periods ("voor de komende jaren" = for the coming years) take no modifier, nor does a bare year
 * after plain "voor" in a sentence about money ("Voor 2025 is € 20 miljoen beschikbaar" = for 2025).
 */
export const modifierRefiner: Refiner = {
  refine(context: ParsingContext, results: ParsingResult[]): ParsingResult[] {
    let floor = 0; // never extend into the previous result
    for (const r of results) {
      const tags = r.tags();
      if (!tags.has(TAG.vague)) {
        let window = context.text.slice(Math.max(floor, r.index - WINDOW), r.index);
        const part = PART.exec(window);
        if (part?.[1]) {
          const word = (part[2] ?? part[3] ?? '').toLowerCase();
          const p = PARTS[word];
          if (p) {
            const prefix = part[1];
            r.index -= prefix.length;
            r.text = prefix + r.text;
            r.addTag(TAG.part(p));
            window = window.slice(0, window.length - prefix.length);
          }
        }
        const bound = BOUND.exec(window);
        if (bound?.[1]) {
          const word = bound[1].replace(/\s+/g, ' ');
          const entry = BOUNDS.find(([re]) => re.test(word));
          if (entry && !isBudgetYear(context, r, word, tags) && !isShortlyAroundEvent(window, bound, tags)) {
            const prefix = bound[0].replace(/^[\s(/]/, '');
            r.index -= prefix.length;
            r.text = prefix + r.text;
            r.addTag(TAG.mod(entry[1]));
            if (entry[1] !== 'approx') r.addTag(entry[2] ? TAG.inclusive : TAG.exclusive);
          }
        }
      }
      floor = r.index + r.text.length;
    }
    return results;
  },
};
