/**
 * What is delivered: the object phrase of the main clause, and the key it is matched on across
 * letters (deliverableKey).
 * - a passive: its subject ("De Kamerbrief stand spreiding rijkswerkgelegenheid zal ... worden aangeboden");
 * - a verb of informing (informeren, berichten, rapporteren, terugkomen): the "over" phrase
 *   ("over de voortgang van de aanpak");
 * - otherwise the noun phrase between the subject and the verb cluster, without the time, the
 *   recipient ("aan uw Kamer", "u") and adverbs ("mijn reactie op het rapport"), or, when nothing is
 *   left there, the prepositional object after the verb ("besluiten over het nieuwe Vastgoedplan").
 * A pronoun alone ("Deze zal ik ... zenden", "hierover") names nothing: null.
 */
import { deliverableKey } from '../deliverable-key.js';
import { letterBefore } from '../word-starts.js';
import { type Clause, DETERMINER, frontedTime, PRONOUN, span } from './clause.js';
import { PARTICLES } from './verbs.js';

export interface DeliverableFields {
  text: string | null;
  key: string | null;
}

const ABOUT = /^(?:informeren|berichten|rapporteren|terugkomen|terugkomen op|komen met|informeer)$/;

const RECIPIENT =
  /(?:(?<![\p{L}])(?:aan|naar|met)\s+)?(?<![\p{L}])(?:uw|de|beide)\s+(?:(?:tweede|eerste)\s+)?kamers?(?![\p{L}])|(?<![\p{L}])u(?![\p{L}])/giu;

/** A lone "u" (what RECIPIENT's second alternative matches): a letter on neither side. */
const LETTER_FIRST = /^\p{L}/u;
function withoutLoneU(s: string): string {
  let out = '';
  let last = 0;
  for (let i = s.indexOf('u'), j = s.indexOf('U'); i >= 0 || j >= 0; ) {
    const at = i < 0 ? j : j < 0 ? i : Math.min(i, j);
    if (!letterBefore(s, at) && !LETTER_FIRST.test(s.slice(at + 1, at + 3))) {
      out += `${s.slice(last, at)} `;
      last = at + 1;
    }
    if (at === i) i = s.indexOf('u', at + 1);
    else j = s.indexOf('U', at + 1);
  }
  return last === 0 ? s : out + s.slice(last);
}

/** `s.replace(RECIPIENT, ' ')`: without "amer" in it only a lone "u" can match. */
export function withoutRecipient(s: string): string {
  return /amer/i.test(s) ? s.replace(RECIPIENT, ' ') : withoutLoneU(s);
}

/** Words of time that end the text before a time ("uiterlijk", "vóór", "in"): dropped with it. */
const TIME_PREPOSITION_WORD =
  /^(?:uiterlijk|vóór|voor|na|in|rond|tijdens|op|vanaf|per|medio|eind|begin|bij|nog)$/iu;

/** The plain definition of trailingTimeWords: the place where this pattern matches. */
const TIME_PREPOSITION =
  /(?:(?<![\p{L}])(?:uiterlijk|vóór|voor|na|in|rond|tijdens|op|vanaf|per|medio|eind|begin|bij|nog)\s+)*$/iu;

const SPACE = /\s/;
const LETTER_AT_END = /\p{L}$/u;

/**
 * Where a run of time words, each followed by white space, ends `s` (s.length when none): the
 * place of TIME_PREPOSITION, found from the end. Each word is a whole run of letters (the pattern
 * wants no letter before it and white space after it), so the words are read back one by one.
 */
export function trailingTimeWords(s: string): number {
  let from = s.length;
  for (;;) {
    let k = from;
    while (k > 0 && SPACE.test(s.charAt(k - 1))) k--;
    if (k === from) return from;
    let j = k;
    for (;;) {
      const step = j >= 2 && /[\udc00-\udfff]/.test(s.charAt(j - 1)) ? 2 : 1;
      if (j === 0 || !LETTER_AT_END.test(s.slice(j - step, j))) break;
      j -= step;
    }
    if (j === k || !TIME_PREPOSITION_WORD.test(s.slice(j, k))) return from;
    from = j;
  }
}

/** The leftmost `(?<![\p{L}])om\s+(?=\S)` (flags u): the end of it, or -1. */
const OM_AT = /om\s+(?=\S)/y;
export function afterOm(s: string): number {
  for (let i = s.indexOf('om'); i >= 0; i = s.indexOf('om', i + 1)) {
    if (letterBefore(s, i)) continue;
    OM_AT.lastIndex = i;
    const m = OM_AT.exec(s);
    if (m) return i + m[0].length;
  }
  return -1;
}

/** A time frame before the time itself: "in de loop van [oktober]", "tegen het einde van [2025]". */
const TIME_FRAME_END =
  /(?:(?<![\p{L}])(?:in|tegen|aan|rond|vóór|voor|na|tot|vanaf)\s+)?(?<![\p{L}])(?:de|het)\s+(?:loop|begin|eind|einde|midden|helft|start)\s+van\s*$/iu;

/** A co-signer's phrase: "(mede) namens de Staatssecretaris van ...," up to the next comma. */
const ON_BEHALF = /(?<![\p{L}])(?:mede\s+)?namens\s+[^,;]*[,;]?/giu;

const LETTER = /\p{L}/u;

/** Words that end a phrase and are not part of it. */
const TRAILING = new Set([
  'nader',
  'ook',
  'nog',
  'graag',
  'dan',
  'tevens',
  'verder',
  'zo',
  'spoedig',
  'mogelijk',
  'om',
  'te',
  'en',
  'of',
  'weer',
  'periodiek',
  // a phrase does not end in a preposition ("de agenda van de Eurogroep van [10 april]")
  'van',
  'voor',
  'over',
  'met',
  'tot',
  'bij',
  'naar',
  'door',
  'per',
]);

/** Words that open a fronted time or phrase, not an object. */
const FRONT_WORD =
  /^(?:in|op|voor|na|bij|met|vanaf|tot|tijdens|rond|eind|begin|medio|uiterlijk|daarnaast|daarom|daarbij|hierbij|ook|graag|zoals|naar|over|door|per|sinds|nu|dan|komend|komende|volgend|volgende|het|er|dit|dat)$/;

const ONLY_PRONOUN = /^(?:deze|dit|die|dat|het|hij|zij|ze|hierover|daarover|erover|hiervan|daarvan)$/iu;

function tidy(raw: string, whenText: string | null, fromStart = false): string | null {
  // "de bedoeling om de uitgangspunten ... te delen": the object is in the om-clause
  const om = afterOm(raw);
  let s = om < 0 ? raw : raw.slice(om);
  if (whenText) {
    const at = s.indexOf(whenText);
    if (at >= 0) {
      const lead = s.slice(0, at).replace(TIME_FRAME_END, '');
      const before = lead.slice(0, trailingTimeWords(lead));
      s = `${before} ${s.slice(at + whenText.length)}`;
    }
  }
  // "zend ik u, mede namens de Staatssecretaris van ..., het rapport": a co-signer, not the object
  if (s.includes('namens')) s = s.replace(ON_BEHALF, ' ');
  s = withoutRecipient(s);
  // from the first determiner or name on
  const tokens = s.split(/\s+/).filter((t) => t.length > 0);
  const start = fromStart
    ? 0
    : tokens.findIndex((t) => DETERMINER.has(t.toLowerCase()) || /^[\p{Lu}\p{N}]/u.test(t));
  if (start < 0) return null;
  let out = tokens.slice(start);
  // a comma ends the phrase ("de markt voor dronemunitie, hergebruik, ...")
  const comma = out.findIndex((t) => /[,;:]$/.test(t));
  if (comma >= 0) out = out.slice(0, comma + 1);
  while (out.length > 0) {
    const last = (out.at(-1) ?? '').replace(/[,;:.]+$/, '');
    if (last === '' || TRAILING.has(last.toLowerCase()) || PARTICLES.has(last.toLowerCase())) out.pop();
    else {
      out[out.length - 1] = last;
      break;
    }
  }
  if (out.length > 16) out = out.slice(0, 16);
  const text = out
    .join(' ')
    .replace(/\s+\d{1,2}$/u, '')
    .trim();
  if (text === '' || ONLY_PRONOUN.test(text) || PRONOUN.has(text.toLowerCase())) return null;
  // "op 14, 15 en 16 maart": numbers alone name nothing
  if (!LETTER.test(text)) return null;
  return text;
}

function fields(text: string | null): DeliverableFields {
  return { text, key: deliverableKey(text) };
}

export function deliverableOf(
  clause: Clause,
  action: string | null,
  whenText: string | null,
): DeliverableFields {
  const ws = clause.words;
  const [subjectFrom, subjectTo] = clause.subject;
  const [clusterFrom, clusterTo] = clause.cluster;
  // a passive: its subject (after the finite verb it runs up to the cluster: "wordt de verworvenheid van ... herdacht")
  if (clause.passive && subjectTo > subjectFrom) {
    const to = subjectFrom > clause.finite && clusterFrom > subjectTo ? clusterFrom : subjectTo;
    return fields(tidy(span(clause, subjectFrom, to) ?? '', whenText));
  }
  // a fronted object: "Het MPO in de gangbare lay-out kunt u ... tegemoet zien", "Deze zal ik ... zenden"
  const first = ws[0];
  if (
    subjectFrom > clause.finite &&
    clause.finite > 0 &&
    first &&
    (DETERMINER.has(first.lower) || /^\p{Lu}/u.test(first.word)) &&
    !FRONT_WORD.test(first.lower) &&
    !frontedTime(ws, clause.finite) &&
    // one capitalised word alone is an adverb or a participle ("Bijgevoegd treft u ..."), unless a name or acronym
    !(clause.finite === 1 && !DETERMINER.has(first.lower) && !/^\p{Lu}{2}|\d/u.test(first.word))
  ) {
    const fronted = span(clause, 0, clause.finite) ?? '';
    return fields(ONLY_PRONOUN.test(fronted.trim()) ? null : tidy(fronted, whenText));
  }
  const from = Math.max(subjectTo, clause.finite + 1);
  const to = clusterFrom > from ? clusterFrom : ws.length;
  if (action !== null && ABOUT.test(action)) {
    const over = ws.findIndex((w, i) => i >= from && i < to && w.lower === 'over');
    if (over >= 0) return fields(tidy(span(clause, over + 1, to) ?? '', whenText));
  }
  const between = tidy(span(clause, from, to) ?? '', whenText);
  if (between) return fields(between);
  // "besluiten over het nieuwe Vastgoedplan": the prepositional object after the verb
  const next = ws[clusterTo];
  if (next && /^(?:over|op|aan|met|naar|tot|voor)$/.test(next.lower)) {
    const end = ws.findIndex((w, i) => i > clusterTo && (w.lower === 'en' || /^[,;:–]$/.test(w.word)));
    return fields(tidy(span(clause, clusterTo + 1, end < 0 ? ws.length : end) ?? '', whenText, true));
  }
  return fields(null);
}

/** For the property test: the patterns trailingTimeWords and afterOm replace. */
export const tidyPatternsForTest = { TIME_PREPOSITION, OM: /^.*?(?<![\p{L}])om\s+(?=\S)/su, RECIPIENT };
