/**
 * Topics per section from a transparent Dutch lexicon. Dutch writes compounds as one word,
 * so a stem counts wherever it stands in a word: "zoetwaterbeschikbaarheid" is water,
 * "netcongestie" energy, "woningbouwopgave" housing. A heading's words weigh more than the
 * body's; a topic must reach a minimum score and a share of the section's best topic, so a
 * passing mention does not label a section. Main topic first.
 */
import type { DocSection } from '../model/document.js';
import type { Topic } from '../model/letter.js';

/** Stems per topic, lowercase. A stem matches inside a word (compounds) unless marked with ^ (word start) or $ (whole word). */
export const TOPIC_LEXICON: Record<Exclude<Topic, 'other'>, string[]> = {
  novex: [
    'novex',
    'ontwikkelperspectie',
    'ruimtelijk arrangement',
    'ruimtelijke arrangement',
    'ruimtelijke voorstel',
    'ruimtelijk voorstel',
    'uitvoeringsagenda',
    'gebiedsgericht',
    'omgevingsvisie',
    '^novi$',
  ],
  water: [
    'water',
    'delta',
    'dijk',
    'overstroming',
    'rivier',
    'zoetwater',
    'bodemdaling',
    'hoogwater',
    'droogte',
    'kust',
    'grondwater',
  ],
  energy: [
    'energie',
    'netcongestie',
    'stroomnet',
    'elektriciteitsnet',
    'hoogspanning',
    'windpark',
    'windmolen',
    'wind op zee',
    'zonnepark',
    'waterstof',
    'kernenergie',
    'kerncentrale',
    'warmtenet',
    'aardgas',
    'gaswinning',
    'netbeheer',
    'netuitbreiding',
    'elektrificatie',
  ],
  defence: ['defensie', 'militair', 'krijgsmacht', 'kazerne', 'oefenterrein', 'munitie', 'navo', 'leger'],
  housing: [
    'woning',
    'wonen',
    'woon',
    'huur',
    'huizen',
    'bouwlocatie',
    'verstedelijking',
    'volkshuisvesting',
    'dakloos',
    'bouwopgave',
    'nieuwbouw',
  ],
  mobility: [
    'mobiliteit',
    'bereikbaarheid',
    'mirt',
    'openbaar vervoer',
    '^ov$',
    '^hov',
    'spoor',
    'trein',
    'snelweg',
    'autoweg',
    'infrastructuur',
    'verkeer',
    'fiets',
    'goederenvervoer',
    'vaarweg',
    'luchtvaart',
    'schiphol',
    'lelylijn',
  ],
  economy: [
    'economi',
    'bedrijventerrein',
    'werkgelegenheid',
    'banen',
    'industrie',
    'ondernemer',
    'bedrijfsleven',
    'verdienvermogen',
    'brainport',
    'haven',
    'mkb',
  ],
  agriculture: [
    'landbouw',
    'boer',
    'veehouderij',
    'agrari',
    'stikstof',
    'mest',
    'akkerbouw',
    'tuinbouw',
    'voedsel',
    'visserij',
  ],
  nature: ['natuur', 'biodiversiteit', 'natura 2000', 'groenblauw', 'bos', 'landschap', 'recreatie'],
  climate: ['klimaat', 'co2', 'broeikasgas', 'emissie', 'hittestress', 'verduurzaming', 'duurzaam'],
};

interface Stem {
  topic: Exclude<Topic, 'other'>;
  /** Lowercase text to look for; spaces in a stem also match hyphens. */
  needle: string;
  wordStart: boolean;
  wordEnd: boolean;
}

const STEMS: Stem[] = Object.entries(TOPIC_LEXICON).flatMap(([topic, stems]) =>
  stems.map((stem) => ({
    topic: topic as Stem['topic'],
    needle: stem.replace(/^\^|\$$/g, ''),
    wordStart: stem.startsWith('^'),
    wordEnd: stem.endsWith('$'),
  })),
);

const LETTER_OR_DIGIT = /[\p{L}\d]/u;

/** Stems by their first two characters, so that one pass over a text finds every stem. */
const BY_PREFIX = new Map<number, Stem[]>();
/** The low bytes of those two characters, as a quick sieve before the map (most pairs start no stem). */
const MAYBE_PREFIX = new Uint8Array(65536);
for (const stem of STEMS) {
  const key = stem.needle.charCodeAt(0) * 65536 + stem.needle.charCodeAt(1);
  const list = BY_PREFIX.get(key);
  if (list) list.push(stem);
  else BY_PREFIX.set(key, [stem]);
  MAYBE_PREFIX[((stem.needle.charCodeAt(0) & 255) << 8) | (stem.needle.charCodeAt(1) & 255)] = 1;
}

/**
 * Adds weight × the occurrences of every stem in lowercase `text` to `scores`: one pass over the
 * text, looking up the stems that start with the two characters at each position.
 */
function addOccurrences(text: string, weight: number, scores: Map<Topic, number>): void {
  for (let i = 0; i + 1 < text.length; i++) {
    const a = text.charCodeAt(i);
    const b = text.charCodeAt(i + 1);
    if (MAYBE_PREFIX[((a & 255) << 8) | (b & 255)] === 0) continue;
    const list = BY_PREFIX.get(a * 65536 + b);
    if (!list) continue;
    for (const stem of list) {
      if (!text.startsWith(stem.needle, i)) continue;
      if (stem.wordStart && i > 0 && LETTER_OR_DIGIT.test(text[i - 1])) continue;
      const after = text[i + stem.needle.length];
      if (stem.wordEnd && after !== undefined && LETTER_OR_DIGIT.test(after)) continue;
      scores.set(stem.topic, (scores.get(stem.topic) ?? 0) + weight);
    }
  }
}

/** Lowercase, with hyphens as spaces so that "wind-op-zee" and "wind op zee" both match. */
const fold = (s: string) => s.toLowerCase().replace(/[-‐]/g, ' ');

const HEADING_WEIGHT = 4;
const MIN_SCORE = 3;
const MIN_SHARE = 0.4;

export function scoreTopics(heading: string, body: string): Map<Topic, number> {
  const scores = new Map<Topic, number>();
  addOccurrences(fold(heading), HEADING_WEIGHT, scores);
  addOccurrences(fold(body), 1, scores);
  return scores;
}

/** Topics for one section's heading and text, main topic first. */
export function topicsFor(heading: string, body: string): Topic[] {
  const scores = scoreTopics(heading, body);
  const ranked = [...scores.entries()].sort((a, b) => b[1] - a[1]);
  if (ranked.length === 0) return [];
  const best = ranked[0][1];
  // Per 1,000 characters of body, a topic needs more mentions to count.
  const min = Math.max(MIN_SCORE, Math.round(body.length / 1500));
  return ranked.filter(([, s]) => s >= min && s >= best * MIN_SHARE).map(([t]) => t);
}

/**
 * Assign topics to every section. A section with little text of its own (a chapter heading
 * directly followed by subsections) takes its topics from its heading and its children; a
 * subsection also carries its parent's main topic when it has that context.
 */
export function assignTopics(sections: DocSection[]): void {
  const text = (s: DocSection) => s.paragraphs.map((p) => p.text).join(' ');
  for (const s of sections) s.topics = topicsFor(s.heading, text(s));
  const byId = new Map(sections.map((s) => [s.id, s]));
  for (const s of sections) {
    const parent = s.parent ? byId.get(s.parent) : undefined;
    const inherited = parent?.topics[0];
    if (inherited && !s.topics.includes(inherited)) s.topics.push(inherited);
  }
}
