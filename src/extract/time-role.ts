/**
 * The role a time expression plays in its sentence, read from the words around it. Only some times
 * say when something happens; others are part of a name or a date line, bound a period of validity,
 * name a goal, or qualify a noun.
 * - dateline: "Den Haag, 28 november 2014" (a place, a comma and a day: the letter's own date line).
 * - title: a bare year right after a capitalised word inside the sentence: "de Integrale Circulaire
 *   Economie Rapportage 2023", "het Belastingplan 2026", "de Miljoenennota 2025".
 * - span: "voor de periode 2024-2027", "over de periode tot en met 2027": the period something covers.
 * - purpose: inside an "om ... te" clause of aim: "de ambitie om de economie in 2050 circulair te maken".
 * - attribute: "het inkomensbeleid van het komende jaar": a noun qualified by a time.
 * - earlier: "eerder dit jaar", "eerder deze maand": the part of the period before the letter.
 */
import type { TimeExpression } from './time/index.js';

export type TimeRole = 'dateline' | 'title' | 'span' | 'purpose' | 'attribute' | 'earlier' | null;

const DATELINE_BEFORE = /(?:^|\s)(?:'s-[\p{Lu}][\p{L}-]+|[\p{Lu}][\p{L}-]+(?:\s[\p{Lu}][\p{L}-]+)?),\s*$/u;
const CAPITALISED_BEFORE = /(?:^|[^\p{L}\p{N}])([\p{Lu}][\p{L}\p{N}-]*)\s+$/u;
const TIME_WORDS =
  /^(?:in|vanaf|na|voor|vóór|tot|per|sinds|rond|eind|begin|medio|uiterlijk|tussen|en|of|t\/m)$/iu;
const SPAN_BEFORE =
  /(?:voor|over|in|gedurende|tijdens)\s+(?:de|het)\s+(?:periode|jaren|looptijd|tijdvak)\s+(?:van\s+)?$/iu;
const NOUN_VAN_BEFORE = /(\p{L}+)\s+van\s+$/u;
/** The last word (lower-cased) SPAN_BEFORE can end in. */
const SPAN_LAST = /(?:van|periode|jaren|looptijd|tijdvak)$/;
const EARLIER_BEFORE = /(?:^|\s)eerder\s+(?:in\s+)?$/iu;
/**
 * "om ... te <verb>" as a goal: opening the sentence or a part after a colon ("Om in 2050 ... te
 * hebben, moeten we ..."), or after a noun or adjective of aim ("de ambitie om ... in 2050 te
 * behalen", "nodig om ..."). After a verb of deciding or intending ("besloten om in 2026 ... af te
 * schaffen") the clause is the plan itself and is not matched. Up to the last "te <verb>" before a
 * clause break, within 200 characters (so that a long text without commas stays linear).
 */
const PURPOSE =
  /(?:^|[:;]\s*|(?<![\p{L}])(?:ambitie|ambities|doel|doelen|doelstelling|doelstellingen|opgave|nodig|noodzakelijk|belangrijk|essentieel|kans|mogelijkheid)\s+)om\s[^,;:()]{0,200}?\ste\s+\p{L}+(?:[^,;:()]{0,200}\ste\s+\p{L}+)?/giu;

/**
 * Nouns of time that take "van": "in de loop van oktober", "eind van het jaar", "de zomer van 2025".
 * Before "van <date>" such a noun names a time, not a document or a thing dated by it.
 */
export const TIME_NOUNS = new Set([
  'loop',
  'begin',
  'eind',
  'einde',
  'midden',
  'helft',
  'start',
  'ingang',
  'week',
  'maand',
  'jaar',
  'voorjaar',
  'najaar',
  'zomer',
  'winter',
  'herfst',
  'kwartaal',
  'periode',
]);

const OM = /om\s/i;

/** Char ranges of "om ... te" clauses in a text. */
export function purposeRanges(text: string): Array<[number, number]> {
  const out: Array<[number, number]> = [];
  if (!OM.test(text)) return out;
  for (const m of text.matchAll(PURPOSE)) out.push([m.index ?? 0, (m.index ?? 0) + m[0].length]);
  return out;
}

/** Whether `index` lies inside one of the sorted, disjoint ranges (binary search). */
function insideAny(ranges: ReadonlyArray<[number, number]>, index: number): boolean {
  let lo = 0;
  let hi = ranges.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((ranges[mid]?.[1] ?? 0) <= index) lo = mid + 1;
    else hi = mid;
  }
  const r = ranges[lo];
  return r !== undefined && index > r[0] && index < r[1];
}

export function timeRole(
  text: string,
  e: TimeExpression,
  purposes: ReadonlyArray<[number, number]>,
): TimeRole {
  const before = text.slice(Math.max(0, e.index - 48), e.index);
  // The patterns below end in the window's end: what ends the window tells which can match at all.
  const tail = before.trimEnd();
  const spaced = tail.length < before.length;
  const last = spaced ? tail.slice(-8).toLowerCase() : '';
  const isDay = e.timex !== null && /^\d{4}-\d\d-\d\d$/.test(e.timex);
  if (isDay && tail.endsWith(',') && DATELINE_BEFORE.test(before)) return 'dateline';
  if (/^\d{4}$/.test(e.text)) {
    const word = CAPITALISED_BEFORE.exec(before);
    const start = e.index - before.length + (word?.index ?? 0);
    // a name inside the sentence, not its first word ("In 2023 ...", "- Vanaf 2023 ...")
    // (far into the text there is surely a word before it; the check stays within a window)
    if (word?.[1] && !TIME_WORDS.test(word[1]) && (start > 48 || /\p{L}/u.test(text.slice(0, start))))
      return 'title';
  }
  if (spaced && SPAN_LAST.test(last) && SPAN_BEFORE.test(before)) return 'span';
  if (spaced && (last.endsWith('eerder') || last.endsWith('in')) && EARLIER_BEFORE.test(before))
    return 'earlier';
  if (insideAny(purposes, e.index)) return 'purpose';
  const noun = spaced && tail.endsWith('van') ? NOUN_VAN_BEFORE.exec(before) : null;
  if (noun?.[1] && !TIME_NOUNS.has(noun[1].toLowerCase())) return 'attribute';
  return null;
}
