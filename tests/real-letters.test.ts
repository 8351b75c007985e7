/**
 * The ratchet on the real letters (fixtures/real): every figure of `npm run eval` stays at or above
 * the floor committed in fixtures/real/floors.json (counts of errors at or below it). Raise the
 * floors with `node scripts/eval.mjs --write-floors` when the figures rise; lower one only with the
 * reason in the commit message.
 */
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
// @ts-expect-error: a plain ES module of the eval script, without types
import { belowFloors, evaluate, readFloors, SETS } from '../scripts/eval/run.mjs';
import { extract } from '../src/index.js';
import { ROOT } from './helpers.js';

const root = join(ROOT, 'fixtures', 'real');
const floors = readFloors(root);

describe.each(Object.keys(SETS))('real letters: %s', (setName) => {
  it('keeps every figure at or above its floor', async () => {
    const { figures } = await evaluate((p: string) => extract(p), root, setName);
    expect(figures.files).toBeGreaterThan(0);
    expect(belowFloors(figures, floors[setName] ?? {})).toEqual([]);
  });
});
