import { describe, expect, it } from 'vitest';
import { MEMBER_NAME } from '../src/layout/motion.js';
import { extractText } from '../src/pipeline.js';
import { corpus } from './helpers.js';

interface Data {
  names: Array<{ text: string; member: boolean }>;
  letters: Array<{ name: string; text: string; notHeadings: string[]; bodyContains: string[] }>;
}

const data = corpus<Data>('motion');

describe("a motion's signers: member names", () => {
  for (const c of data.names) {
    it(c.text, () => {
      expect(MEMBER_NAME.test(c.text)).toBe(c.member);
    });
  }
});

describe("a motion's signers are no headings", () => {
  for (const c of data.letters) {
    it(c.name, () => {
      const letter = extractText(c.text);
      const headings = letter.sections.map((s) => s.heading);
      for (const h of c.notHeadings) expect(headings).not.toContain(h);
      const body = letter.sections.map((s) => `${s.heading} ${s.text}`).join(' ');
      for (const s of c.bodyContains) expect(body).toContain(s);
    });
  }
});
