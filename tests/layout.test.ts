import { describe, expect, it } from 'vitest';
import { readText } from '../src/ingest/text.js';
import { processRaw } from '../src/pipeline.js';
import { corpus } from './helpers.js';

interface Case {
  name: string;
  text: string;
  furniture: Array<[string, string]>;
  footnotes: Array<[number, string]>;
  bodyContains: string[];
  bodyLacks: string[];
}

describe('layout: furniture, footnotes, body', () => {
  for (const c of corpus<{ cases: Case[] }>('layout').cases) {
    it(c.name, () => {
      const doc = processRaw(
        readText(c.text),
        { path: 't', sha256: '', format: 'text', pages: null },
        { furniture: true },
      );
      const furniture = doc.furniture.map((f) => [f.kind, f.text]);
      for (const f of c.furniture) expect(furniture).toContainEqual(f);
      expect(doc.footnotes.map((f) => [f.number, f.text])).toEqual(c.footnotes);
      const body = doc.sections
        .flatMap((s) => [s.heading, ...s.paragraphs.map((p) => p.text)])
        .join(' ')
        .replace(/\s+/g, ' ');
      for (const s of c.bodyContains) expect(body).toContain(s);
      for (const s of c.bodyLacks) expect(body).not.toContain(s);
    });
  }
});
