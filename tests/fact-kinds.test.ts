/**
 * The fact kinds describe themselves (src/model/facts.ts): each one's list reaches the letter, its
 * schema, the batch summary's counts, check's --require and the Markdown report without a line of
 * its own there.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { evaluate, parseRequire } from '../src/batch/check.js';
import { summarise } from '../src/batch/summary.js';
import { FACT_KEYS, FACT_KINDS } from '../src/model/facts.js';
import { LetterSchema } from '../src/model/letter.js';
import { extractText } from '../src/pipeline.js';
import { render } from '../src/render/index.js';
import { ROOT } from './helpers.js';

const seed = extractText(
  readFileSync(join(ROOT, 'seeds/2024-11-12-vro-bo-leefomgeving.txt'), 'utf8'),
  'seed.txt',
);

describe('fact kinds', () => {
  it('the letter carries every kind, between its sections and its warnings, in the kinds order', () => {
    const keys = Object.keys(seed);
    expect(keys.slice(keys.indexOf('sections') + 1, keys.indexOf('warnings'))).toEqual(FACT_KEYS);
    expect(Object.keys(LetterSchema.shape)).toEqual(expect.arrayContaining([...FACT_KEYS]));
    expect(LetterSchema.safeParse(seed).success).toBe(true);
  });

  it.each(FACT_KEYS.map((key) => [key]))(
    '%s: counted in the summary, with a section in the report',
    (key) => {
      expect(seed[key].length).toBeGreaterThan(0);
      expect(summarise(seed).counts[key]).toBe(seed[key].length);
      const title = `## ${key[0]?.toUpperCase()}${key.slice(1)}`;
      expect(render(seed, 'md')).toContain(`\n${title}\n`);
      expect(render({ ...seed, [key]: [] }, 'md')).not.toContain(`\n${title}\n`);
    },
  );

  it.each(FACT_KINDS.flatMap((k) => (k.require ? [[k.key, k.require.name, k.require.missing]] : [])))(
    '%s: --require %s fails a letter without any, saying "%s"',
    (key, name, missing) => {
      expect(parseRequire(name)).toEqual([name]);
      const summary = summarise({ ...seed, [key]: [] });
      const outcome = evaluate(
        'x',
        { status: 'ok', summary, warnings: [], error: null, ms: 1 },
        [name],
        false,
      );
      expect(outcome.failed).toBe(true);
      expect(outcome.findings.map((f) => f.message)).toContain(`${missing} (required)`);
      const full = evaluate(
        'x',
        { status: 'ok', summary: summarise(seed), warnings: [], error: null, ms: 1 },
        [name],
        false,
      );
      expect(full.findings.filter((f) => f.severity === 'error')).toEqual([]);
    },
  );
});
