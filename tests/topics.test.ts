import { describe, expect, it } from 'vitest';
import { topicsFor } from '../src/structure/topics.js';
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
