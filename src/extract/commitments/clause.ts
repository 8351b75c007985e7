/**
 * The main clause of a commitment read by Dutch word order: the finite verb in second place (after
 * the subject, or after a fronted time or phrase with the subject right behind it: "Op Prinsjesdag
 * zal het kabinet ..."), the verb cluster at the clause's end ("... aan uw Kamer worden aangeboden"),
 * and the phrases in between. The small files around it (actor.ts, action.ts, deliverable.ts,
 * parliament.ts, kind.ts) read their field off this one parse.
 */

import { TIME_NOUNS } from '../time-role.js';
import { eachClauseWord } from './clause-words.js';
import { endsIn } from './last-letter.js';
import { PARTICLES, participleToInfinitive } from './verbs.js';

export interface Word {
  word: string;
  lower: string;
  index: number;
  end: number;
}

export interface Clause {
  text: string;
  words: Word[];
  /** The finite verb's position in `words`, or -1 when none was found. */
  finite: number;
  /** The subject's words [from, to) in `words`; empty when the subject is implicit. */
  subject: [number, number];
  /** The verb cluster at the end ("worden aangeboden", "te kunnen informeren"): [from, to) in `words`. */
  cluster: [number, number];
  /** A passive (worden + participle): the subject is what is delivered; the actor, if named, follows "door". */
  passive: boolean;
}

/** Subordinate openings: the main clause starts after their comma ("Zoals toegezegd, stuur ik ..."). */
const LEADING_SUBORDINATE =
  /^(?:als|indien|wanneer|zodra|nadat|zoals|omdat|hoewel|nu|naar\s+aanleiding|mede\s+naar\s+aanleiding|met\s+het\s+oog|in\s+het\s+verlengde|in\s+lijn|conform|gelet\s+op|gezien)\b[^,]{0,300},\s*/iu;

/** Where the main clause stops: a relative or subordinate clause after a comma, a semicolon, a new list item. */
const MAIN_END =
  /;|\s[•▪]\s|,\s+(?:die|dat|waarbij|waarin|waarmee|waardoor|waarover|waarna|zodat|omdat|terwijl|wat|maar|mits|tenzij|zoals|welke|wanneer|als|nadat|zodra)\s/iu;

/** The finite auxiliaries and frequent finite verbs (a word ending in -t is tried as well). */
export const FINITE = new Set(
  (
    'zal zullen zult wordt worden word werd werden is zijn ben bent was waren heeft hebben heb hebt ga gaat gaan ' +
    'wil wilt willen kan kunt kunnen moet moeten mag mogen blijft blijven komt komen kom laat laten ' +
    'stuur stuurt sturen zend zendt zenden informeer informeert informeren bericht berichten rapporteer ' +
    'rapporteert ontvangt ontvangen bied biedt bieden start starten begint beginnen volgt volgen vindt vinden ' +
    'verwacht verwachten streef streeft streven beoog beoogt beogen zeg zegt werk werkt werken zet zetten ' +
    'neem neemt nemen maak maakt maken geef geeft geven deel deelt delen treedt treden loopt lopen geldt gelden ' +
    'stel stelt stellen leg legt leggen onderzoek onderzoekt onderzoeken'
  ).split(' '),
);

/** Words that open a fronted phrase, not a subject: prepositions, adverbs, time words. */
const FRONT = new Set(
  (
    'in op voor na bij met vanaf vanuit tot tijdens rond rondom eind einde begin medio half uiterlijk ' +
    'daarnaast daarom daarbij daarmee daardoor daarna hierbij hiermee hierna ook tevens verder vervolgens ' +
    'graag zoals naar over uit door onder binnen per sinds nu dan inmiddels komend komende volgend volgende ' +
    'najaar voorjaar zomer winter jaarlijks eerst allereerst tot slot bovendien momenteel tegelijkertijd ' +
    'op korte termijn zo spoedig mogelijk hierover daarover'
  ).split(' '),
);

/**
 * A fronted noun phrase of time ("De komende periode zal het kabinet ...", "Dit najaar stuur ik ..."):
 * a determiner, at most two words, then a noun of time right before the finite verb. The subject
 * follows the verb.
 */
export function frontedTime(ws: readonly Word[], finite: number): boolean {
  if (finite < 2 || finite > 4) return false;
  const head = ws[finite - 1];
  return (
    head !== undefined &&
    DETERMINER.has(ws[0]?.lower ?? '') &&
    TIME_NOUNS.has(head.lower) &&
    head.lower !== 'start'
  );
}

/** Determiners and pronouns that begin a noun phrase. */
export const DETERMINER = new Set(
  'de het een deze dit die dat mijn onze ons uw zijn haar hun alle elke ieder iedere enkele twee drie vier'.split(
    ' ',
  ),
);

/** Personal pronouns as subject. */
export const PRONOUN = new Set(['ik', 'wij', 'we', 'u', 'zij', 'ze', 'hij', 'men', 'er']);

/** Prepositions: a noun phrase ends before them. */
export const PREPOSITION = new Set(
  'in op voor na bij met vanaf tot tijdens rond naar over aan uit door onder binnen per om tegen via zonder tussen vanuit richting ter namens volgens conform'.split(
    ' ',
  ),
);

/** Auxiliaries of the verb cluster: the lexical verb is the other one. */
const CLUSTER_AUXILIARY = new Set(
  'worden wordt zijn hebben kunnen willen moeten mogen gaan laten te zullen'.split(' '),
);

const PARTICIPLE = /^(?:[\p{L}]*ge\p{L}{2,}(?:d|t|en)|(?:be|ver|ont|her|er|onder)\p{L}{2,}(?:d|t|en))$/u;

/** An infinitive-like word: ends in -en (or -n after a vowel: "gaan", "doen", "zien"). */
const INFINITIVE = /^(?!\p{Ll}*[aeiouy][^aeiouy]ingen$)\p{Ll}[\p{Ll}-]*(?:[^aeiou]en|aan|oen|ien|ijn)$/u;

/** INFINITIVE and PARTICIPLE, each tried only on a word with a last letter it can end in (last-letter.ts). */
const isInfinitive = (word: string): boolean => endsIn(word, 'n') && INFINITIVE.test(word);
const participleShape = (word: string): boolean => endsIn(word, 'dtn') && PARTICIPLE.test(word);

/** For the property test: the word-shape patterns and their quick tests. */
export const wordShapesForTest = { INFINITIVE, PARTICIPLE, isInfinitive, participleShape };

/** Words that may follow the verb cluster: a conjunction or a clause's first word ("bezien waar ..."). */
const CLAUSE_OPENER = new Set(
  'en of maar waar wat hoe welke wanneer dat om die zodat waarbij waarin totdat omdat als nadat'.split(' '),
);

/** Words ending in -en that are seldom verbs in a cluster. */
const NOT_VERB = new Set(
  'aangezien geen alleen samen even boven beneden buiten open eigen gereed jaren maanden weken dagen kamer tweeden eerlijk burgers ouders gemeenten provincies regio’s partijen kosten middelen gegevens voorzieningen ontwikkelingen'.split(
    ' ',
  ),
);

/** The words of `text`, their offsets moved by `offset` (where `text` starts in the sentence). */
export function words(text: string, offset = 0): Word[] {
  const out: Word[] = [];
  // the matches of WORD (clause-words.ts)
  eachClauseWord(text, (start, end) => {
    const word = text.slice(start, end);
    out.push({ word, lower: word.toLowerCase(), index: start + offset, end: end + offset });
  });
  return out;
}

const isVerbLike = (w: Word | undefined): boolean =>
  w !== undefined &&
  !NOT_VERB.has(w.lower) &&
  !PREPOSITION.has(w.lower) &&
  (CLUSTER_AUXILIARY.has(w.lower) || isInfinitive(w.word) || participleShape(w.word));

export const isParticiple = (w: Word | undefined): boolean => w !== undefined && participleShape(w.word);

/** Frequent words in -t that are not verbs: nouns (-ment, -punt, -ect, -cht, -eit, -st), adverbs. */
const NOUN_IN_T =
  /(?:ment|punt|ect|act|port|duct|aat|cht|eit|nst|lijst|tekst|komst|brengst|angst|iet|schrift|plaats)$|^(?:niet|met|dat|tot|wat|het|dit|uit|recent|apart|licht|budget|kabinet|concept|resultaat|gebiedt)$/;

/** A finite verb: a known form, or a lower-case word in -t that does not follow a determiner. */
function looksFinite(ws: Word[], i: number): boolean {
  const w = ws[i];
  if (!w || PREPOSITION.has(w.lower)) return false;
  if (FINITE.has(w.lower)) return !DETERMINER.has(ws[i - 1]?.lower ?? '');
  if (!/^\p{Ll}{3,}t$/u.test(w.word) || NOUN_IN_T.test(w.lower)) return false;
  const before = ws[i - 1]?.lower ?? '';
  return !DETERMINER.has(before) && !PREPOSITION.has(before);
}

/** The end of a noun phrase starting at `from`: determiner, words, and "van/voor" + a name ("de minister van IenW"). */
export function phraseEnd(ws: Word[], from: number, limit: number, most = 8): number {
  let i = from;
  const first = ws[i];
  if (!first) return from;
  if (PRONOUN.has(first.lower)) return i + 1;
  if (DETERMINER.has(first.lower)) i++;
  let taken = 0;
  while (i < limit && taken < most) {
    const w = ws[i];
    if (!w || /^[,;:–]$/.test(w.word)) break;
    if (DETERMINER.has(w.lower) || PRONOUN.has(w.lower) || FINITE.has(w.lower)) break;
    if (i > from && /^\p{Ll}/u.test(w.word) && PARTICLES.has(w.lower)) break;
    // "het kabinet gebruiken om ...": an infinitive before "om"/"te" ends the phrase before it
    if (i > from && /^\p{Ll}+en$/u.test(w.word) && /^(?:om|te)$/.test(ws[i + 1]?.lower ?? '')) break;
    if (PREPOSITION.has(w.lower)) {
      // "van" / "voor" + a name or a title belongs to the phrase: "de minister van IenW"
      const next = ws[i + 1];
      if ((w.lower === 'van' || w.lower === 'voor') && next && /^\p{Lu}/u.test(next.word)) {
        i += 2;
        while (i < limit && ws[i] && (/^\p{Lu}/u.test(ws[i]?.word ?? '') || ws[i]?.lower === 'en')) i++;
        break;
      }
      break;
    }
    i++;
    taken++;
  }
  return i;
}

/** Parse a commitment sentence's main clause. */
export function parseClause(sentence: string): Clause {
  // list marks and a leading subordinate clause are not the main clause
  let start = /^[\s\-–•▪(]*/u.exec(sentence)?.[0].length ?? 0;
  const lead = LEADING_SUBORDINATE.exec(sentence.slice(start));
  // only when the main clause follows with its finite verb first ("Zoals toegezegd, stuur ik ...")
  if (lead) {
    const next = words(sentence.slice(start + lead[0].length, start + lead[0].length + 60));
    if (FINITE.has(next[0]?.lower ?? '') || /^(?:ik|wij|we|het|de|u)$/.test(next[1]?.lower ?? ''))
      start += lead[0].length;
  }
  let rest = sentence.slice(start);
  const end = MAIN_END.exec(rest);
  if (end && end.index > 0) rest = rest.slice(0, end.index);
  const ws = words(rest, start);
  const n = ws.length;
  const clause: Clause = {
    text: sentence,
    words: ws,
    finite: -1,
    subject: [0, 0],
    cluster: [n, n],
    passive: false,
  };
  if (n === 0) return clause;

  // the finite verb: right after a subject pronoun at the start, else the first word that looks finite
  let finite = -1;
  const first = ws[0];
  if (first && PRONOUN.has(first.lower) && first.lower !== 'er') finite = 1;
  else if (first && /^(?:het|dit|dat|er)$/.test(first.lower) && FINITE.has(ws[1]?.lower ?? '')) finite = 1;
  else {
    // a word right before a subject pronoun is the finite verb of an inverted clause ("stuur ik", "deze zal ik")
    for (let i = 1; i < Math.min(n, 30); i++) {
      const w = ws[i];
      if (w && /^(?:ik|wij|we)$/.test(w.lower) && !DETERMINER.has(ws[i - 1]?.lower ?? '')) {
        finite = i - 1;
        break;
      }
      if (looksFinite(ws, i) && i > 0) {
        finite = i;
        break;
      }
    }
  }
  clause.finite = finite;
  if (finite < 0) return clause;

  // the subject: the first phrase, unless it is fronted (a time, a phrase, an object "Deze"), then the phrase after the verb
  const after = ws[finite + 1];
  // (a subject pronoun first is the subject: "Ik verwacht u ...")
  const fronted =
    !(first !== undefined && /^(?:ik|wij|we)$/.test(first.lower)) &&
    ((first !== undefined &&
      (FRONT.has(first.lower) || /^\p{N}/u.test(first.word) || /^Q\d$/i.test(first.word))) ||
      (after !== undefined && /^(?:ik|wij|we|u)$/.test(after.lower) && finite > 0));
  if (!fronted && !frontedTime(ws, finite) && finite > 0) clause.subject = [0, finite];
  else if (after && isParticiple(after) && /^(?:wordt|worden|werd|werden)$/.test(ws[finite]?.lower ?? '')) {
    // "Daarnaast wordt ingezet op ...": an impersonal passive, no subject
    clause.subject = [finite + 1, finite + 1];
  } else if (after) {
    let from = finite + 1;
    if (after.lower === 'er' && ws[from + 1]) from++;
    // "zal naar verwachting het kabinet": skip adverbs before the subject
    const to = phraseEnd(ws, from, n, 2);
    clause.subject = [from, Math.max(from, to)];
  }

  // the verb cluster: the first run of verb-like words after the subject that ends the clause or is followed by a phrase
  const from = Math.max(clause.subject[1], finite + 1);
  for (let i = from; i < n; i++) {
    const w = ws[i];
    if (!w || !isVerbLike(w)) continue;
    const before = ws[i - 1]?.lower ?? '';
    if (DETERMINER.has(before) || (PREPOSITION.has(before) && before !== 'om' && w.lower !== 'te')) continue;
    let j = i;
    while (j < n && isVerbLike(ws[j])) j++;
    const next = ws[j];
    if (next && !/^[,;:–]$/.test(next.word) && !PREPOSITION.has(next.lower) && !CLAUSE_OPENER.has(next.lower))
      continue;
    clause.cluster = [i, j];
    break;
  }
  const verbs = [ws[finite], ...ws.slice(clause.cluster[0], clause.cluster[1])];
  // worden as the finite verb, or in the cluster of a modal ("zal ... worden aangeboden"); not "is dat ... wordt"
  clause.passive =
    /^(?:wordt|worden|werd|werden|word|zal|zullen|kan|kunnen|moet|moeten|mag|mogen)$/.test(
      ws[finite]?.lower ?? '',
    ) &&
    verbs.some((w) => w && /^(?:wordt|worden|werd|werden|word)$/.test(w.lower)) &&
    verbs.some((w) => w !== ws[finite] && isParticiple(w));
  if (!clause.passive && ws[finite] && /^(?:wordt|worden)$/.test(ws[finite]?.lower ?? '')) {
    // "In 2023 wordt door het RIVM een notitie opgesteld": the participle closes the clause
    const last = ws[n - 1];
    if (isParticiple(last)) {
      clause.passive = true;
      clause.cluster = [n - 1, n];
    }
  }
  return clause;
}

/** The text of words [from, to) as written in the sentence. */
export function span(clause: Clause, from: number, to: number): string | null {
  const a = clause.words[from];
  const b = clause.words[to - 1];
  if (!a || !b || to <= from) return null;
  return clause.text.slice(a.index, b.end);
}

/** The lexical verb of the cluster as an infinitive (participles turned back), or null. */
export function clusterVerb(clause: Clause): { verb: string; at: number } | null {
  const [from, to] = clause.cluster;
  if (to <= from) return null;
  const ws = clause.words;
  const perfect = [ws[clause.finite], ...ws.slice(from, to)].some(
    (w) => w !== undefined && /^(?:wordt|worden|werd|werden|zijn|is|hebben|heeft|ben)$/.test(w.lower),
  );
  for (let i = to - 1; i >= from; i--) {
    const w = ws[i];
    if (!w || CLUSTER_AUXILIARY.has(w.lower)) continue;
    const participle = isParticiple(w) && (perfect || !isInfinitive(w.word));
    return { verb: participle ? participleToInfinitive(w.word) : w.lower, at: i };
  }
  // only auxiliaries ("gereed te hebben"): the last of them
  const last = ws[to - 1];
  return last && last.lower !== 'te' ? { verb: last.lower, at: to - 1 } : null;
}
