import { describe, expect, it } from 'vitest';
import { metadataExtractor } from '../src/extract/metadata.js';
import type { Field, KDocument } from '../src/model/document.js';
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

describe('header fields: the earliest page wins', () => {
  const cases = corpus<{ fieldsByPage: Array<{ name: string; fields: Field[]; date: string }> }>(
    'official-letters',
  ).fieldsByPage;
  for (const c of cases) {
    it(c.name, () => {
      const doc = { fields: c.fields, metadata: {} } as unknown as KDocument;
      metadataExtractor.run(doc);
      expect(doc.metadata.date).toBe(c.date);
    });
  }
});
