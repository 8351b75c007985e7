/**
 * Topics for every section of a letter, from its own heading and text, its parent's main topic, and
 * the letter's topics for the sections that name none and those about the whole letter.
 */
import type { DocSection } from '../../model/document.js';
import { HEADING_WEIGHT, joinParts, letterTopics, readPart, scoresOf, topicsOf } from './score.js';

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

/** Headings of the parts that speak about the whole letter: its introduction, summary and conclusion. */
const WHOLE_LETTER =
  /^(?:inleiding|aanleiding|samenvatting|tot slot|slot|afsluiting|conclusies?|afronding|achtergrond|kern)\b/i;
