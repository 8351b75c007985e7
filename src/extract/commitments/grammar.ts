/**
 * The word lists and patterns of the commitment grammar: future and intention forms, the simple
 * past, past participles, habitual words, auxiliaries and requests by parliament.
 */
import { eachWord, type WordStarts, wordStarts } from '../word-starts.js';

export const L = '\\p{L}\\p{N}';
/** A whole word or phrase, case-insensitive, Unicode-aware boundaries. */
export const words = (alternatives: string, flags = 'giu') =>
  new RegExp(`(?<![${L}])(?:${alternatives})(?![${L}])`, flags);

/**
 * A whole word or phrase whose alternatives all start with a letter, for `eachWord`: the left
 * boundary is checked by hand. As the pattern's first element, the look-behind kept irregexp from
 * skipping ahead to where an alternative can start: four times slower on sentences. (word-starts.ts
 * finds the places faster still, by a plain pattern behind \b.)
 */
export const wordsAfterBoundary = (alternatives: string): WordStarts => wordStarts(alternatives);

export function hasWord(re: WordStarts, text: string): boolean {
  let found = false;
  eachWord(re, text, () => {
    found = true;
    return true;
  });
  return found;
}

/** Future and intention forms that make a sentence a promise or a plan on their own. */
export const STRONG_FUTURE = wordsAfterBoundary(
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
export const NOT_EXPECTATION = /(?:dan|zoals|als|onverwacht)\s+$/iu;

/** A subject right before the verb: "Het CPB verwacht", "De Europese Commissie verwacht". */
export const SUBJECT_BEFORE = /(?:^|[^\p{L}])(?:het|de)(?:\s+[\p{L}-]+){1,3}\s+$/iu;

/** "de verwachting van <someone>". */
export const THEIR_EXPECTATION = /^de\s+verwachting\s+van\s/iu;

/** Weaker signs of a future: they count together with a time after the letter date. */
export const WEAK_FUTURE = wordsAfterBoundary(
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
export const SIMPLE_PAST = wordsAfterBoundary(
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
export const PAST_OF_EREN_ALTERNATIVE = '(?!ge)\\p{L}{2,}eerden?';
export const PAST_OF_EREN = words(PAST_OF_EREN_ALTERNATIVE);
export const HAS_EERD = /eerd/i;

/** Past participles: ge-form, separable prefix + ge-form, or unprefixed be-/ver-/ont-/her-/er- verbs. */
export const PARTICIPLE =
  /^(?:(?:aan|af|bij|door|in|mee|mede|na|om|op|over|toe|uit|vast|voor|weg|terug|samen|tot|plaats|bekend|kennis|vrij|los|neer|rond|teweeg|tegemoet|goed|dicht|open|vrij|stil|voort|achter|tegen)?ge\p{L}{2,}(?:d|t|en)|(?:aan|af|bij|door|in|mee|na|om|op|over|toe|uit|weg|terug|tot|plaats)?ge(?:d|g|st)aan|(?:be|ver|ont|her|er)\p{L}{2,}(?:d|t|en))$/iu;

/** Participles that describe a plan or a state, not a past event: "is voorzien", "is bekend". */
export const STATIVE = new Set(
  'voorzien gepland ingepland beoogd verwacht bekend bedoeld gewenst gericht betrokken gelegen gevestigd geneigd genoodzaakt verplicht bereid benieuwd bewust belast bevoegd verbonden gebaseerd opgenomen bepaald beschikbaar gebonden geregeld gesteld verankerd gekoppeld verdeeld gegarandeerd geborgd gemoeid gemaand gekend erkend'.split(
    ' ',
  ),
);

/** Habitual and generic statements. */
export const HABITUAL = wordsAfterBoundary(
  'jaarlijks|normaliter|gewoonlijk|doorgaans|telkens|steeds|elk\\s+jaar|ieder\\s+jaar|elke\\s+keer',
);

/** Clause boundaries for the auxiliary-participle search. */
export const CLAUSE_BREAK = /^[;:]$|^(?:maar|terwijl|omdat|zodat|waarna|waarbij)$/iu;

export const TOKEN = /[\p{L}\p{N}][\p{L}\p{N}’'-]*|[;:]/gu;

/** Positions of perfect-tense constructions: an auxiliary with a past participle in the same clause. */
export const AUXILIARY = wordsAfterBoundary('heb|hebt|heeft|hebben|had|hadden|ben|bent|is|zijn|was|waren');

/** Auxiliaries of the active perfect ("heeft ... ingezet"): a deed done, unlike "is ... afgerond" (a state). */
export const HAVE = /^(?:heb|hebt|heeft|hebben|had|hadden)$/i;

/** Requests by parliament ("De motie verzoekt de regering om ...") are not the government's own promises. */
export const REQUEST = wordsAfterBoundary(
  'verzoekt|verzoeken|verzocht|roept|constaterende|overwegende|spreekt\\s+uit',
);
