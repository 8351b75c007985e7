import { describe, expect, it } from 'vitest';
import type { Metadata } from '../src/model/letter.js';
import { extractText } from '../src/pipeline.js';
import { corpus } from './helpers.js';

interface Case {
  name: string;
  text: string;
  metadata: Partial<Metadata>;
  notInBody: string[];
}

describe('official publication and signatures: whole letters', () => {
  for (const c of corpus<{ cases: Case[] }>('official-letters').cases) {
    it(c.name, () => {
      const letter = extractText(c.text);
      expect(letter.metadata).toMatchObject(c.metadata);
      const body = letter.sections.map((s) => `${s.heading} ${s.text}`).join(' ');
      for (const s of c.notInBody) expect(body).not.toContain(s);
      expect(body.length).toBeGreaterThan(20);
    });
  }
});
