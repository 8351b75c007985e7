/**
 * Topics per section from a transparent Dutch lexicon. Dutch writes compounds as one word,
 * so a stem counts wherever it stands in a word: "zoetwaterbeschikbaarheid" is water,
 * "netcongestie" energy, "woningbouwopgave" housing. A heading's words weigh more than the
 * body's; a topic must reach a minimum score and a share of the section's best topic, so a
 * passing mention does not label a section. Main topic first.
 */
export { assignTopics } from './assign.js';
export { CLASS } from './automaton.js';
export { TOPIC_LEXICON } from './lexicon.js';
export { letterTopics, scoreTopics, topicsFor } from './score.js';
