import type { Parser, ParsingContext } from 'chrono-node';
import { COUNT, parseCount, TAG } from '../constants.js';
import { addDays, addMonths, type Ymd } from '../dates.js';
import { periodResult, refDate, startsAfter } from './shared.js';

const UNIT = 'dagen|dag|weken|week|maanden|maand|jaren|jaar|decennia|decennium|periode|tijd';
const PATTERN = new RegExp(
  `(?<![\\w])(?:(?:de|het)\\s+(?<dir>komende|aankomende|volgende|afgelopen|achterliggende|voorbije|laatste|afgelopen)\\s+` +
    `(?:(?<n1>${COUNT})(?:\\s*(?:à|a|tot|-|–)\\s*(?<n2>${COUNT}))?\\s+)?(?<unit>${UNIT})` +
    `|(?<soon>binnenkort|op\\s+korte\\s+termijn|zo\\s+spoedig\\s+mogelijk|in\\s+de\\s+nabije\\s+toekomst)` +
    `|(?<recent>onlangs|recentelijk))(?![\\w])`,
  'i',
);

/** Default length of "de komende <unit>" without a count (documented choice, see the header of time/index.ts). */
const DEFAULT_COUNT: Readonly<Record<string, number>> = { dag: 7, week: 6, maand: 6, jaar: 5, decennium: 1 };

function singular(unit: string): string {
  const u = unit.toLowerCase();
  if (u === 'dagen') return 'dag';
  if (u === 'weken') return 'week';
  if (u === 'maanden') return 'maand';
  if (u === 'jaren') return 'jaar';
  if (u === 'decennia') return 'decennium';
  return u;
}

function shift(from: Ymd, unit: string, n: number): Ymd {
  switch (unit) {
    case 'dag':
      return addDays(from, n);
    case 'week':
      return addDays(from, 7 * n);
    case 'maand':
      return addMonths(from, n);
    case 'decennium':
      return addMonths(from, 120 * n);
    default:
      return addMonths(from, 12 * n);
  }
}

/**
 * Vague periods from the letter date on (FUTURE_REF) or up to it (PAST_REF).
 * - de komende maanden (ref .. ref + 6 months), de komende twee jaar, de komende 10 à 15 jaar
 * - de komende periode / tijd (ref .. ref + 1 year), binnenkort / op korte termijn (ref .. open)
 * - de afgelopen jaren (ref - 5 years .. ref), onlangs (open .. ref)
 * Singular units need a count: "het komende jaar" is a relative year, not a vague period.
 */
export const vagueParser: Parser = {
  pattern: () => PATTERN,
  extract(context: ParsingContext, match: RegExpMatchArray) {
    if (!startsAfter(context, match.index ?? 0)) return null;
    const g = match.groups ?? {};
    const ref = refDate(context);
    const index = match.index ?? 0;
    const tags = [TAG.relative, TAG.vague];
    if (g.soon) return periodResult(context, index, match[0], ref, ref, 'future', tags);
    if (g.recent) return periodResult(context, index, match[0], ref, ref, 'past', tags);
    const raw = (g.unit ?? '').toLowerCase();
    const unit = raw === 'periode' || raw === 'tijd' ? 'jaar' : singular(raw);
    const n = parseCount(g.n2) ?? parseCount(g.n1);
    if (n === null && raw === unit && raw !== 'periode' && raw !== 'tijd') return null; // "het komende jaar"
    const count = Math.min(n ?? (raw === 'periode' || raw === 'tijd' ? 1 : (DEFAULT_COUNT[unit] ?? 1)), 50);
    const future = /komende|volgende/i.test(g.dir ?? '');
    if (future) return periodResult(context, index, match[0], ref, shift(ref, unit, count), 'future', tags);
    return periodResult(context, index, match[0], shift(ref, unit, -count), ref, 'past', tags);
  },
};
