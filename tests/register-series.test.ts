/**
 * Series of letters → the register's links and statuses (tests/corpus/register-series: which
 * letters are real and which constructed is in its README). The links of a series are exactly the
 * listed ones: a link the table does not name fails the test as much as a missing one.
 */
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { extractFile } from '../src/pipeline.js';
import { buildRegister } from '../src/register/build.js';
import { digestLetter } from '../src/register/digest.js';
import { RegisterSchema } from '../src/register/schema.js';
import series from './corpus/register-series/series.json' with { type: 'json' };
import { ROOT } from './helpers.js';

interface ExpectedLink {
  type: string;
  from: string;
  to: string;
  oldDue: string | null;
  newDue: string | null;
}

describe('register over a series of letters', () => {
  it.each(series)('$name', async ({ asOf, letters, links, statuses }) => {
    const digests = [];
    for (const path of letters) digests.push(digestLetter(await extractFile(join(ROOT, path)), path, null));
    const register = buildRegister(digests, { asOf, version: 'test', generated: '2000-01-01T00:00:00Z' });
    expect(RegisterSchema.safeParse(register).success).toBe(true);
    const got = register.links.map((l) => ({
      type: l.type,
      from: l.from.sentence,
      to: l.to.sentence,
      oldDue: l.oldDue,
      newDue: l.newDue,
    }));
    expect(got).toHaveLength(links.length);
    for (const want of links as ExpectedLink[]) {
      const hit = got.find(
        (g) =>
          g.type === want.type &&
          g.from.includes(want.from) &&
          g.to.includes(want.to) &&
          g.oldDue === want.oldDue &&
          g.newDue === want.newDue,
      );
      expect(
        hit,
        `${want.type}: "${want.from}" → "${want.to}" in ${JSON.stringify(got, null, 1)}`,
      ).toBeDefined();
    }
    for (const { contains, status } of statuses) {
      const rows = register.commitments.filter((c) => c.text.includes(contains));
      expect(
        rows.map((c) => c.text),
        contains,
      ).toHaveLength(1);
      expect(rows[0]?.status, contains).toBe(status);
    }
    // The real 12-mijlszone letter cites the earlier one (Kamerstuk 33 561, nr. 7): the link says so.
    for (const l of register.links) expect(l.cites).toBe(l.to.path.includes('2014-04-14-ienm-windenergie'));
    // Every link names both letters and both sentences.
    for (const l of register.links) {
      expect(l.from.path).not.toBe(l.to.path);
      expect(l.from.sentence.length).toBeGreaterThan(0);
      expect(l.to.sentence.length).toBeGreaterThan(0);
    }
  });
});

describe('register over every real letter', () => {
  it('links no two different real letters: the only links join an excerpt and its full text', async () => {
    const dirs = ['fixtures/real/letters', 'fixtures/heldout/letters'];
    const digests = [];
    for (const dir of dirs)
      for (const f of readdirSync(join(ROOT, dir)))
        digests.push(digestLetter(await extractFile(join(ROOT, dir, f)), `${dir}/${f}`, null));
    const register = buildRegister(digests, { asOf: '2026-01-01', version: 'test' });
    expect(register.letters).toHaveLength(77);
    expect(register.links.length).toBeGreaterThan(0);
    for (const l of register.links) {
      expect(l.type).toBe('repeated');
      expect(l.from.path.replace('-full', '')).toBe(l.to.path.replace('-full', ''));
    }
  });
});
