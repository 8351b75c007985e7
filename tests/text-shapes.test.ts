import { describe, expect, it } from 'vitest';
import { readText } from '../src/ingest/text.js';
import { corpus } from './helpers.js';

interface Case {
  name: string;
  text: string;
  shape: string;
  pages: number | null;
  firstLines: string[];
}

describe('text reader: shapes', () => {
  for (const c of corpus<{ cases: Case[] }>('text-shapes').cases) {
    it(c.name, () => {
      const raw = readText(c.text);
      expect(raw.textShape).toBe(c.shape);
      expect(raw.pageCount).toBe(c.pages);
      const firsts = raw.pages.map((p) => p.lines[0]?.text);
      expect(firsts.slice(0, c.firstLines.length)).toEqual(c.firstLines);
    });
  }
});
