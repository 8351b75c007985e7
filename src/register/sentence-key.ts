/**
 * The keys the register matches on. A commitment's own key is its `deliverable.key` (the extractor's
 * `deliverableKey` of what it names), less the words that any promise has (who, the verbs of sending
 * and informing, vague times, small words): `ownKey`. When the extractor named no deliverable, the
 * sentence stands in for it: the sentence without its time expression, through the same
 * `deliverableKey` and the same filter (`sentenceKey`). Both go through one filter, so that a key
 * from a deliverable and one from a sentence or its context can be compared word for word.
 *
 * When what is left is too thin to tell one deliverable from another ("Ik verwacht uw Kamer
 * uiterlijk eind mei nader te kunnen informeren": nothing), the text before the sentence in its
 * section (up to CONTEXT_CHARS) is taken in too: in a letter that postpones a promise, the thing
 * promised is named in the sentences before the new date.
 */
import { deliverableKey } from '../extract/deliverable-key.js';

/** Words every promise or delivery report has, which say nothing about what is promised. */
const GENERIC = new Set(
  // who
  (
    'ik wij we u zij hij je jullie men kabinet minister staatssecretaris ministerie regering ' +
    // auxiliaries and modals
    'zal zullen zult zou zouden wordt worden werd werden is zijn was waren ben bent heb hebt heeft hebben had ' +
    'kan kunnen kon konden wil willen wilde moet moeten mag mogen laat laten ga gaan gaat blijkt blijken ' +
    // sending, informing, expecting
    'informeer informeert informeren geinformeerd stuur stuurt sturen gestuurd zend zendt zenden toezenden ' +
    'toegezonden verzonden gezonden toe bied biedt bieden aanbieden aangeboden ontvang ontvangt ontvangen ' +
    'bericht berichten verwacht verwachten verwachting streef streeft streven ernaar er voornemens deel delen ' +
    'gedeeld mee mede hierbij bijgaand bijgevoegd treft tref vindt vindt bijlage bijlagen publiceren gepubliceerd ' +
    'doen toekomen toegezegd toezegging toe zeg zeggen ' +
    // vague times and hedges
    'zo spoedig mogelijk snel uiterlijk eind begin medio half helft kwartaal jaar maand week zomer zomerreces ' +
    'reces voorjaar najaar winter lente herfst komende komend aanstaande binnenkort later eerder tijd periode ' +
    'dan wanneer nu thans momenteel inmiddels januari februari maart april mei juni juli augustus september ' +
    'oktober november december ' +
    // small words deliverableKey keeps
    'niet wel al maar dus daarom echter tevens graag hiermee daarmee waarmee waarin waarbij zodat dat wat wie ' +
    'hier daar er alle veel meer zoals ter tussen binnen heeft hebben'
  ).split(' '),
);

/** How many words a key needs to tell deliverables apart; fewer, and the context is taken in. */
export const THIN = 2;
/** How far back in the section the context of a thin key reaches. */
export const CONTEXT_CHARS = 800;

/** The words of a key that are not GENERIC, or null when none is left. */
function withoutGeneric(key: string | null, dropNumber: (w: string) => boolean): string | null {
  if (key === null) return null;
  const words = key.split(' ').filter((w) => !GENERIC.has(w) && !dropNumber(w));
  return words.length > 0 ? words.join(' ') : null;
}

/**
 * A deliverable's key as matched: its words less the GENERIC ones and those of the commitment's
 * time expression, should the deliverable have taken it in ("mijn reactie op het rapport voor 11
 * april"). Its other numbers stay ("de 21e voortgangsrapportage", "de 12-mijlszone"): the name of
 * the thing holds them.
 */
export function ownKey(deliverable: string | null, whenText = ''): string | null {
  const when = new Set(deliverableKey(whenText)?.split(' ') ?? []);
  return withoutGeneric(deliverable, (w) => when.has(w));
}

/** The content words of a text that name what is promised, or null (day numbers dropped). */
export function contentKey(text: string): string | null {
  return withoutGeneric(deliverableKey(text), (w) => /^\d{1,2}$/.test(w));
}

/** The sentence's key: its content words, without the time expression. */
export function sentenceKey(sentence: string, whenText: string): string | null {
  const without = whenText.length > 0 ? sentence.replace(whenText, ' ') : sentence;
  return contentKey(without);
}

/**
 * The key of the text before `sentence` in `sectionText` (up to CONTEXT_CHARS), plus the sentence's
 * own and `own` (the commitment's deliverable key, if any). The context's bare numbers are left
 * out: there they are years, Kamerstuk and page numbers ("Kamerstuk 33 561, nr. 7", "begin 2014"),
 * which would make the key disagree in numbers (similarity.ts) with every key that names one.
 */
export function contextKey(
  sectionText: string,
  sentence: string,
  whenText: string,
  own: string | null,
): string | null {
  const at = sectionText.indexOf(sentence);
  const before = at > 0 ? sectionText.slice(Math.max(0, at - CONTEXT_CHARS), at) : '';
  const ctx = withoutGeneric(deliverableKey(before), (w) => /^\d+$/.test(w));
  const joined = [own, sentenceKey(sentence, whenText), ctx].filter((k) => k !== null).join(' ');
  return joined.length > 0 ? [...new Set(joined.split(' '))].join(' ') : null;
}

export function isThin(key: string | null): boolean {
  return key === null || key.split(' ').length < THIN;
}
