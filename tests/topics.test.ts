import { describe, expect, it } from 'vitest';
import type { DocSection } from '../src/model/document.js';
import { assignTopics, topicsFor } from '../src/structure/topics.js';
import { corpus } from './helpers.js';

interface Case {
  heading: string;
  body: string;
  main: string | null;
  excludes?: string[];
}

describe('topics lexicon', () => {
  for (const c of corpus<{ cases: Case[] }>('topics').cases) {
    it(`${c.heading} → ${c.main}`, () => {
      const topics = topicsFor(c.heading, c.body);
      expect(topics[0] ?? null).toBe(c.main);
      for (const t of c.excludes ?? []) expect(topics).not.toContain(t);
    });
  }
});

describe('topics of the whole letter', () => {
  const section = (heading: string, text: string): DocSection => ({
    id: heading,
    number: null,
    heading,
    level: 1,
    parent: null,
    topics: [],
    page: null,
    paragraphs: [{ text, page: null, pageStarts: [], markers: [] }],
  });
  const letter = () => [
    section(
      'De circulaire transitie versnellen',
      'De circulaire economie vraagt om minder grondstoffen. Bedrijven maken circulaire producten; de economie wordt circulair.',
    ),
    section('Data en monitoring', 'Het komende jaar brengen we in kaart welke gegevens nog ontbreken.'),
    section('Tot slot', 'Ik houd uw Kamer op de hoogte van de voortgang.'),
  ];
  it('a section that names no topic takes the letter’s main topic', () => {
    const s = letter();
    assignTopics(s);
    expect(s[1].topics).toEqual(['economy']);
  });
  it('the conclusion carries the letter’s topics', () => {
    const s = letter();
    assignTopics(s);
    expect(s[2].topics).toContain('economy');
  });
  it('a letter without headings keeps its one section as it is', () => {
    const s = [section('', 'Ik houd uw Kamer op de hoogte van de voortgang.')];
    assignTopics(s);
    expect(s[0].topics).toEqual([]);
  });
});
