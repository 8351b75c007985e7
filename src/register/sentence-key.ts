/**
 * A matching key from the sentence itself, for commitments whose `deliverable.key` the extractor
 * left empty (on this branch it always does; the grammar that fills it lands separately). It is a
 * fallback, kept in this one file so that it can be dropped once every commitment names its
 * deliverable: the sentence without its time expression, through the shared `deliverableKey`, less
 * the words that any promise has (who, the verbs of sending and informing, vague times).
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

/** The content words of a text that name what is promised, or null. */
export function contentKey(text: string): string | null {
  const key = deliverableKey(text);
  if (key === null) return null;
  const words = key.split(' ').filter((w) => !GENERIC.has(w) && !/^\d{1,2}$/.test(w));
  return words.length > 0 ? words.join(' ') : null;
}

/** The sentence's key: its content words, without the time expression. */
export function sentenceKey(sentence: string, whenText: string): string | null {
  const without = whenText.length > 0 ? sentence.replace(whenText, ' ') : sentence;
  return contentKey(without);
}

/** The key of the text before `sentence` in `sectionText` (up to CONTEXT_CHARS), plus the sentence's own. */
export function contextKey(sectionText: string, sentence: string, whenText: string): string | null {
  const at = sectionText.indexOf(sentence);
  const before = at > 0 ? sectionText.slice(Math.max(0, at - CONTEXT_CHARS), at) : '';
  const own = sentenceKey(sentence, whenText);
  const ctx = contentKey(before);
  const joined = [own, ctx].filter((k) => k !== null).join(' ');
  return joined.length > 0 ? [...new Set(joined.split(' '))].join(' ') : null;
}

export function isThin(key: string | null): boolean {
  return key === null || key.split(' ').length < THIN;
}
