import { describe, expect, it } from 'vitest';
import { subjectContinuation } from '../src/layout/subject.js';
import type { Line } from '../src/model/page.js';
import { corpus } from './helpers.js';

interface RawLine {
  text: string;
  x?: number;
  gap?: boolean;
}
interface Case {
  name: string;
  first: RawLine;
  value: string;
  lines: RawLine[];
  continues: string[];
}

const line = (l: RawLine): Line => ({ text: l.text, page: 1, x: l.x, gapBefore: l.gap });

describe('a wrapped subject', () => {
  for (const c of corpus<{ cases: Case[] }>('subject').cases) {
    it(c.name, () => {
      const lines = [line(c.first), ...c.lines.map(line)];
      expect(subjectContinuation(lines, 0, c.value).map((l) => l.text)).toEqual(c.continues);
    });
  }
});
