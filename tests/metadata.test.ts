import { describe, expect, it } from 'vitest';
import { parseDutchDate } from '../src/extract/metadata.js';
import type { Metadata } from '../src/model/letter.js';
import { extractText } from '../src/pipeline.js';
import { corpus } from './helpers.js';

interface Case {
  name: string;
  text: string;
  metadata: Partial<Metadata>;
  notInBody: string[];
}

describe('metadata from whole letters', () => {
  for (const c of corpus<{ cases: Case[] }>('metadata').cases) {
    it(c.name, () => {
      const letter = extractText(c.text);
      expect(letter.metadata).toMatchObject(c.metadata);
      const body = letter.sections.map((s) => `${s.heading} ${s.text}`).join(' ');
      for (const s of c.notInBody) expect(body).not.toContain(s);
      expect(body.length).toBeGreaterThan(20);
    });
  }
});

describe('parseDutchDate', () => {
  it.each([
    ['12 november 2024', '2024-11-12'],
    ['1 januari 2026', '2026-01-01'],
    ['Den Haag, 3 MAART 2023', '2023-03-03'],
    ['29 februari 2023', null],
    ['12-11-2024', '2024-11-12'],
    ['geen datum', null],
  ])('%s → %s', (text, iso) => {
    expect(parseDutchDate(text)).toBe(iso);
  });
});
