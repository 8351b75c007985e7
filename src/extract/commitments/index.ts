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

import { isGloss } from '../../layout/footnotes.js';
import type { KDocument, Sentence } from '../../model/document.js';
import { DEFAULT_COMMITMENT_KINDS } from '../../model/kind-names.js';
import type { Commitment, When } from '../../model/letter.js';
import { splitSentences } from '../../structure/sentences.js';
import { regionsInText } from '../regions.js';
import type { Extractor } from '../types.js';
import { eachWord } from '../word-starts.js';
import { classifyStatement, type StatementKind } from './classify.js';
import { describeCommitment } from './describe.js';
import {
  AUXILIARY,
  HABITUAL,
  PAST_OF_EREN_ALTERNATIVE,
  REQUEST,
  SIMPLE_PAST,
  STRONG_FUTURE,
  WEAK_FUTURE,
} from './grammar.js';
import { simplePastPositions } from './tense.js';

export { classifySentence } from './classify.js';
export { UNDATED } from './placement.js';
export { analyseSentence, type SentenceAnalysis } from './tense.js';

function commitmentOf(sentence: Sentence, when: When, id: number, kind?: StatementKind): Commitment {
  const described = describeCommitment(sentence.text, when.text);
  return {
    id: `c${id}`,
    text: sentence.text,
    when,
    sectionId: sentence.sectionId,
    page: sentence.page,
    regions: regionsInText(sentence.text),
    ...described,
    // a forecast or a rule in force, told by the mood of the whole sentence (mood.ts)
    kind: kind ?? described.kind,
    // nobody named in a forecast: not the government's act
    actor:
      kind === 'expectation' && described.actor.text === null
        ? { ...described.actor, government: false }
        : described.actor,
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
    const kinds = doc.options.kinds ?? DEFAULT_COMMITMENT_KINDS;
    let n = 0;
    for (const sentence of [...doc.sentences, ...footnoteSentences(doc)]) {
      const result = classifyStatement(sentence.text, letterDate, !doc.options.undated);
      if (!result) continue;
      if (result.when.timex === null && !result.when.relative && !doc.options.undated) continue;
      // a forecast or a rule in force not asked for: no need to read its clause
      if (result.kind && !kinds.includes(result.kind)) continue;
      const commitment = commitmentOf(sentence, result.when, n + 1, result.kind);
      // only the kinds asked for are listed (numbered in that list)
      if (!kinds.includes(commitment.kind)) continue;
      n++;
      doc.commitments.push(commitment);
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
