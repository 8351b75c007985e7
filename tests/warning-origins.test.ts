/** Every warning names its origin, `stage:rule`: the corpus (tests/corpus/warning-origins.json) gives code and origin per text. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { extractText } from '../src/pipeline.js';
import { ROOT } from './helpers.js';

interface Case {
  name: string;
  text: string;
  warnings: Array<{ code: string; origin: string }>;
}
const { cases } = JSON.parse(readFileSync(join(ROOT, 'tests/corpus/warning-origins.json'), 'utf8')) as {
  cases: Case[];
};

describe('warning origins', () => {
  it.each(cases.map((c) => [c.name, c] as const))('%s', (_name, c) => {
    const warnings = extractText(c.text).warnings.map((w) => ({ code: w.code, origin: w.origin }));
    expect(warnings).toEqual(c.warnings);
  });
});
