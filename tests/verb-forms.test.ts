import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { finiteToInfinitive, participleToInfinitive } from '../src/extract/commitments/verbs.js';

const corpus = JSON.parse(readFileSync(new URL('./corpus/verb-forms.json', import.meta.url), 'utf8')) as {
  finite: Array<[string, string]>;
  participle: Array<[string, string]>;
};

describe('verb forms to the infinitive', () => {
  it.each(corpus.finite)('finite %s → %s', (form, infinitive) => {
    expect(finiteToInfinitive(form)).toBe(infinitive);
  });
  it.each(corpus.participle)('participle %s → %s', (form, infinitive) => {
    expect(participleToInfinitive(form)).toBe(infinitive);
  });
});
