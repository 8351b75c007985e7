import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { findTimeExpressions, type TimeOptions } from '../src/extract/time/index.js';

interface Row {
  sentence: string;
  ref: string | null;
  prefer?: TimeOptions['prefer'];
  expected: Array<{
    text: string;
    timex: string | null;
    modifier: string | null;
    start: string | null;
    end: string | null;
    relative: boolean;
  }>;
}

const corpus = JSON.parse(readFileSync(new URL('./corpus/time.json', import.meta.url), 'utf8')) as {
  rows: Row[];
};

describe('time expressions corpus', () => {
  it.each(corpus.rows.map((row) => [row.sentence, row] as const))('%s', (_sentence, row) => {
    const found = findTimeExpressions(row.sentence, row.ref ? new Date(row.ref) : null, {
      prefer: row.prefer,
    });
    expect(
      found.map(({ text, timex, modifier, start, end, relative }) => ({
        text,
        timex,
        modifier,
        start,
        end,
        relative,
      })),
    ).toEqual(row.expected);
    for (const f of found) expect(row.sentence.slice(f.index, f.index + f.text.length)).toBe(f.text);
  });
});
