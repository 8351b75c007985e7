import { describe, expect, it } from 'vitest';
import { splitRunOn } from '../src/layout/dateline.js';
import { readOfficialHeader } from '../src/layout/official-header.js';
import { classifyHeaderLine } from '../src/lexicon/official-header.js';
import { corpus } from './helpers.js';

interface Data {
  lines: Array<{ text: string; kind: string | null; dossier?: string; nr?: string }>;
  headers: Array<{
    name: string;
    lines: string[];
    used: number;
    dossier: string | null;
    nr: string | null;
    letterOf?: string;
  }>;
  runOn: Array<{ text: string; none?: boolean; addressee?: string | null; date?: string; rest?: string }>;
}

const data = corpus<Data>('official-header');

describe('official header: one line by its form', () => {
  for (const c of data.lines) {
    it(c.text.slice(0, 70), () => {
      const got = classifyHeaderLine(c.text);
      expect(got?.kind ?? null).toBe(c.kind);
      if (c.dossier) expect(got?.dossier).toBe(c.dossier);
      if (c.nr) expect(got?.nr).toBe(c.nr);
    });
  }
});

describe('official header: the grammar of the first lines', () => {
  for (const c of data.headers) {
    it(c.name, () => {
      const h = readOfficialHeader(c.lines);
      expect(h?.used ?? 0).toBe(c.used);
      expect(h?.dossier ?? h?.rowKamerstuk?.dossier ?? null).toBe(c.dossier);
      expect(h?.nr ?? null).toBe(c.nr);
      if (c.letterOf) expect(h?.letterOf).toBe(c.letterOf);
    });
  }
});

describe('addressee and dateline run into the first paragraph', () => {
  for (const c of data.runOn) {
    it(c.text.slice(0, 70), () => {
      const r = splitRunOn(c.text);
      if (c.none) return expect(r).toBeNull();
      expect(r).not.toBeNull();
      expect(r?.addressee ?? null).toBe(c.addressee);
      expect(r?.date).toBe(c.date);
      expect(r?.rest).toBe(c.rest);
    });
  }
});
