/**
 * Known advisories of the runtime dependencies (tests/corpus/advisories.json): the installed
 * version, the lockfile's and every version package.json's range admits must lie outside each
 * advisory's affected range. Fails when `npm install` or a range change brings such a version in.
 */
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = resolve(import.meta.dirname, '..');
const json = (path: string) => JSON.parse(readFileSync(join(ROOT, path), 'utf8'));
const table = json('tests/corpus/advisories.json') as {
  advisories: Advisory[];
  inRange: [string, string, boolean][];
  ranges: [string, string, string][];
  overlaps: [string, boolean][];
};

type Version = [number, number, number];
function parse(v: string): Version {
  const m = /^(\d+)\.(\d+)\.(\d+)(?:[-+].*)?$/.exec(v);
  if (!m) throw new Error(`not a version: ${v}`);
  return [Number(m[1]), Number(m[2]), Number(m[3])];
}
function compare(a: Version, b: Version): number {
  return a[0] - b[0] || a[1] - b[1] || a[2] - b[2];
}
const show = (v: Version) => v.join('.');

/** The versions a package.json range admits, as [lowest, first version above]: exact, ~ or ^. */
function rangeOf(range: string): [Version, Version] {
  const m = /^([~^]?)(\d+\.\d+\.\d+)$/.exec(range.trim());
  if (!m) throw new Error(`range not understood here (use exact, ~ or ^): ${range}`);
  const [major, minor, patch] = parse(m[2] as string);
  const low: Version = [major, minor, patch];
  if (m[1] === '') return [low, [major, minor, patch + 1]];
  if (m[1] === '~') return [low, [major, minor + 1, 0]];
  if (major > 0) return [low, [major + 1, 0, 0]];
  return [low, minor > 0 ? [0, minor + 1, 0] : [0, 0, patch + 1]];
}

interface Advisory {
  id: string;
  package: string;
  affected: { from: string; below: string };
}
const inside = (version: string, a: Advisory) =>
  compare(parse(version), parse(a.affected.from)) >= 0 &&
  compare(parse(version), parse(a.affected.below)) < 0;
const overlaps = (range: string, a: Advisory) => {
  const [low, above] = rangeOf(range);
  return compare(low, parse(a.affected.below)) < 0 && compare(parse(a.affected.from), above) < 0;
};

const advisories = table.advisories;
const pdfjsAdvisory = advisories.find((a) => a.package === 'pdfjs-dist') as Advisory;

describe('advisory ranges (the checks themselves)', () => {
  it.each(table.inRange)('%s %s inside: %s', (name, version, expected) => {
    const a = advisories.find((x) => x.package === name) as Advisory;
    expect(inside(version, a)).toBe(expected);
  });
  it.each(table.ranges)('%s admits %s up to below %s', (range, low, above) => {
    expect(rangeOf(range).map(show)).toEqual([low, above]);
  });
  it.each(table.overlaps)('pdfjs-dist %s reaches into the advisory: %s', (range, expected) => {
    expect(overlaps(range, pdfjsAdvisory)).toBe(expected);
  });
  it('refuses a range it cannot bound', () => {
    expect(() => rangeOf('>=5.0.0')).toThrow(/not understood/);
  });
});

describe('the dependencies as installed and declared', () => {
  const pkg = json('package.json');
  const lock = json('package-lock.json');
  for (const a of advisories) {
    it(`${a.package}: installed, locked and declared versions are outside ${a.id}`, () => {
      const installed = json(`node_modules/${a.package}/package.json`).version as string;
      const locked = lock.packages[`node_modules/${a.package}`]?.version as string;
      const declared = (pkg.dependencies[a.package] ?? pkg.devDependencies?.[a.package]) as string;
      expect(locked, `${a.package} is in the lockfile`).toBeDefined();
      expect(inside(installed, a), `installed ${a.package}@${installed}`).toBe(false);
      expect(inside(locked, a), `locked ${a.package}@${locked}`).toBe(false);
      expect(overlaps(declared, a), `package.json ${a.package}@${declared}`).toBe(false);
    });
  }
});
