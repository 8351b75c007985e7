/**
 * What is done: the main verb of the main clause as an infinitive.
 * - with an auxiliary or a verb of intention (zal, wordt, ga, wil, kan; verwacht, streef, ben
 *   voornemens, is (het streven) ... om ... te), the lexical verb of the cluster at the clause's end:
 *   "zal ik uw Kamer ... informeren" → informeren, "zal ... worden aangeboden" → aanbieden,
 *   "verwacht ... te kunnen informeren" → informeren;
 * - otherwise the finite verb itself: "stuur ik" → sturen, "In 2030 koopt de overheid ... in" → inkopen.
 * A separable particle is joined to the verb, as the infinitive writes it: "zend ik u ... toe" →
 * toezenden, "bekend maken" → bekendmaken. "komt met" keeps its preposition ("komen met"), the one
 * case where the verb alone would not say what is done. The receiving Kamer's verb is kept as written
 * ("ontvangt u" → ontvangen). A copula with a participle of planning ("is voorzien", "is gepland") has
 * no action of its own: null.
 */
import { type Clause, clusterVerb, isParticiple } from './clause.js';
import { finiteToInfinitive, PARTICLES } from './verbs.js';

/** Finite verbs that take the lexical verb in the cluster: auxiliaries, modals, verbs of intention. */
const GOVERNING =
  /^(?:zal|zullen|zult|wordt|worden|word|werd|werden|ga|gaat|gaan|wil|wilt|willen|kan|kunt|kunnen|moet|moeten|mag|mogen|is|zijn|ben|bent|verwacht|verwachten|streef|streeft|streven|beoog|beoogt|beogen|hoop|hopen|probeer|probeert|laat|laten|heeft|hebben|heb)$/;

/** Participles of planning after a copula: the plan is the subject ("Vaststelling ... is voorzien"). */
const STATIVE_PLAN = /^(?:voorzien|gepland|ingepland|beoogd|verwacht|voorgenomen)$/;

/** "toe te sturen", "te kunnen informeren": the particle before "te" and the verb. */
const TE_INFINITIVE =
  /(?:(\p{L}+)\s+)?(?<![\p{L}])te\s+(?:kunnen\s+|laten\s+|gaan\s+)?(\p{Ll}+en)(?![\p{L}])/u;

/** The particle written apart at the clause's end: "zend ik u ... toe". */
function trailingParticle(clause: Clause, after: number): string {
  const last = clause.words.at(-1);
  if (!last || clause.words.length - 1 <= after) return '';
  return PARTICLES.has(last.lower) ? last.lower : '';
}

export function actionOf(clause: Clause): string | null {
  const finite = clause.words[clause.finite];
  if (!finite) return null;
  let verb: string | null = null;
  const cluster = clusterVerb(clause);
  if (GOVERNING.test(finite.lower)) {
    if (!cluster) {
      // "Ik streef ernaar uw Kamer zo spoedig mogelijk, maar ... te informeren": a te-infinitive after a comma
      const te = TE_INFINITIVE.exec(clause.text.slice(finite.end));
      if (te?.[2])
        return (te[1] && PARTICLES.has(te[1].toLowerCase()) ? te[1].toLowerCase() : '') + te[2].toLowerCase();
      // "Graag ga ik ... het debat aan": the finite verb with its particle
      if (/^(?:is|zijn|ben|bent|wordt|worden|heeft|hebben|heb)$/.test(finite.lower)) return null;
      const particle = trailingParticle(clause, clause.finite);
      return particle + finiteToInfinitive(finite.lower);
    }
    const w = clause.words[cluster.at];
    if (w && STATIVE_PLAN.test(w.lower)) return null;
    verb = cluster.verb;
    // "bekend maken", "toe te sturen": the particle right before the cluster
    const before = clause.words[clause.cluster[0] - 1];
    if (before && PARTICLES.has(before.lower) && !isParticiple(w) && !verb.startsWith(before.lower))
      verb = before.lower + verb;
    // "laat ... berekenen": the verb let done
  } else {
    verb = finiteToInfinitive(finite.lower);
    // "Ik zeg toe dat ...": the particle closes the main clause before a complement clause
    const next = clause.words[Math.max(clause.finite, clause.subject[1] - 1) + 1];
    const particle =
      next &&
      PARTICLES.has(next.lower) &&
      /^(?:dat|om)$/.test(clause.words[clause.words.indexOf(next) + 1]?.lower ?? '')
        ? next.lower
        : trailingParticle(clause, clause.finite);
    if (particle && !verb.startsWith(particle)) verb = particle + verb;
  }
  if (verb === 'komen' && clause.words.some((w) => w.lower === 'met')) return 'komen met';
  return verb;
}
