import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { assignOutputNames, type InputFile } from '../src/batch/inputs.js';
import { parseShard, selectShard } from '../src/batch/shard.js';

const ROOT = resolve(import.meta.dirname, '..');
const BIN = join(ROOT, 'bin/kamerbrief.js');
const SEED = readFileSync(join(ROOT, 'seeds/2024-11-12-vro-bo-leefomgeving.txt'), 'utf8').slice(0, 6000);

const input = (rel: string, abs = `/corpus/${rel}`): InputFile => ({ abs, display: rel, rel });

describe('parseShard', () => {
  it('reads i/n', () => {
    expect(parseShard('1/1')).toEqual({ index: 1, count: 1 });
    expect(parseShard(' 3 / 4 ')).toEqual({ index: 3, count: 4 });
  });
  it.each(['0/3', '4/3', '1/0', '1', 'a/b', '-1/2', '1/2/3', ''])('rejects %j', (text) => {
    expect(() => parseShard(text)).toThrow(/--shard/);
  });
});

describe('selectShard', () => {
  it('covers every input exactly once across the shards, with sizes differing by at most one', () => {
    fc.assert(
      fc.property(
        fc.uniqueArray(fc.string(), { maxLength: 60 }),
        fc.integer({ min: 1, max: 9 }),
        (keys, n) => {
          const shards = Array.from({ length: n }, (_, i) =>
            selectShard(keys, { index: i + 1, count: n }, (k) => k),
          );
          const all = shards.flat();
          expect(all.length).toBe(keys.length);
          expect(new Set(all)).toEqual(new Set(keys));
          const sizes = shards.map((s) => s.length);
          expect(Math.max(...sizes) - Math.min(...sizes)).toBeLessThanOrEqual(1);
        },
      ),
    );
  });
  it('does not depend on the order the inputs were found in', () => {
    const keys = ['b.pdf', 'a/c.txt', 'a.pdf', 'z.txt', 'm.pdf'];
    const one = selectShard(keys, { index: 2, count: 2 }, (k) => k);
    const two = selectShard([...keys].reverse(), { index: 2, count: 2 }, (k) => k);
    expect(two).toEqual(one);
    expect(one).toEqual(['a/c.txt', 'm.pdf']);
  });
});

describe('assignOutputNames', () => {
  it('replaces the extension and keeps the relative folder', () => {
    expect(assignOutputNames([input('a.pdf'), input('sub/b.txt')], '.json')).toEqual([
      'a.json',
      'sub/b.json',
    ]);
  });
  it('lets clashing inputs keep their own extension, deterministically', () => {
    const inputs = [input('x/a.txt'), input('x/a.pdf'), input('x/A.pdf', '/other/x/A.pdf')];
    const names = assignOutputNames(inputs, '.json');
    // code-unit order: 'A' sorts before 'a'
    expect(names).toEqual(['x/a.txt.json', 'x/a.pdf-2.json', 'x/A.pdf.json']);
    expect(new Set(names.map((n) => n.toLowerCase())).size).toBe(3);
    // the same names whatever the order of discovery
    const reversed = assignOutputNames([...inputs].reverse(), '.json').reverse();
    expect(reversed).toEqual(names);
  });
  it('never takes the name of the index', () => {
    expect(assignOutputNames([input('index.pdf'), input('letters.txt')], '.json')).toEqual([
      'index.pdf.json',
      'letters.json',
    ]);
  });
  it('gives unique names for any set of paths', () => {
    const seg = fc.constantFrom('a', 'A', 'b', 'index', 'a.pdf', 'a-2');
    const rel = fc
      .tuple(fc.array(seg, { maxLength: 2 }), seg, fc.constantFrom('.pdf', '.txt', '.PDF', ''))
      .map(([dirs, name, ext]) => [...dirs, `${name}${ext}`].join('/'));
    fc.assert(
      fc.property(fc.uniqueArray(rel, { maxLength: 30 }), (rels) => {
        const names = assignOutputNames(
          rels.map((r) => input(r)),
          '.json',
        );
        expect(new Set(names.map((n) => n.toLowerCase())).size).toBe(rels.length);
        for (const n of names) expect(n.endsWith('.json')).toBe(true);
      }),
    );
  });
});

describe('kamerbrief batch --shard', () => {
  let dir: string;
  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), 'kb-shard-'));
    for (let i = 1; i <= 9; i++) {
      const sub = i % 3 === 0 ? 'sub/' : '';
      mkdirSync(join(dir, 'in', sub), { recursive: true });
      writeFileSync(join(dir, 'in', `${sub}letter-${i}.txt`), `${SEED}\nDit is variant ${i}.\n`);
    }
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('splits the inputs over the shards so that each is done exactly once, with the same output names', () => {
    const seen: string[] = [];
    for (let i = 1; i <= 3; i++) {
      const out = join(dir, `out-${i}`);
      const run = spawnSync(
        process.execPath,
        [BIN, 'batch', 'in', '--out-dir', out, '--shard', `${i}/3`, '--jobs', '1'],
        {
          cwd: dir,
          encoding: 'utf8',
        },
      );
      expect(run.status, run.stderr).toBe(0);
      const index = JSON.parse(readFileSync(join(out, 'index.json'), 'utf8'));
      expect(index.shard).toBe(`${i}/3`);
      expect(index.letters).toHaveLength(3);
      for (const e of index.letters) {
        expect(e.status).toBe('ok');
        expect(e.output).toBe(e.path.replace(/^in\//, '').replace(/\.txt$/, '.json'));
        seen.push(e.path);
      }
    }
    expect(seen.sort()).toEqual(
      Array.from({ length: 9 }, (_, k) => `in/${(k + 1) % 3 === 0 ? 'sub/' : ''}letter-${k + 1}.txt`).sort(),
    );
  });

  it('rejects a malformed shard as a usage error', () => {
    const run = spawnSync(
      process.execPath,
      [BIN, 'batch', 'in', '--out-dir', join(dir, 'x'), '--shard', '4/3'],
      {
        cwd: dir,
        encoding: 'utf8',
      },
    );
    expect(run.status).toBe(2);
    expect(run.stderr).toMatch(/shard/);
  });
});
