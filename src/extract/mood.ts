/**
 * Mood and speaker: sentences with a time in them that are not the government's own promise, told by
 * Dutch grammar.
 * - reported questions and requests of members of parliament: "Ook vroeg de heer X naar ...", "Het lid
 *   Y wil weten of ...", "De leden van de fractie vragen ..."; the Kamer asks, the government answers.
 * - the conditional mood (zou/zouden + infinitive): "Daardoor zouden fusies na 2019 ... kunnen": what
 *   would happen, not what will be done.
 * - verbs of being in force, with an end: "De huidige regeling loopt tot 2025", "De subsidie geldt tot
 *   en met 2027": a rule already in force, not a plan.
 * - forecasts: verbs of change ("stijgt", "daalt", "groeit", "neemt toe") tell what is expected to
 *   happen to a figure, and expectation with a third party as subject ("Het CPB verwacht ...").
 * - what cannot be done: "Hierbij deel ik u mee dat het niet mogelijk blijkt om uw Kamer voor eind 2025
 *   te informeren": the time is the deadline that will not be met (an uitstelbrief), not a promise.
 * - the performative present of the letter itself: "Hierbij stuur ik u ...", "Met deze brief informeer
 *   ik uw Kamer over ...": the sending is done by this letter, not promised.
 */
import { CHANGE_VERBS } from '../lexicon/verbs.js';
import { eachWord, type WordStarts, wordStarts } from './word-starts.js';

/**
 * A whole word or phrase. The left boundary is checked by hand (`findWord`): a look-behind as the
 * pattern's first element keeps irregexp from skipping ahead to where an alternative can start
 * (word-starts.ts finds the places by a plain pattern behind \b).
 */
const word = (alternatives: string): WordStarts => wordStarts(alternatives);

const LETTER_OR_DIGIT = /[\p{L}\p{N}]/u;

/** A letter or digit (UTF-16 unit) before offset i. */
const insideWord = (text: string, i: number) => i > 0 && LETTER_OR_DIGIT.test(text.charAt(i - 1));

/** The index of the first match of `w` that starts a word, or -1. */
function findWord(w: WordStarts, text: string): number {
  let found = -1;
  eachWord(
    w,
    text,
    (index) => {
      found = index;
      return true;
    },
    insideWord,
  );
  return found;
}

/** findWord by the pattern alone (the definition, for the property test). */
function findWordPlain(re: RegExp, text: string): number {
  re.lastIndex = 0;
  for (let m = re.exec(text); m !== null; m = re.exec(text)) {
    if (m.index === 0 || !LETTER_OR_DIGIT.test(text.charAt(m.index - 1))) return m.index;
    re.lastIndex = m.index + 1;
  }
  return -1;
}

const hasWord = (w: WordStarts, text: string) => findWord(w, text) >= 0;

/** Members of parliament and the Kamer as the subject of a sentence. */
const MEMBER = word(
  'de\\s+heer|mevrouw|het\\s+(?:kamer)?lid|de\\s+(?:kamer)?leden|de\\s+fractie|de\\s+fracties|de\\s+commissie|de\\s+vaste\\s+commissie',
);

/** Verbs of asking in reported speech. */
const ASKING = word(
  'vroeg|vroegen|vraagt|vragen\\s+(?:naar|of|om|wat|hoe|wanneer)|heeft\\s+gevraagd|hebben\\s+gevraagd|wil(?:len|de|den)?\\s+weten|informeerde(?:n)?\\s+naar|informeert\\s+naar|verzocht|verzoekt',
);

/** "Zoals (door de commissie) verzocht, ...", "Naar aanleiding van ...": the asking is a phrase of the government's sentence. */
const ANSWERING =
  /(?<![\p{L}])(?:zoals|conform|overeenkomstig|naar\s+aanleiding|op\s+verzoek|in\s+antwoord|in\s+reactie|tegemoet)(?![\p{L}])/iu;

/**
 * "Ook vroeg de heer Bisschop naar ...": a member's question, reported. Not when the asking is a
 * phrase of the government's own sentence ("Zoals de heer X vroeg, zal ik ...").
 */
export function isReportedQuestion(text: string): boolean {
  const asking = findWord(ASKING, text);
  if (asking < 0 || !hasWord(MEMBER, text)) return false;
  return !ANSWERING.test(text.slice(0, asking));
}

/** The conditional mood: zou/zouden. */
const CONDITIONAL = word('zou|zouden');

export function isConditional(text: string): boolean {
  return hasWord(CONDITIONAL, text);
}

/** Verbs of duration and validity: a state that runs until a time. */
const IN_FORCE = word(
  'loopt|lopen|liep|geldt|gelden|gold|duurt|duren|van\\s+kracht|looptijd|afloopt|aflopen|geldig',
);

/** "De huidige regeling loopt tot 2025": a state in force up to a time (the caller checks the bound). */
export function isInForce(text: string): boolean {
  return hasWord(IN_FORCE, text);
}

/** Verbs of change of a quantity, in the present or as the infinitive after zal/zullen. */
const CHANGE = word(CHANGE_VERBS);

/** The government or the writer as subject: "ik", "wij", "het kabinet", "de minister". */
const GOVERNMENT = word('ik|wij|we|kabinet|regering|minister|staatssecretaris|ministerie');

/** A forecast: a quantity that changes ("De uitgaven stijgen in 2026 tot ..."), not said of the government. */
export function isForecast(text: string): boolean {
  return hasWord(CHANGE, text) && !hasWord(GOVERNMENT, text);
}

/** Negated possibility and feasibility: "niet mogelijk", "niet haalbaar", "lukt (het) niet", "onmogelijk". */
const NOT_FEASIBLE = word(
  'niet\\s+(?:(?:meer|langer|goed)\\s+)?(?:mogelijk|haalbaar|lukt|lukken|gelukt|in\\s+staat)|lukt\\s+(?:het\\s+)?niet|onmogelijk|onhaalbaar',
);

/** Where a negated possibility is ("het is niet mogelijk om ..."): -1 when the sentence has none. */
export function notFeasibleAt(text: string): number {
  return findWord(NOT_FEASIBLE, text);
}

/** "Hierbij", "met deze brief", "bij deze": the letter does what the verb says, now. */
const PERFORMATIVE = word(
  'hierbij|hiermee|bij\\s+deze|(?:met|in|via|middels)\\s+(?:deze|de\\s+onderhavige)\\s+(?:kamer)?brief',
);

/** Where "hierbij", "met deze brief" is: -1 when the sentence has none. */
export function performativeAt(text: string): number {
  return findWord(PERFORMATIVE, text);
}

/** The present of sending and informing with inverted subject: "stuur ik", "informeer ik", "ontvangt uw Kamer". */
const PRESENT_OF_SENDING =
  /^(?:(?:ik|wij|we)\s+)?(?:informeer|informeren|stuur|sturen|zend|zenden|bericht|berichten|rapporteer|rapporteren|ontvangt|ontvangen|bied|bieden)\s/iu;

/**
 * Whether the future cue at `index` is the present of sending ("stuur ik") of the performative at
 * `at` (within a few words of it): "Hierbij stuur ik u ..., en voor de zomer stuur ik u ..." keeps the second.
 */
export function isPresentOfSending(text: string, index: number, at: number): boolean {
  return at >= 0 && Math.abs(index - at) <= 48 && PRESENT_OF_SENDING.test(text.slice(index, index + 20));
}

/** Participles of deciding and agreeing: what was decided is still to be done ("heeft besloten om in 2026 ..."). */
const DECIDED = word(
  'besloten|afgesproken|overeengekomen|toegezegd|aangekondigd|gekozen|voorgesteld|aangegeven|bepaald|vastgelegd',
);

/** Where the first participle of deciding is: Infinity when there is none. */
export function decidedAt(text: string): number {
  const at = findWord(DECIDED, text);
  return at < 0 ? Number.POSITIVE_INFINITY : at;
}

/** "verwacht" with the government as subject, or impersonal ("wordt verwacht", "verwacht wordt"). */
const EXPECTER =
  /(?:^|[^\p{L}])(?:ik|wij|we|kabinet|regering|minister|staatssecretaris|wordt|worden)(?:[^\p{L}]|$)/iu;

/** Whether "verwacht" at `index` is the government's (or impersonal) expectation, not a third party's forecast. */
export function isOwnExpectation(text: string, index: number): boolean {
  const around = text.slice(Math.max(0, index - 40), index + 30);
  return EXPECTER.test(around);
}

/** For the property test: the word patterns, the fast findWord and its definition. */
export const moodWordsForTest = {
  patterns: {
    MEMBER,
    ASKING,
    CONDITIONAL,
    IN_FORCE,
    CHANGE,
    GOVERNMENT,
    NOT_FEASIBLE,
    PERFORMATIVE,
    DECIDED,
  },
  findWord,
  findWordPlain,
};
