import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { describeCommitment } from '../src/extract/commitments/describe.js';
import { deliverableKey } from '../src/extract/deliverable-key.js';

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
