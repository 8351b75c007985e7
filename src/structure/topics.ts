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
    '^krw$',
    'kaderrichtlijn',
    '^hwbp',
    'waterkering',
    'zeespiegel',
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
    'elektriciteit',
    'zonnepanel',
    'laadpa',
    'netbeheerder',
  ],
  defence: [
    'defensie',
    'militair',
    'krijgsmacht',
    'kazerne',
    'oefenterrein',
    'munitie',
    'navo',
    'leger',
    'strijdkracht',
    'luchtmacht',
    'landmacht',
    'zeemacht',
    'marechaussee',
    'wapensysteem',
  ],
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
    'huisvest',
    'hypothe',
    'bouwproductie',
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
    'luchthaven',
    'vliegveld',
    'luchtruim',
    'vervoer',
    'scheepvaart',
    'binnenvaart',
    'rijksweg',
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
    '^haven',
    'zeehaven',
    'mkb',
    'circulai',
    'grondstof',
    'recycl',
    'innovatie',
    'ondernemingen',
    'eurogroep',
    '^ecofin',
    'eurozone',
    'koopkracht',
    'inflatie',
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
    'gewasbescherm',
    'dierenwelzijn',
    'melkvee',
    'pluimvee',
    '^varkens',
    'glastuinbouw',
  ],
  nature: [
    'natuur',
    'biodiversiteit',
    'natura 2000',
    'groenblauw',
    'bos',
    'landschap',
    'recreatie',
    'ecosysteem',
    'ecologi',
    'habitat',
    'wadden',
  ],
  climate: [
    'klimaat',
    'co2',
    'broeikasgas',
    'emissie',
    'hittestress',
    'verduurzam',
    'duurzaam',
    'duurzame',
    'energiebesparing',
    'fossiel',
  ],
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

/**
 * Every stem is found in one pass over the text by an Aho-Corasick automaton: a table of
 * transitions by state and character class, built once per process. The text is read as
 * `text.toLowerCase()` with hyphens as spaces would read (see `CLASS`), without making that copy.
 */
const ALPHABET = [...new Set(STEMS.flatMap((s) => [...s.needle]))].sort().join('');
/** Character class by code unit: 0 for every character no stem contains, else 1 + its place in ALPHABET. */
export const CLASS = new Uint8Array(65536);
for (let c = 0; c < 128; c++) CLASS[c] = ALPHABET.indexOf(String.fromCharCode(c).toLowerCase()) + 1;
// fold(): hyphens read as spaces. toLowerCase() maps one more character into the alphabet: the
// Kelvin sign to "k" (a test holds this table equal to toLowerCase + fold for every code unit).
CLASS[0x2d] = CLASS[0x2010] = CLASS[0x20];
CLASS[0x212a] = CLASS[0x6b];
/** "İ" lowercases to two characters ("i" + a combining dot): a text with it is lowercased first. */
const TWO_CHAR_LOWER = '\u0130';
const WIDTH = ALPHABET.length + 1;

/**
 * Transitions: STEP[state × WIDTH + class] is the next state, or ~state when that state completes
 * stems: OUT from OUT_FROM[state] to OUT_FROM[state + 1]. (States, not rows: two bytes a cell.)
 */
const { STEP, OUT, OUT_FROM } = (() => {
  const children: Array<Map<number, number>> = [new Map()];
  const own: number[][] = [[]];
  STEMS.forEach((stem, k) => {
    let state = 0;
    for (const ch of stem.needle) {
      const cls = CLASS[ch.charCodeAt(0)];
      let next = children[state].get(cls);
      if (next === undefined) {
        next = children.length;
        children.push(new Map());
        own.push([]);
        children[state].set(cls, next);
      }
      state = next;
    }
    own[state].push(k);
  });
  const delta = new Int32Array(children.length * WIDTH);
  const fail = new Int32Array(children.length);
  const out: number[][] = own.map(() => []);
  // Breadth first: a state's failure state is shallower, so its table row and outputs are done.
  const queue = [0];
  for (let q = 0; q < queue.length; q++) {
    const state = queue[q];
    out[state] = [...own[state], ...(state === 0 ? [] : out[fail[state]])];
    for (let cls = 0; cls < WIDTH; cls++) {
      const child = children[state].get(cls);
      const viaFail = state === 0 ? 0 : delta[fail[state] * WIDTH + cls];
      if (child === undefined) delta[state * WIDTH + cls] = viaFail;
      else {
        delta[state * WIDTH + cls] = child;
        fail[child] = viaFail;
        queue.push(child);
      }
    }
  }
  // The states renumbered in breadth-first order (the queue's): the states near the start, where the
  // scan spends nearly all its time, take the first rows of the table. Read after the other stages,
  // a table in lexicon order (well over 100 KB) missed the cache on nearly every character.
  const id = new Int32Array(children.length);
  queue.forEach((state, k) => {
    id[state] = k;
  });
  const from = new Int32Array(children.length + 1);
  const flat: number[] = [];
  if (children.length > 0x7fff) throw new Error('topic lexicon too large for 16-bit states');
  const step = new Int16Array(delta.length);
  for (let k = 0; k < queue.length; k++) {
    const state = queue[k];
    from[k] = flat.length;
    // Stems completed at one place, in lexicon order: the order the scores are first met in.
    flat.push(...out[state].sort((a, b) => a - b));
    for (let cls = 0; cls < WIDTH; cls++) {
      const next = delta[state * WIDTH + cls];
      step[k * WIDTH + cls] = out[next].length > 0 ? ~id[next] : id[next];
    }
  }
  from[children.length] = flat.length;
  return { STEP: step, OUT: Int32Array.from(flat), OUT_FROM: from };
})();

const TOPIC_NAMES = Object.keys(TOPIC_LEXICON) as Array<Stem['topic']>;
const TOPIC_OF = STEMS.map((s) => TOPIC_NAMES.indexOf(s.topic));

/** Scores by topic, and where each topic was first met (`order`: place × stems + stem, so lower is earlier). */
interface Tally {
  score: number[];
  order: number[];
}

/**
 * Adds weight × the occurrences of every stem in `text` (read lowercase, hyphens as spaces) to
 * the tally. `offset` places the text after earlier ones in the order of first mentions.
 * Returns the length of the text as read.
 */
function addOccurrences(source: string, weight: number, tally: Tally, offset: number): number {
  const text = source.includes(TWO_CHAR_LOWER) ? source.toLowerCase() : source;
  const n = text.length;
  let row = 0;
  for (let i = 0; i < n; i++) {
    const next = STEP[row + CLASS[text.charCodeAt(i)]];
    if (next >= 0) {
      row = next * WIDTH;
      continue;
    }
    const state = ~next;
    row = state * WIDTH;
    const to = OUT_FROM[state + 1];
    for (let k = OUT_FROM[state]; k < to; k++) {
      const s = OUT[k];
      const stem = STEMS[s];
      const start = i + 1 - stem.needle.length;
      // Lowercasing keeps letters and digits what they are (tested), so the original text is read.
      if (stem.wordStart && start > 0 && LETTER_OR_DIGIT.test(text[start - 1])) continue;
      if (stem.wordEnd && i + 1 < n && LETTER_OR_DIGIT.test(text[i + 1])) continue;
      const t = TOPIC_OF[s];
      tally.score[t] += weight;
      const at = (offset + start) * STEMS.length + s;
      if (at < tally.order[t]) tally.order[t] = at;
    }
  }
  endRow = row;
  return n;
}

/** The automaton's row after the last text `addOccurrences` read. */
let endRow = 0;

const HEADING_WEIGHT = 4;
const MIN_SCORE = 3;
const MIN_SHARE = 0.4;

/**
 * Scores by topic: every stem in the heading (lowercase, hyphens as spaces so that "wind-op-zee"
 * and "wind op zee" both match) counts HEADING_WEIGHT, in the body 1. Topics in the order they
 * are first mentioned (heading, then body; at one place, in lexicon order).
 */
export function scoreTopics(heading: string, body: string): Map<Topic, number> {
  const tally = newTally();
  const read = addOccurrences(heading, HEADING_WEIGHT, tally, 0);
  addOccurrences(body, 1, tally, read + 1);
  return scoresOf(tally);
}

// (plain arrays copied from a template: a typed array this small costs more to allocate than to read)
const NO_SCORES = TOPIC_NAMES.map(() => 0);
const NOT_MET = TOPIC_NAMES.map(() => Number.POSITIVE_INFINITY);
const newTally = (): Tally => ({ score: NO_SCORES.slice(), order: NOT_MET.slice() });

function scoresOf(tally: Tally): Map<Topic, number> {
  const found: number[] = [];
  for (let t = 0; t < TOPIC_NAMES.length; t++) if (tally.score[t] > 0) found.push(t);
  found.sort((a, b) => tally.order[a] - tally.order[b]);
  return new Map(found.map((t) => [TOPIC_NAMES[t], tally.score[t]]));
}

/** Topics for one section's heading and text, main topic first. */
export function topicsFor(heading: string, body: string): Topic[] {
  return topicsOf(scoreTopics(heading, body), body.length);
}

function topicsOf(scores: Map<Topic, number>, bodyLength: number): Topic[] {
  const ranked = [...scores.entries()].sort((a, b) => b[1] - a[1]);
  if (ranked.length === 0) return [];
  const best = ranked[0][1];
  // Per 1,000 characters of body, a topic needs more mentions to count.
  const min = Math.max(MIN_SCORE, Math.round(bodyLength / 1500));
  return ranked.filter(([, s]) => s >= min && s >= best * MIN_SHARE).map(([t]) => t);
}

/**
 * Assign topics to every section. A section with little text of its own (a chapter heading
 * directly followed by subsections) takes its topics from its heading and its children; a
 * subsection also carries its parent's main topic when it has that context.
 */
export function assignTopics(sections: DocSection[]): void {
  const texts = sections.map((s) => s.paragraphs.map((p) => p.text).join(' '));
  const parts = sections.map((s, i) => [readPart(s.heading, HEADING_WEIGHT), readPart(texts[i], 1)] as const);
  sections.forEach((s, i) => {
    const [heading, body] = parts[i];
    s.topics = topicsOf(
      scoresOf(
        joinParts([
          [heading, 0],
          [body, heading.length + 1],
        ]),
      ),
      texts[i].length,
    );
  });
  const byId = new Map(sections.map((s) => [s.id, s]));
  for (const s of sections) {
    const parent = s.parent ? byId.get(s.parent) : undefined;
    const inherited = parent?.topics[0];
    if (inherited && !s.topics.includes(inherited)) s.topics.push(inherited);
  }
  // The letter as a whole: a section that names no topic of its own ("Maatregelen", "Data en
  // monitoring") is about the letter's subject, and so are its introduction and its conclusion.
  if (!sections.some((s) => s.heading !== '')) return;
  // (read only when some section takes from it)
  if (!sections.some((s) => s.heading !== '' && (s.topics.length === 0 || WHOLE_LETTER.test(s.heading))))
    return;
  const letter = letterTopics(
    sections.map((s) => s.heading),
    texts,
    parts.map(([heading]) => heading),
    parts.map(([, body]) => body),
  );
  if (letter.length === 0) return;
  for (const s of sections) {
    if (s.heading === '') continue;
    if (s.topics.length === 0) s.topics.push(letter[0]);
    if (WHOLE_LETTER.test(s.heading)) for (const t of letter) if (!s.topics.includes(t)) s.topics.push(t);
  }
}

/** A text's tally read on its own; `joinable`: it reads the same inside a text joined with spaces. */
interface Part {
  tally: Tally;
  /** The length as read (see addOccurrences). */
  length: number;
  joinable: boolean;
}

/**
 * A text is joinable when it is read as written (no "İ", whose lowercasing shifts every later place)
 * and a space after it takes the automaton back to its start without completing a stem, so that no
 * stem runs on over the join and the next text is read as from the start.
 */
function readPart(text: string, weight: number): Part {
  const tally = newTally();
  const length = addOccurrences(text, weight, tally, 0);
  const joinable = !text.includes(TWO_CHAR_LOWER) && STEP[endRow + CLASS[0x20]] === 0;
  return { tally, length, joinable };
}

/** The tally of parts placed at the given offsets: scores add up, first places are the earliest. */
function joinParts(placed: ReadonlyArray<readonly [Part, number]>): Tally {
  const total = newTally();
  const stems = STEMS.length;
  for (const [part, offset] of placed) {
    for (let t = 0; t < TOPIC_NAMES.length; t++) {
      total.score[t] += part.tally.score[t];
      const at = offset * stems + part.tally.order[t];
      if (at < total.order[t]) total.order[t] = at;
    }
  }
  return total;
}

/**
 * The letter's topics: topicsFor(headings joined with spaces, texts joined with spaces), from the
 * tallies of the sections' own texts when each reads the same joined (else the joined text is read).
 * Exported for its property test.
 */
export function letterTopics(
  headings: readonly string[],
  texts: readonly string[],
  headingParts: readonly Part[] = headings.map((h) => readPart(h, HEADING_WEIGHT)),
  textParts: readonly Part[] = texts.map((t) => readPart(t, 1)),
): Topic[] {
  const body = texts.reduce((n, t) => n + t.length, 0) + Math.max(0, texts.length - 1);
  if (!headingParts.every((p) => p.joinable) || !textParts.every((p) => p.joinable))
    return topicsFor(headings.join(' '), texts.join(' '));
  const placed: Array<[Part, number]> = [];
  // (no headings: the body still starts after an empty heading and a space)
  let at = headingParts.length === 0 ? 1 : 0;
  for (const p of headingParts) {
    placed.push([p, at]);
    at += p.length + 1;
  }
  // The body is read after the joined headings and a space (at = their length + 1 here).
  for (const p of textParts) {
    placed.push([p, at]);
    at += p.length + 1;
  }
  return topicsOf(scoresOf(joinParts(placed)), body);
}

/** Headings of the parts that speak about the whole letter: its introduction, summary and conclusion. */
const WHOLE_LETTER =
  /^(?:inleiding|aanleiding|samenvatting|tot slot|slot|afsluiting|conclusies?|afronding|achtergrond|kern)\b/i;
