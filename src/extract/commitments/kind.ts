/**
 * What a commitment is, by its grammar:
 * - `promise`: the government binds itself to an act: a future or present of its own act with the
 *   government (or the letter's writer, implicit) as actor ("zal ik uw Kamer informeren", "Op
 *   Prinsjesdag zal het kabinet ... bekend maken", "stuur ik u", "ontvangt u voor de zomer", "kunt u
 *   ... tegemoet zien", "zeg ik toe", "verwacht ik uw Kamer ... te informeren"), unless hedged;
 * - `plan`: an intention or schedule ("het streven is", "ben voornemens", "is voorzien", "de
 *   bedoeling is", "naar verwachting" said of its own act, "In 2026 start ...", a goal for a year),
 *   also what others will do on a schedule ("zal het RIVM in 2023 ... publiceren");
 * - `expectation`: a forecast about the world: "naar verwachting", "verwacht", "de verwachting is"
 *   or a verb of change ("stijgt", "daalt") with no government actor;
 * - `in-force`: a term or rule already fixed: entry into force ("treedt ... in werking", "de
 *   inwerkingtreding per ..."), validity and duration ("loopt tot", "geldt tot", "afloopt"), when
 *   nobody undertakes it ("Ik zal de wet ... in werking laten treden" is a promise).
 */
import { CHANGE_VERBS, ENTERS_INTO_FORCE } from '../../lexicon/verbs.js';
import type { CommitmentKind } from '../../model/letter.js';
import { type LetterBounded, letterBounded, letterGroup, testAllLetterBounded } from '../word-starts.js';
import type { ActorFields } from './actor.js';
import type { Clause } from './clause.js';

/** `(?<![\p{L}])(?:ALTERNATIVES)(?![\p{L}])` with flags iu, tested the fast way (word-starts.ts). */
const w = (alternatives: string): LetterBounded => letterBounded(alternatives);

/** Intention and schedule: the speaker plans, without binding itself. */
const INTENTION = w(
  'stre(?:ef|eft|ven)|voornemens|voornemen|van\\s+plan|beo(?:og|ogt|gen|ogd)|bedoeling|planning|voorzien|gepland|ingepland|voorstel\\s+is|(?:verwachting|inzet|doel)\\s+is\\s+om|inzet\\s+is|doel\\s+is|ambitie|zet(?:ten)?\\s+(?:\\S+\\s+){0,3}?in\\s+op|werkt\\s+(?:\\S+\\s+){0,3}?toe\\s+naar|(?:ik|wij|we)\\s+(?:\\S+\\s+){0,2}?(?:wil|willen|hoop|hopen)',
);

/**
 * A forecast's words: a verb of change, "verwacht" and "de verwachting is dat". "Naar verwachting"
 * alone hedges a schedule ("In 2025 zullen naar verwachting alle beoordelingen zijn afgerond" is a
 * plan of work), it does not make a forecast.
 */
const EXPECT = w(
  `verwacht(?:en|e)?|verwachting\\s+(?:van\\s+(?:\\S+\\s+){1,4}?)?is\\s+dat|verandert|veranderen|${CHANGE_VERBS}`,
);

/** The writer's own future act anywhere in the sentence ("..., en daarna zal ik een wetsvoorstel ..."). */
const OWN_FUTURE = w('(?:zal|zullen)\\s+(?:ik|wij|we)|(?:ik|wij|we)\\s+(?:zal|zullen)');

/** Hedges that make a promise a plan: "naar verwachting", "zo mogelijk", "indien mogelijk". */
const HEDGE = w('naar\\s+verwachting|zo\\s+mogelijk|indien\\s+mogelijk|waar\\s+mogelijk');

/** Entry into force, validity, duration. */
const IN_FORCE = w(
  `${ENTERS_INTO_FORCE}|loopt\\s+(?:\\S+\\s+){0,6}?(?:tot|af)|lopen\\s+(?:\\S+\\s+){0,6}?(?:tot|af)|afloopt|aflopen|geldt|gelden|van\\s+kracht|duurt|looptijd|vervalt|vervallen`,
);

/** The government undertakes the entry itself: "in werking laten treden", "zal ... laten ingaan". */
const UNDERTAKEN = w(
  'laten|laat|besluit\\s+(?:ik|het\\s+kabinet)|besluiten\\s+(?:wij|we)|zal\\s+(?:ik|het\\s+kabinet|wij|we)|zullen\\s+(?:wij|we)|stel\\s+ik\\s+voor|stellen\\s+(?:wij|we)\\s+voor',
);

/** Forms of binding oneself: the future, a present of sending, the Kamer receiving, a pledge. */
const FUTURE = /^(?:zal|zullen|zult|ga|gaat|gaan)$/;
const SENDING =
  /^(?:stuur|stuurt|sturen|zend|zendt|zenden|informeer|informeert|informeren|bericht|berichten|rapporteer|rapporteert|rapporteren|kom|komt|bied|biedt|bieden|ontvangt|ontvangen|kunt|zeg|zeggen)$/;
const PLEDGE = w(
  'zeg\\s+(?:ik|wij|we)\\s+(?:\\S+\\s+){0,6}?toe|toe\\s+te\\s+zeggen|tegemoet\\s*(?:te\\s+)?zien|ontvangt\\s+(?:u|uw\\s+kamer)',
);

/** The word lists of kindOf, tested in one pass over the clause. */
const KIND_WORDS = letterGroup([HEDGE, INTENTION, IN_FORCE, UNDERTAKEN, PLEDGE, OWN_FUTURE, EXPECT]);

export function kindOf(clause: Clause, actor: ActorFields, toParliament: boolean): CommitmentKind {
  const text = clause.text;
  const finite = clause.words[clause.finite]?.lower ?? '';
  const governmentActs = actor.government;
  const [hedge, intention, inForce, undertaken, pledge, ownFuture, expect] = testAllLetterBounded(
    KIND_WORDS,
    text,
  );
  const hedged = hedge && !toParliament;

  if (inForce && !undertaken && !intention) return 'in-force';
  if (governmentActs && !hedged && !intention) {
    if (pledge) return 'promise';
    // an implicit actor binds itself only towards the Kamer ("zal ... aan uw Kamer worden aangeboden");
    // "Investeringsbeslissingen zullen worden genomen bij ..." is a schedule
    if ((FUTURE.test(finite) || SENDING.test(finite)) && (actor.text !== null || toParliament))
      return 'promise';
    // "Ik verwacht uw Kamer ... te kunnen informeren": the writer's own act towards the Kamer
    if (toParliament) return 'promise';
  }
  if (ownFuture) return 'promise';
  if (expect && (!governmentActs || actor.text === null) && !toParliament && !intention) return 'expectation';
  return 'plan';
}

/** For the property test: the word lists tested the fast way. */
export const kindWordsForTest = {
  INTENTION,
  EXPECT,
  OWN_FUTURE,
  HEDGE,
  IN_FORCE,
  UNDERTAKEN,
  PLEDGE,
  KIND_WORDS,
};
