/**
 * Who acts: the subject of the main clause as written ("ik", "het kabinet", "de minister van IenW",
 * "de provincies", "Defensie"), or in a passive the agent after "door" ("door het RIVM").
 *
 * `normalized` is lower-case without the article: "ik" → "minister" (the writer of the letter),
 * "wij"/"we" → "kabinet", "het kabinet"/"de regering"/"dit kabinet" → "kabinet", "de minister van
 * IenW" → "minister van ienw", "de provincies" → "provincies".
 * `government` is true for the cabinet, ministers and state secretaries, ministries (also by name:
 * "Defensie"), the Rijk and the central government's own executive services (Rijkswaterstaat,
 * Belastingdienst, RVO, Rijksvastgoedbedrijf, ...); not for independent bodies (planning offices,
 * RIVM, NZa), provinces, municipalities, companies or parliament.
 * An implicit actor (a passive without "door", "het streven is ...", "ontvangt u ...") has text and
 * normalized null; it is the government unless the sentence is a forecast (the caller decides).
 */
import type { Clause } from './clause.js';
import { phraseEnd, span } from './clause.js';

export interface ActorFields {
  text: string | null;
  normalized: string | null;
  government: boolean;
}

/** Heads of the government's own actors (the normalized form's first word, or the whole of it). */
const GOVERNMENT =
  /^(?:minister|ministers|staatssecretaris|staatssecretarissen|kabinet|regering|ministerie|ministeries|departement|departementen|rijk|rijksoverheid|overheid|nederlandse overheid|defensie|rijkswaterstaat|belastingdienst|douane|rvo|rijksdienst|rijksvastgoedbedrijf)(?:\s|$)|^rijks\p{L}+/u;

/** Leading words dropped from the normalized form. */
const ARTICLE = /^(?:de|het|een|dit|deze|die|dat|mijn|onze|ons|uw|haar|hun)\s+/u;

/** Nouns of intention as subject ("Het streven is ..."): the actor is implicit. */
const INTENTION_NOUN =
  /^(?:het|de|mijn|ons|onze)\s+(?:streven|voornemen|bedoeling|planning|verwachting|inzet|doel|ambitie|voorstel|plan|insteek)$/iu;

/** "de verwachting van het COA", "de inschatting van de provincies". */
const WHOSE = /^(?:de|het)\s+(?:verwachting|inschatting|prognose|raming|planning)\s+van\s+(.+)$/iu;

export function normalizeActor(text: string): string {
  const lower = text.toLowerCase().replace(/\s+/g, ' ').trim();
  if (lower === 'ik') return 'minister';
  if (lower === 'wij' || lower === 'we') return 'kabinet';
  const bare = lower.replace(ARTICLE, '');
  if (bare === 'regering') return 'kabinet';
  return bare;
}

export function isGovernment(normalized: string): boolean {
  return GOVERNMENT.test(normalized);
}

const IMPLICIT: ActorFields = { text: null, normalized: null, government: true };

/** The passive's agent: "door" + a phrase, in the main clause. */
function agentOf(clause: Clause): string | null {
  const ws = clause.words;
  for (let i = 0; i < ws.length - 1; i++) {
    if (ws[i]?.lower !== 'door') continue;
    // a name ("het RIVM", "de Europese Commissie"): capitalised words; else the noun phrase ("de provincies")
    let j = i + 1;
    if (/^(?:de|het|een|dit|deze|mijn|onze)$/.test(ws[j]?.lower ?? '')) j++;
    let k = j;
    while (k < ws.length && /^\p{Lu}/u.test(ws[k]?.word ?? '')) k++;
    const end = k > j ? k : phraseEnd(ws, i + 1, ws.length);
    return span(clause, i + 1, Math.max(end, j + 1));
  }
  return null;
}

export function actorOf(clause: Clause): ActorFields {
  const [from, to] = clause.subject;
  if (clause.passive) {
    const agent = agentOf(clause);
    if (!agent) return IMPLICIT;
    const normalized = normalizeActor(agent);
    return { text: agent, normalized, government: isGovernment(normalized) };
  }
  const text = span(clause, from, to);
  if (!text) return IMPLICIT;
  // "ontvangt u/uw Kamer", "kunt u ... tegemoet zien": the Kamer receives, the writer sends
  if (/^(?:u|uw\s+kamer|de\s+kamer)$/iu.test(text)) return IMPLICIT;
  if (INTENTION_NOUN.test(text) || /^(?:het|dit|dat|er)$/iu.test(text)) return IMPLICIT;
  // a participle or adverb read as the subject of a clause the parse did not follow ("... gebruikt kan worden"):
  // an actor is a pronoun, a noun phrase or a name, never one lowercase word ending like a participle
  if (/^(?:ge|be|ver|ont|her|er)\p{Ll}+[dt]$/u.test(text)) return IMPLICIT;
  // "De verwachting van het COA is dat ...": whose expectation it is
  const whose = WHOSE.exec(text)?.[1];
  if (whose) {
    const normalized = normalizeActor(whose);
    return { text: whose, normalized, government: isGovernment(normalized) };
  }
  const normalized = normalizeActor(text);
  return { text, normalized, government: isGovernment(normalized) };
}
