/**
 * Commitments: sentences in which the government says something WILL be done, or is planned or
 * expected, at a time ("Het kabinet zal in het eerste kwartaal van 2025 ...", "Het streven is om voor
 * de zomer van 2025 ...", "In 2026 start ..."), told apart from reports of what already happened
 * ("Op 22 oktober jl. heeft de minister ... gestuurd", "Eind mei is ... gepubliceerd").
 *
 * The decision uses Dutch grammar, not lists of sentences:
 * - future and intention forms: zal/zullen + infinitive, streven (naar), voornemens / het voornemen,
 *   van plan, beogen, (naar) verwachting / verwachten, is voorzien / gepland, is de bedoeling,
 *   Kamerbrief idiom in the present with inverted subject ("informeer ik uw Kamer", "ontvangt uw Kamer",
 *   "stuur ik", "kom ik terug"); weaker: gaan + infinitive, volgt, "te sturen/informeren".
 * - past forms: perfect tense (hebben/zijn + participle: ge-...-d/t/en, separable aan-ge-boden,
 *   unprefixed be-/ver-/ont-/her-/er-), simple past (werd, was, gingen, -eerde, ...), jl., PAST_REF.
 * - the time: a time expression wholly before the letter date makes the statement past; a present-tense
 *   sentence counts only with an explicit time after the letter date ("In 2026 start ...").
 * - habitual statements ("jaarlijks", "normaliter") are not commitments unless a future form is used.
 * - mood and speaker (mood.ts): a member's reported question ("Ook vroeg de heer X naar ..."), the
 *   conditional ("zouden fusies na 2019 ..."), a state in force up to a time ("loopt tot 2025"), a
 *   forecast ("de uitgaven stijgen in 2026", "het CPB verwacht") and the letter's own performative
 *   ("Hierbij stuur ik ...") are not promises.
 * - a deed (simple past, or the perfect with hebben: "heeft ingezet op ... in 2020") is past whatever
 *   its object's time, unless the time is in the reported content ("heeft aangekondigd dat ... in
 *   2026", "heeft besloten om ... in 2026"); "is in 2026 afgerond" (zijn + participle) is a state.
 * - the role of each time (time-role.ts): a date line, a name's year, a covered period, a goal in
 *   an om-te clause or a noun's attribute does not date a present-tense statement.
 * The governing time expression is the one put first in the clause ("Vanaf 2023 komt er ..."), else
 * the named (not vague) future one nearest to a future/intention form.
 */

import { isGloss } from '../layout/footnotes.js';
import type { KDocument, Sentence } from '../model/document.js';
import type { Commitment, When } from '../model/letter.js';
import { splitSentences } from '../structure/sentences.js';
import {
  decidedAt,
  isConditional,
  isForecast,
  isInForce,
  isOwnExpectation,
  isPresentOfSending,
  isReportedQuestion,
  notFeasibleAt,
  performativeAt,
} from './mood.js';
import { regionsInText } from './regions.js';
import { findTimeExpressions, type TimeExpression } from './time/index.js';
import { purposeRanges, TIME_NOUNS, type TimeRole, timeRole } from './time-role.js';
import type { Extractor } from './types.js';
import { eachWord, type WordStarts, wordStarts } from './word-starts.js';

const L = '\\p{L}\\p{N}';
/** A whole word or phrase, case-insensitive, Unicode-aware boundaries. */
const words = (alternatives: string, flags = 'giu') =>
  new RegExp(`(?<![${L}])(?:${alternatives})(?![${L}])`, flags);

/**
 * A whole word or phrase whose alternatives all start with a letter, for `eachWord`: the left
 * boundary is checked by hand. As the pattern's first element, the look-behind kept irregexp from
 * skipping ahead to where an alternative can start: four times slower on sentences. (word-starts.ts
 * finds the places faster still, by a plain pattern behind \b.)
 */
const wordsAfterBoundary = (alternatives: string): WordStarts => wordStarts(alternatives);

function hasWord(re: WordStarts, text: string): boolean {
  let found = false;
  eachWord(re, text, () => {
    found = true;
    return true;
  });
  return found;
}

/** Future and intention forms that make a sentence a promise or a plan on their own. */
const STRONG_FUTURE = wordsAfterBoundary(
  [
    'zal',
    'zullen',
    'zult',
    'stre(?:ef|eft|ven)',
    'streven\\s+(?:is|naar|ernaar)',
    'voornemens',
    '(?:het|mijn|ons)\\s+voornemen',
    'van\\s+plan',
    'beo(?:og|ogt|gen)',
    'naar\\s+verwachting',
    '(?:de|mijn|onze)\\s+verwachting',
    'verwacht(?:en)?',
    '(?:is|zijn|staat|staan|wordt|worden)\\s+(?:\\S+\\s+){0,3}?(?:voorzien|gepland|ingepland|beoogd)',
    '(?:is|wordt)\\s+(?:het|de)\\s+(?:bedoeling|planning|inzet)',
    'bedoeling\\s+is',
    'planning\\s+is',
    '(?:informeer|informeren|stuur|sturen|zend|zenden|bericht|berichten|rapporteer|rapporteren|kom|komen)\\s+(?:ik|wij|we)',
    // the same in the subject-first order: "Ik informeer uw Kamer begin januari ..."
    // ("sturen" also steers: "we sturen aan op ...", so only with the Kamer as object)
    '(?:ik|wij|we)\\s+(?:informeer|informeren|zend|zenden|bericht|berichten|rapporteer|rapporteren|(?:stuur|sturen)\\s+(?:u|uw\\s+kamer|de\\s+kamer))',
    '(?:ontvangt|ontvangen)\\s+(?:uw\\s+kamer|u)',
    'ga\\s+ik|gaan\\s+(?:wij|we)',
    'toegezegd|toezegging|toe\\s+te\\s+zeggen|zeg\\s+(?:ik|wij|we)\\s+(?:\\S+\\s+){0,4}?toe',
    // "kunt u ... tegemoet zien": the Kamer can expect it (a promise to send)
    'tegemoet\\s+(?:te\\s+)?zien|tegemoetzien',
  ].join('|'),
);

/** Verbs of expectation used in the past or as comparison are not plans: "hoger dan verwacht". */
const NOT_EXPECTATION = /(?:dan|zoals|als|onverwacht)\s+$/iu;

/** A subject right before the verb: "Het CPB verwacht", "De Europese Commissie verwacht". */
const SUBJECT_BEFORE = /(?:^|[^\p{L}])(?:het|de)(?:\s+[\p{L}-]+){1,3}\s+$/iu;

/** "de verwachting van <someone>". */
const THEIR_EXPECTATION = /^de\s+verwachting\s+van\s/iu;

/** Weaker signs of a future: they count together with a time after the letter date. */
const WEAK_FUTURE = wordsAfterBoundary(
  [
    'gaan',
    'gaat',
    'ga',
    'volgt',
    'volgen',
    'start',
    'starten',
    'begint',
    'beginnen',
    'wil',
    'willen',
    'wordt',
    'worden',
    'te\\s+(?:sturen|zenden|informeren|publiceren|presenteren|delen|nemen|maken|starten|komen)',
  ].join('|'),
);

/** Simple past forms (strong and frequent weak verbs). */
const SIMPLE_PAST = wordsAfterBoundary(
  [
    'werd',
    'werden',
    'was',
    'waren',
    'had',
    'hadden',
    'ging',
    'gingen',
    'kwam',
    'kwamen',
    'vond',
    'vonden',
    'nam',
    'namen',
    'gaf',
    'gaven',
    'sprak',
    'spraken',
    'besloot',
    'bleek',
    'bleken',
    'stond',
    'stonden',
    'kreeg',
    'kregen',
    'liet',
    'lieten',
    'hield',
    'hielden',
    'begon',
    'begonnen',
    'schreef',
    'schreven',
    'bood',
    'boden',
    'deed',
    'deden',
    'zag',
    'zagen',
    'koos',
    'kozen',
    'bracht',
    'brachten',
    'dacht',
    'dachten',
    'zocht',
    'zochten',
    'stelde',
    'stelden',
    'maakte',
    'maakten',
    'stuurde',
    'stuurden',
    'legde',
    'legden',
    'meldde',
    'meldden',
    'toonde',
    'toonden',
    'werkte',
    'werkten',
    'leidde',
    'leidden',
    'startte',
    'startten',
    'verscheen',
    'vroeg',
    'vroegen',
    'zou',
    'zouden',
    'jl\\.?',
    'jongstleden',
  ].join('|'),
);

/**
 * The simple past of verbs in -eren ("informeerde", "realiseerden"), apart from SIMPLE_PAST: an
 * alternative that starts with any letter would be tried at every place of every word without the
 * look-behind, so it keeps it, and it runs only on a text with "eerd" in it.
 */
const PAST_OF_EREN_ALTERNATIVE = '(?!ge)\\p{L}{2,}eerden?';
const PAST_OF_EREN = words(PAST_OF_EREN_ALTERNATIVE);
const HAS_EERD = /eerd/i;

/**
 * Where the simple past forms are: the positions of words(SIMPLE_PAST's alternatives and
 * PAST_OF_EREN's), which start at a word's start and end at its end, so the two sets join.
 */
function simplePastPositions(text: string): number[] {
  const literal = wordPositions(SIMPLE_PAST, text);
  if (!HAS_EERD.test(text)) return literal;
  const eren = positions(PAST_OF_EREN, text);
  if (eren.length === 0) return literal;
  return [...new Set([...literal, ...eren])].sort((a, b) => a - b);
}

/** Past participles: ge-form, separable prefix + ge-form, or unprefixed be-/ver-/ont-/her-/er- verbs. */
const PARTICIPLE =
  /^(?:(?:aan|af|bij|door|in|mee|mede|na|om|op|over|toe|uit|vast|voor|weg|terug|samen|tot|plaats|bekend|kennis|vrij|los|neer|rond|teweeg|tegemoet|goed|dicht|open|vrij|stil|voort|achter|tegen)?ge\p{L}{2,}(?:d|t|en)|(?:aan|af|bij|door|in|mee|na|om|op|over|toe|uit|weg|terug|tot|plaats)?ge(?:d|g|st)aan|(?:be|ver|ont|her|er)\p{L}{2,}(?:d|t|en))$/iu;

/** Participles that describe a plan or a state, not a past event: "is voorzien", "is bekend". */
const STATIVE = new Set(
  'voorzien gepland ingepland beoogd verwacht bekend bedoeld gewenst gericht betrokken gelegen gevestigd geneigd genoodzaakt verplicht bereid benieuwd bewust belast bevoegd verbonden gebaseerd opgenomen bepaald beschikbaar gebonden geregeld gesteld verankerd gekoppeld verdeeld gegarandeerd geborgd gemoeid gemaand gekend erkend'.split(
    ' ',
  ),
);

/** Habitual and generic statements. */
const HABITUAL = wordsAfterBoundary(
  'jaarlijks|normaliter|gewoonlijk|doorgaans|telkens|steeds|elk\\s+jaar|ieder\\s+jaar|elke\\s+keer',
);

/** Clause boundaries for the auxiliary-participle search. */
const CLAUSE_BREAK = /^[;:]$|^(?:maar|terwijl|omdat|zodat|waarna|waarbij)$/iu;

const TOKEN = /[\p{L}\p{N}][\p{L}\p{N}’'-]*|[;:]/gu;

interface Token {
  word: string;
  index: number;
}

/** The tokens of a text (the first `limit` of them). */
function tokenize(text: string, limit = Number.POSITIVE_INFINITY): Token[] {
  const tokens: Token[] = [];
  TOKEN.lastIndex = 0;
  for (let m = TOKEN.exec(text); m !== null && tokens.length < limit; m = TOKEN.exec(text)) {
    tokens.push({ word: m[0], index: m.index });
  }
  return tokens;
}

/** Positions of perfect-tense constructions: an auxiliary with a past participle in the same clause. */
const AUXILIARY = wordsAfterBoundary('heb|hebt|heeft|hebben|had|hadden|ben|bent|is|zijn|was|waren');

const isParticiple = (t: Token | undefined) =>
  t !== undefined && PARTICIPLE.test(t.word) && !STATIVE.has(t.word.toLowerCase());

/**
 * Positions of perfect-tense constructions: an auxiliary with a past participle in the same clause
 * (within 13 words after it), or right before it in subordinate order ("... aangeboden hebben").
 * Only a window around each auxiliary is tokenised, so long texts stay cheap.
 */
function perfectPositions(text: string): Array<[number, string]> {
  const auxiliaries: Array<[number, string]> = [];
  eachWord(AUXILIARY, text, (index, word) => {
    auxiliaries.push([index, word]);
    return false;
  });
  const out: Array<[number, string]> = [];
  for (const [index, auxiliary] of auxiliaries) {
    // Only the first 14 tokens of the window are ever read.
    const after = tokenize(text.slice(index, index + 240), 14);
    let found = false;
    for (let j = 1; j < Math.min(after.length, 14); j++) {
      const t = after[j];
      if (!t || CLAUSE_BREAK.test(t.word)) break;
      if (isParticiple(t)) {
        found = true;
        break;
      }
    }
    if (!found) {
      const previous = tokenize(text.slice(Math.max(0, index - 40), index)).at(-1);
      const clauseFinal = index + 240 >= text.length && after.length <= 2;
      found = isParticiple(previous) && (clauseFinal || /^(?:is|zijn|heeft|hebben)$/i.test(auxiliary));
    }
    if (found) out.push([index, auxiliary]);
  }
  return out;
}

/** Auxiliaries of the active perfect ("heeft ... ingezet"): a deed done, unlike "is ... afgerond" (a state). */
const HAVE = /^(?:heb|hebt|heeft|hebben|had|hadden)$/i;

function positions(re: RegExp, text: string, guard?: (index: number) => boolean): number[] {
  const out: number[] = [];
  for (const m of text.matchAll(re)) {
    const index = m.index ?? 0;
    if (!guard || guard(index)) out.push(index);
  }
  return out;
}

/** `positions` of a `wordsAfterBoundary` pattern. */
function wordPositions(re: WordStarts, text: string, guard?: (index: number) => boolean): number[] {
  const out: number[] = [];
  eachWord(re, text, (index) => {
    if (!guard || guard(index)) out.push(index);
    return false;
  });
  return out;
}

export interface SentenceAnalysis {
  strongFuture: number[];
  weakFuture: number[];
  past: number[];
  /** A simple past or an active perfect ("werd", "heeft ... ingezet"): something done, not a state. */
  deed: boolean;
  /** Someone else expects it ("Het CPB verwacht", "de verwachting van het COA"): a forecast. */
  othersExpect: boolean;
  habitual: boolean;
}

/** The word starting at lastIndex (sticky: no copy of the rest of the text). */
const WORD_AT = /\p{L}+/uy;

/** The grammatical signs of tense and intention in a sentence, with their char offsets. */
export function analyseSentence(text: string): SentenceAnalysis {
  let othersExpect = false;
  const strongFuture = wordPositions(STRONG_FUTURE, text, (i) => {
    WORD_AT.lastIndex = i;
    const word = WORD_AT.exec(text)?.[0]?.toLowerCase() ?? '';
    // "Het CPB verwacht ...": a third party's forecast, not the government's plan
    if (word.startsWith('verwacht')) {
      if (NOT_EXPECTATION.test(text.slice(Math.max(0, i - 12), i))) return false;
      if (isOwnExpectation(text, i) || !SUBJECT_BEFORE.test(text.slice(Math.max(0, i - 60), i))) return true;
      othersExpect = true;
      return false;
    }
    // "De verwachting van het COA is ...": someone else's expectation
    if (word === 'de' && THEIR_EXPECTATION.test(text.slice(i, i + 40))) {
      othersExpect = true;
      return false;
    }
    return true;
  });
  const weakFuture = wordPositions(WEAK_FUTURE, text);
  const simplePast = simplePastPositions(text);
  const perfect = perfectPositions(text);
  const past = [...simplePast, ...perfect.map(([i]) => i)].sort((a, b) => a - b);
  const deed = simplePast.length > 0 || perfect.some(([, auxiliary]) => HAVE.test(auxiliary));
  return { strongFuture, weakFuture, past, deed, othersExpect, habitual: hasWord(HABITUAL, text) };
}

const DAY = 86_400_000;

/** Words that anchor a relative expression to the letter date ("komend voorjaar", "dit jaar", "1 juli a.s."). */
const RELATIVE_ANCHOR =
  /\b(?:dit|deze|komende?|volgende?|vorige?|afgelopen|aanstaande|jaar|binnenkort)\b|a\.s\.|jl\./i;
const toTime = (iso: string | null) => (iso ? Date.parse(`${iso}T00:00:00Z`) : null);

interface Placed {
  expression: TimeExpression;
  /** The whole interval lies before the letter date. */
  past: boolean;
  /** The whole interval lies after the letter date (or the expression looks forward: FUTURE_REF). */
  future: boolean;
  /** A vague, long period ("de komende jaren"): counts only with an explicit future form. */
  vagueLong: boolean;
  /** Written without a year and not anchored by a relative word ("in december", "in het voorjaar"). */
  loose: boolean;
  /** What the time does in the sentence (see time-role.ts); null: it says when. */
  role: TimeRole;
}

function place(expression: TimeExpression, ref: number | null, role: TimeRole = null): Placed {
  const start = toTime(expression.start);
  const end = toTime(expression.end);
  const isFutureRef = expression.timex === 'FUTURE_REF';
  const isPastRef = expression.timex === 'PAST_REF';
  const past = isPastRef || role === 'earlier' || (ref !== null && end !== null && end < ref);
  // Mostly after the letter date: wholly after it, a deadline or period end still ahead
  // ("eind dit jaar", "voor de zomer"), or a period most of which is still to come ("dit jaar" in February).
  let future = isFutureRef;
  if (!future && ref !== null && start !== null && start > ref) future = true;
  if (!future && ref !== null && (end === null || end >= ref)) {
    if (expression.modifier === 'before' || expression.modifier === 'end') future = end !== null;
    else if (start !== null && end !== null) future = end - ref > ref - start;
    // "Vanaf 2023 komt er ..." in February 2023: from this year on (not "sinds", which looks back)
    else if (expression.modifier === 'after' && start !== null && end === null)
      future = expression.timex === String(new Date(ref).getUTCFullYear()) && !SINCE.test(expression.text);
  }
  if (role === 'earlier') future = false;
  const vagueLong = isFutureRef && (end === null ? false : ref !== null && end - ref > 366 * DAY);
  const loose =
    expression.relative &&
    !isFutureRef &&
    !isPastRef &&
    !/\d/.test(expression.text) &&
    !RELATIVE_ANCHOR.test(expression.text);
  return { expression, past, future, vagueLong, loose, role };
}

const SINCE = /^(?:sinds|sedert)\s/i;

/** "de brief van 12 mei 2024", "de Raadsconclusies van 1 december 2020", "het advies d.d. 3 juni": a document's date. */
const DOCUMENT_DATE_BEFORE = /(\p{L}+)\s+(?:van|d\.d\.)\s+$/u;

/** A date or month that names when a document was issued, not when something will happen. */
function isDocumentDate(text: string, e: TimeExpression): boolean {
  if (!e.timex || e.timex.length < 7 || /^[A-Z_]+$/.test(e.timex)) return false;
  const window = text.slice(Math.max(0, e.index - 40), e.index);
  // The pattern ends in "van" or "d.d." and white space: only such a window is tried.
  const tail = window.trimEnd();
  if (tail.length === window.length || !(tail.endsWith('van') || tail.endsWith('d.d.'))) return false;
  const before = DOCUMENT_DATE_BEFORE.exec(window);
  return before?.[1] !== undefined && !TIME_NOUNS.has(before[1].toLowerCase());
}

/** Distance from an expression to the nearest cue; `cues` is sorted (binary search keeps long texts linear-ish). */
function distance(expression: TimeExpression, cues: readonly number[]): number {
  if (cues.length === 0) return 0;
  let lo = 0;
  let hi = cues.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((cues[mid] ?? 0) < expression.index) lo = mid + 1;
    else hi = mid;
  }
  const after = cues[lo];
  const before = cues[lo - 1];
  return Math.min(
    after === undefined ? Number.POSITIVE_INFINITY : after - expression.index,
    before === undefined ? Number.POSITIVE_INFINITY : expression.index - before,
  );
}

export const UNDATED: When = {
  text: '',
  timex: null,
  modifier: null,
  start: null,
  end: null,
  relative: false,
};

/**
 * Whether a sentence is a commitment, and its governing time. Returns null when it is not one;
 * `when` is UNDATED for a promise without a time (listed only on request).
 */
export function classifySentence(
  text: string,
  letterDate: string | null,
  requireTime = false,
): { when: When } | null {
  const result = classifyTimed(text, letterDate, requireTime);
  return result && { when: onTheDay(text, result.when) };
}

function classifyTimed(text: string, letterDate: string | null, requireTime: boolean): { when: When } | null {
  // Only a sentence with a time in it can be a dated commitment: the grammar is read only then.
  const refDate = letterDate ? new Date(`${letterDate}T00:00:00Z`) : null;
  if (requireTime && findTimeExpressions(text, refDate).length === 0) return null;
  // Clauses joined by a semicolon are judged on their own: "Vorige week heb ik ... gesproken; volgende week spreek ik ...",
  // and so are list items run together after a full stop ("... aan te bieden. - Vanaf 2023 komt er ...").
  const clauses = text.split(CLAUSE_SPLIT);
  if (clauses.length > 1) {
    const results = clauses.map((c) => classifyClause(c, letterDate));
    return (
      results.find((r) => r !== null && r.when.timex !== null) ?? results.find((r) => r !== null) ?? null
    );
  }
  return classifyClause(text, letterDate);
}

/** Nothing but a list mark or an opening bracket before the time: it opens the clause. */
const FRONTED = /^[\s\-–•▪(]*$/u;

/** A semicolon, or a list item's dash or bullet right after a full stop. */
const CLAUSE_SPLIT = /;\s+|(?<=[.!?])\s+[-–•▪]\s+/u;

/** Requests by parliament ("De motie verzoekt de regering om ...") are not the government's own promises. */
const REQUEST = wordsAfterBoundary(
  'verzoekt|verzoeken|verzocht|roept|constaterende|overwegende|spreekt\\s+uit',
);

/** A leading conditional or temporal clause: "Als het wetsvoorstel in 2025 wordt aangenomen, ...". */
const LEADING_CONDITION = /^(?:als|indien|wanneer|zodra|nadat|mits|tenzij)\s[^,]{0,300},/iu;

function classifyClause(text: string, letterDate: string | null): { when: When } | null {
  // A question asks, it does not promise: "Bent u bereid om voor 1 januari 2025 ...?"
  if (/\?\s*["”’)]?\s*$/u.test(text)) return null;
  const condition = LEADING_CONDITION.exec(text);
  const conditionEnd = condition ? condition[0].length : 0;
  const analysis = analyseSentence(text);
  // "Hierbij stuur ik u ...": the letter itself does the sending, now.
  // (only a future cue can be the present of sending)
  const performative = analysis.strongFuture.length > 0 ? performativeAt(text) : -1;
  if (performative >= 0) {
    analysis.strongFuture = analysis.strongFuture.filter((i) => !isPresentOfSending(text, i, performative));
  }
  // "... dat het niet mogelijk blijkt om uw Kamer voor eind 2025 te informeren": what will not be done,
  // unless a future form after it makes a promise of its own ("..., maar ik zal u in maart informeren").
  const notFeasible = notFeasibleAt(text);
  if (notFeasible >= 0 && !analysis.strongFuture.some((i) => i > notFeasible)) return null;
  const ref = toTime(letterDate);
  const hasStrong = analysis.strongFuture.length > 0;
  // "De uitgaven zullen in 2026 stijgen": a forecast of a figure, unless the government is the subject.
  if (hasStrong && onlyWillOrShall(text, analysis.strongFuture) && isForecast(text)) return null;
  const hasPast = analysis.past.length > 0;
  const prefer = hasStrong ? 'future' : hasPast ? 'past' : 'nearest';
  const refDate = letterDate ? new Date(`${letterDate}T00:00:00Z`) : null;
  const purposes = purposeRanges(text);
  const placed = findTimeExpressions(text, refDate, { prefer })
    .filter(
      (e) =>
        (e.timex !== null || e.relative) &&
        !isDocumentDate(text, e) &&
        !(letterDate && e.timex === letterDate),
    )
    .map((e) => place(e, ref, timeRole(text, e, purposes)))
    // a date line says nothing about when
    .filter((p) => p.role !== 'dateline');
  const cues = [...analysis.strongFuture, ...analysis.weakFuture].sort((a, b) => a - b);
  const nearest = (list: Placed[]): Placed | undefined => {
    // A time put first, before the finite verb ("Vanaf 2023 komt er ...", "In 2030 koopt de overheid
    // ..."), is the main clause's time (Dutch verb-second order).
    const fronted = list.find(
      (p) => p.expression.index < 8 && FRONTED.test(text.slice(0, p.expression.index)),
    );
    if (fronted) return fronted;
    let best: Placed | undefined;
    let bestDistance = Number.POSITIVE_INFINITY;
    for (const p of list) {
      // the main clause's time governs, not the condition's
      const d = distance(p.expression, cues) + (p.expression.index < conditionEnd ? text.length : 0);
      if (best === undefined || d < bestDistance) [best, bestDistance] = [p, d];
    }
    return best;
  };

  // "Ook vroeg de heer X naar ...": the member asks; the answer, if any, is another sentence.
  // (asked only on the way to a promise: every other way ends in null as well)
  if (hasStrong && isReportedQuestion(text)) return null;
  if (hasStrong) {
    // Without a letter date, a time nearer to a past form than to a future one belongs to the past
    // ("... de Raadsconclusies van 1 december 2020 waarin ... is benadrukt").
    const timed = placed.filter(
      (p) =>
        !p.past &&
        (p.expression.timex !== null || ref === null) &&
        (ref !== null || !hasPast || distance(p.expression, cues) <= distance(p.expression, analysis.past)),
    );
    // the period something covers ("voor de periode 2024-2027") or a name's year ("het Belastingplan
    // 2026") dates a promise only when nothing else does ("bij de BO's MIRT 2025")
    const when = timed.filter((p) => p.role !== 'span' && p.role !== 'title');
    const candidates = when.length > 0 ? when : timed;
    const future = candidates.filter((p) => p.future);
    // a named time ("eind dit jaar") says more than a vague one ("de komende periode")
    const pick =
      nearest(future.filter((p) => p.expression.timex !== 'FUTURE_REF')) ??
      nearest(future) ??
      nearest(candidates);
    // A past report with a dated past event and only a vague future ("Op 31 mei 2010 waren er ... en
    // werden er op korte termijn nog twee verwacht") tells what was expected then.
    if (
      pick &&
      hasPast &&
      pick.expression.timex === 'FUTURE_REF' &&
      placed.some((p) => p.past && !p.expression.relative)
    ) {
      return null;
    }
    // "heb ik de toezegging gedaan uw Kamer begin 2014 te informeren" (in April 2014): a deed with a
    // time now mostly behind is a report of an earlier promise, not an open one
    // (the deed governs when it comes before the future form: not "..., die menen dat zij schade hebben geleden")
    if (
      pick &&
      analysis.deed &&
      ref !== null &&
      !pick.future &&
      (analysis.past[0] ?? Number.POSITIVE_INFINITY) < (analysis.strongFuture[0] ?? 0)
    )
      return null;
    if (pick) return { when: toWhen(pick.expression) };
    if (analysis.habitual) return null;
    return { when: UNDATED };
  }
  // Present tense, or a past form next to a time after the letter date ("is in 2026 afgerond").
  // A habitual statement ("normaliter in het voorjaar") needs an explicit, anchored time, and so does
  // any present tense: a vague time there ("zo spoedig mogelijk", "de komende periode moeten we
  // rekening houden met ...") is a manner or a circumstance, not the date of a plan; with a future
  // form ("Ik zal u zo spoedig mogelijk informeren") it counts.
  // A time that is a goal ("om ... in 2050 te halen"), a noun's attribute or a covered period does
  // not date a present-tense statement.
  const future = placed.filter(
    (p) =>
      p.future &&
      !p.vagueLong &&
      !p.loose &&
      p.expression.timex !== null &&
      p.expression.timex !== 'FUTURE_REF' &&
      p.role === null,
  );
  // Without such a time nothing below can date the sentence (every path picks from `future`).
  if (future.length === 0) return null;
  if (isReportedQuestion(text)) return null;
  if (hasWord(REQUEST, text)) return null;
  // Conditional mood, a forecast, or a state in force up to a time: no promise.
  if (isConditional(text) || isForecast(text) || analysis.othersExpect) return null;
  // ("loopt tot 2025", "geldt van 2021 t/m 2027": up to a time, or a period already running)
  if (
    isInForce(text) &&
    future.some(
      (p) =>
        p.expression.modifier === 'before' ||
        (ref !== null && p.expression.start !== null && (toTime(p.expression.start) ?? 0) < ref),
    )
  )
    return null;
  if (hasPast) {
    // a deed done ("heeft ingezet op ... in 2020") is past, whatever its object's time, unless the
    // time is in a reported clause after it ("heeft aangekondigd dat de regeling in 2026 wordt afgeschaft")
    // or the deed is a decision whose content is still to come ("heeft besloten om in 2026 ...")
    const content = Math.min(firstThatAfter(text, analysis.past[0]), decidedAt(text));
    if (analysis.deed && !future.some((p) => content < p.expression.index)) return null;
    const strictlyLater = future.filter((p) => p.expression.timex !== 'FUTURE_REF');
    const pick = nearest(strictlyLater);
    return pick && !placed.some((p) => p.past) ? { when: toWhen(pick.expression) } : null;
  }
  const pick = nearest(future);
  return pick ? { when: toWhen(pick.expression) } : null;
}

/**
 * Where the first "dat" (a complement clause) after the first past form is: a time after it is the
 * clause's, not the deed's. Infinity when there is none.
 */
const THAT = /(?<![\p{L}])dat(?![\p{L}])/giu;
function firstThatAfter(text: string, first: number | undefined): number {
  if (first === undefined) return Number.POSITIVE_INFINITY;
  THAT.lastIndex = first;
  const m = THAT.exec(text);
  return m ? m.index : Number.POSITIVE_INFINITY;
}

/** Whether every strong future cue is the auxiliary zal/zullen or "naar verwachting" (no intention verb). */
function onlyWillOrShall(text: string, cues: readonly number[]): boolean {
  return cues.every((i) =>
    /^(?:zal|zullen|zult|naar\s+verwachting)(?![\p{L}])/iu.test(text.slice(i, i + 20)),
  );
}

/**
 * The time as the contract gives it: a TIMEX3 date value or null. A vague time ("de komende jaren",
 * "binnenkort") is a time the letter names, not a date: its internal value (FUTURE_REF, PAST_REF)
 * and the span guessed from it stay inside, so it gets timex null and no start or end; `relative`
 * keeps it listed among the dated commitments.
 */
function toWhen(e: TimeExpression): When {
  if (e.timex !== null && VAGUE_TIMEX.has(e.timex))
    return { text: e.text, timex: null, modifier: null, start: null, end: null, relative: true };
  return {
    text: e.text,
    timex: e.timex,
    modifier: e.modifier,
    start: e.start,
    end: e.end,
    relative: e.relative,
  };
}

const VAGUE_TIMEX = new Set(['FUTURE_REF', 'PAST_REF', 'PRESENT_REF']);

/** Verbs of entry into force: an event that happens on one day ("treedt per 1 januari 2022 in werking"). */
const ENTRY_INTO_FORCE =
  /(?<![\p{L}])(?:in\s*werking\s+(?:treedt|treden|te\s+laten\s+treden|laten\s+treden)|inwerkingtreding|treedt\s+(?:\S+\s+){0,8}?in\s+werking|treden\s+(?:\S+\s+){0,8}?in\s+werking|gaat\s+(?:\S+\s+){0,6}?in(?![\p{L}])|ingaat|ingaan)/iu;

/**
 * "per 1 januari 2022" with a verb of entry into force is the day it happens (the law is in force
 * from then on, but the event, the entry, is on that day); with a verb of state ("geldt per ...") it
 * stays "after".
 */
function onTheDay(text: string, when: When): When {
  if (when.modifier !== 'after' || !when.timex || !/^\d{4}-\d\d-\d\d$/.test(when.timex)) return when;
  if (!/^(?:per|met\s+ingang\s+van|m\.i\.v\.)\s/iu.test(when.text) || !ENTRY_INTO_FORCE.test(text))
    return when;
  return { ...when, modifier: null, start: when.timex, end: when.timex };
}

function commitmentOf(sentence: Sentence, when: When, id: number): Commitment {
  return {
    id: `c${id}`,
    text: sentence.text,
    when,
    sectionId: sentence.sectionId,
    page: sentence.page,
    regions: regionsInText(sentence.text),
    // Placeholders until the commitment grammar classifies them (issue 14).
    kind: 'plan',
    actor: { text: null, normalized: null, government: true },
    action: null,
    deliverable: { text: null, key: null },
    toParliament: false,
  };
}

/** A footnote's sentences belong to the section whose text holds its marker: a plan printed in a note is the letter's too. */
function footnoteSentences(doc: KDocument): Sentence[] {
  const out: Sentence[] = [];
  for (const fn of doc.footnotes) {
    const at = doc.sentences.find((s) => s.footnotes.includes(fn.number));
    const sectionId = at?.sectionId ?? doc.sections[0]?.id;
    if (sectionId === undefined) continue;
    for (const s of splitSentences(fn.text))
      if (!isGloss(s.text)) out.push({ text: s.text, sectionId, page: fn.page, footnotes: [] });
  }
  return out;
}

export const commitmentsExtractor: Extractor = {
  name: 'commitments',
  run(doc: KDocument) {
    const letterDate = doc.metadata.date;
    let n = 0;
    for (const sentence of [...doc.sentences, ...footnoteSentences(doc)]) {
      const result = classifySentence(sentence.text, letterDate, !doc.options.undated);
      if (!result) continue;
      if (result.when.timex === null && !result.when.relative && !doc.options.undated) continue;
      doc.commitments.push(commitmentOf(sentence, result.when, ++n));
    }
  },
};

/** For tests: the patterns whose left boundary `eachWord` checks by hand, and `eachWord` itself. */
export const wordPatternsForTest = {
  STRONG_FUTURE,
  WEAK_FUTURE,
  HABITUAL,
  AUXILIARY,
  REQUEST,
  SIMPLE_PAST,
  eachWord,
};

/** For the property test: the simple past's fast path and the alternatives of the one pattern it replaces. */
export const simplePastForTest = {
  simplePastPositions,
  alternatives: `${SIMPLE_PAST.re.source.replace(/^\(\?:(.*)\)\(\?!\[[^\]]*\]\)$/, '$1')}|${PAST_OF_EREN_ALTERNATIVE}`,
};
