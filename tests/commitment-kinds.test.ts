import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { classifySentence, classifyStatement } from '../src/extract/commitments/classify.js';
import { describeCommitment } from '../src/extract/commitments/describe.js';
import { deliverableKey } from '../src/extract/deliverable-key.js';
import { extractText } from '../src/pipeline.js';

interface Row {
  sentence: string;
  when: string;
  kind: string;
  actor?: { text: string | null; normalized: string | null; government: boolean };
  action?: string | null;
  deliverable?: string | null;
  toParliament?: boolean;
}

const corpus = JSON.parse(
  readFileSync(new URL('./corpus/commitment-kinds.json', import.meta.url), 'utf8'),
) as { rows: Row[] };

describe('commitment kinds corpus', () => {
  it('covers every kind', () => {
    expect(new Set(corpus.rows.map((r) => r.kind))).toEqual(
      new Set(['promise', 'plan', 'expectation', 'in-force']),
    );
  });
  it.each(corpus.rows.map((row) => [row.sentence, row] as const))('%s', (_sentence, row) => {
    const d = describeCommitment(row.sentence, row.when);
    const got: Partial<Row> = { kind: d.kind };
    const want: Partial<Row> = { kind: row.kind };
    if (row.actor !== undefined) [got.actor, want.actor] = [d.actor, row.actor];
    if (row.action !== undefined) [got.action, want.action] = [d.action, row.action];
    if (row.deliverable !== undefined)
      [got.deliverable, want.deliverable] = [d.deliverable.text, row.deliverable];
    if (row.toParliament !== undefined)
      [got.toParliament, want.toParliament] = [d.toParliament, row.toParliament];
    expect(got).toEqual(want);
    // the key is always the shared key function's
    expect(d.deliverable.key).toBe(deliverableKey(d.deliverable.text));
  });
});

interface Statement {
  sentence: string;
  date: string;
  kind: 'expectation' | 'in-force';
  actor?: { text: string | null; normalized: string | null; government: boolean };
}

const statements = (corpus as unknown as { statements: Statement[] }).statements;

describe('forecasts and rules in force (listed only when --kinds asks)', () => {
  it.each(statements.map((row) => [row.sentence, row] as const))('%s', (_sentence, row) => {
    expect(classifySentence(row.sentence, row.date)).toBeNull();
    const s = classifyStatement(row.sentence, row.date);
    expect(s?.kind).toBe(row.kind);
    if (row.actor) expect(describeCommitment(row.sentence, s?.when.text ?? null).actor).toEqual(row.actor);
  });
});

describe('the kinds option', () => {
  const seed = readFileSync(new URL('../seeds/2024-11-12-vro-bo-leefomgeving.txt', import.meta.url), 'utf8');
  it('lists promises and plans by default, every kind on request, numbered in the list', () => {
    const byDefault = extractText(seed).commitments;
    const all = extractText(seed, '<text>', {
      kinds: ['promise', 'plan', 'expectation', 'in-force'],
    }).commitments;
    const forecasts = extractText(seed, '<text>', { kinds: ['expectation'] }).commitments;
    expect(byDefault.length).toBeGreaterThan(0);
    expect(byDefault.every((c) => c.kind === 'promise' || c.kind === 'plan')).toBe(true);
    expect(all.length).toBeGreaterThanOrEqual(byDefault.length);
    expect(forecasts.every((c) => c.kind === 'expectation')).toBe(true);
    expect(byDefault.map((c) => c.id)).toEqual(byDefault.map((_, i) => `c${i + 1}`));
    expect(all.filter((c) => c.kind === 'promise' || c.kind === 'plan').map((c) => c.text)).toEqual(
      byDefault.map((c) => c.text),
    );
  });
});
