import { describe, expect, it } from 'vitest';
import type { KDocument } from '../src/model/document.js';
import { isRunInLabel } from '../src/structure/headings.js';
import { neverHeading } from '../src/structure/non-headings.js';
import { buildSections } from '../src/structure/sections.js';
import { corpus } from './helpers.js';

interface Rules {
  neverHeading: Array<{ text: string; never: boolean; why: string }>;
  labels: Array<{ text: string; label: boolean }>;
  documents: Array<{ name: string; blocks: string[][]; headings: string[] }>;
  styled: Array<{ name: string; blocks: StyledLine[][]; headings: string[] }>;
}
interface StyledLine {
  text: string;
  bold?: boolean;
  italic?: boolean;
}
const rules = corpus<Rules>('structure-rules');

describe('lines that are never headings', () => {
  for (const c of rules.neverHeading)
    it(`${c.text} (${c.why})`, () => {
      expect(neverHeading(c.text)).toBe(c.never);
    });
});

describe('run-in labels', () => {
  for (const c of rules.labels)
    it(c.text, () => {
      expect(isRunInLabel(c.text)).toBe(c.label);
    });
});

/** The headings buildSections finds in text blocks, as "number text". */
function headings(blocks: Array<Array<string | StyledLine>>): string[] {
  const styled = blocks.some((b) => b.some((l) => typeof l !== 'string'));
  const doc = {
    raw: { format: styled ? 'pdf' : 'text', pages: [], pageCount: null, bodySize: styled ? 9 : null },
    blocks: blocks.map((lines) => ({
      lines: lines.map((l) => (typeof l === 'string' ? { text: l, page: null } : { ...l, size: 9, page: 1 })),
      page: null,
    })),
    sections: [],
  } as unknown as KDocument;
  buildSections(doc);
  return doc.sections
    .filter((s) => s.heading !== '')
    .map((s) => (s.number ? `${s.number} ${s.heading}` : s.heading));
}

describe('headings in documents (blocks of text lines)', () => {
  for (const c of rules.documents)
    it(c.name, () => {
      expect(headings(c.blocks)).toEqual(c.headings);
    });
});

describe('headings in PDF documents (bold and italic lines)', () => {
  for (const c of rules.styled)
    it(c.name, () => {
      expect(headings(c.blocks)).toEqual(c.headings);
    });
});
