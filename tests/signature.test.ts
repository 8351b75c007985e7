import { describe, expect, it } from 'vitest';
import { delegatedEnd, parseSignatories, splitSignatureLine } from '../src/lexicon/signature.js';
import { corpus } from './helpers.js';

interface Data {
  lines: Array<{ text: string; signers: Array<{ role: string; name: string }> | null }>;
  blocks: Array<{
    name: string;
    lines: string[];
    signatories: Array<{ name: string | null; role: string; onBehalf: string | null }>;
  }>;
  delegatedEnd: Array<{ name: string; lines: string[]; end: number }>;
}

const data = corpus<Data>('signature');

describe('signature on one line', () => {
  for (const c of data.lines) {
    it(c.text.slice(0, 70), () => {
      expect(splitSignatureLine(c.text)).toEqual(c.signers);
    });
  }
});

describe('signatories of a closing', () => {
  for (const c of data.blocks) {
    it(c.name, () => {
      expect(parseSignatories(c.lines)).toEqual(c.signatories);
    });
  }
});

describe("the delegated part of a signature ('namens deze')", () => {
  for (const c of data.delegatedEnd) {
    it(c.name, () => {
      expect(delegatedEnd(c.lines, 0)).toBe(c.end);
    });
  }
});
