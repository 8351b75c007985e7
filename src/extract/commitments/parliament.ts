/**
 * Whether the Kamer is the recipient: "aan uw Kamer", "aan de Tweede Kamer", "beide Kamers";
 * "ontvangt u", "kunt u ... tegemoet zien"; "u"/"uw Kamer" as the object of a verb of sending or
 * informing ("zal ik u mijn reactie toesturen", "zal ik uw Kamer informeren"); "met uw Kamer delen".
 * The Kamer as the one who asked ("de door uw Kamer aanvaarde motie") is not a recipient.
 */
import { letterBounded, testLetterBounded } from '../word-starts.js';

const KAMER = '(?:uw|de|beide)\\s+(?:(?:tweede|eerste)\\s+)?kamers?|de\\s+(?:tweede|eerste)\\s+kamer';

/**
 * "aan uw Kamer", "met uw Kamer": the Kamer as recipient or partner of sharing. As one pattern, `(?<![\\p{L}])(?:aan|naar)\\s+${KAMER}(?![\\p{L}])`: KAMER's second alternative
 * ("de Tweede Kamer" anywhere) stands on its own, and the first has no look-ahead.
 */
const TO_KAMER = letterBounded('(?:aan|naar)\\s+(?:uw|de|beide)\\s+(?:(?:tweede|eerste)\\s+)?kamers?', '');
const THE_KAMER = /de\s+(?:tweede|eerste)\s+kamer(?![\p{L}])/iu;

/** "ontvangt u", "ontvangt uw Kamer", "kunt u ... tegemoet zien", "u ontvangt". */
const RECEIVES = letterBounded(
  `(?:ontvangt|ontvangen|krijgt)\\s+(?:u|${KAMER})|(?:u|${KAMER})\\s+(?:ontvangt|krijgt|kunt\\s+(?:\\S+\\s+){0,12}?tegemoet\\s*(?:te\\s+)?zien)|met\\s+${KAMER}\\s+(?:\\S+\\s+){0,4}?(?:gedeeld|delen|deel)|kunt\\s+u\\s+(?:\\S+\\s+){0,12}?tegemoet\\s*(?:te\\s+)?zien`,
);

/** Verbs of sending, informing and sharing (the action's infinitive). */
const COMMUNICATE =
  /^(?:sturen|toesturen|zenden|toezenden|verzenden|informeren|berichten|rapporteren|aanbieden|delen|voorleggen|melden|geven|ontvangen|aanbieden|terugkomen|toelichten|presenteren|tegemoetzien|toezeggen|op\s+de\s+hoogte\s+houden|houden)$/;

/** The Kamer (or "u") as object, not as the one who asked ("door uw Kamer", "van uw Kamer", "uw Kamer heeft"). */
const KAMER_OBJECT = new RegExp(
  `(?<!(?:door|van|namens|aan)\\s+)(?<![\\p{L}])(?:${KAMER}|u)(?![\\p{L}])(?!\\s+(?:heeft|hebben|vroeg|verzocht|heb|is))`,
  'iu',
);

export function toParliament(text: string, action: string | null): boolean {
  if (testLetterBounded(TO_KAMER, text) || THE_KAMER.test(text) || testLetterBounded(RECEIVES, text))
    return true;
  return action !== null && COMMUNICATE.test(action) && KAMER_OBJECT.test(text);
}

/** For the property test: the patterns tested the fast way, and the one TO_KAMER and THE_KAMER replace. */
export const parliamentWordsForTest = {
  TO_KAMER,
  RECEIVES,
  THE_KAMER,
  toKamer: new RegExp(`(?<![\\p{L}])(?:aan|naar)\\s+${KAMER}(?![\\p{L}])`, 'iu'),
};
