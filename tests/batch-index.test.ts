/**
 * What `index.json` says after resumes, deleted inputs and shards (issue 17), symlinked folders
 * (issue 19), and `check -o`/`check -` (issue 17).
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readIndex } from './processes.js';

const ROOT = resolve(import.meta.dirname, '..');
const BIN = join(ROOT, 'bin/kamerbrief.js');
const SEED = readFileSync(join(ROOT, 'seeds/2024-11-12-vro-bo-leefomgeving.txt'), 'utf8').slice(0, 6000);

let work: string;
beforeAll(() => {
  work = mkdtempSync(join(tmpdir(), 'kb-index-'));
});
afterAll(() => rmSync(work, { recursive: true, force: true }));

/** n letters in DIR/in; the numbers in `broken` are empty files (they fail). */
function makeCorpus(name: string, n: number, broken: number[] = []): string {
  const dir = join(work, name);
  mkdirSync(join(dir, 'in'), { recursive: true });
  for (let i = 1; i <= n; i++) {
    const text = broken.includes(i) ? '' : `${SEED}\nDit is variant ${i}.\n`;
    writeFileSync(join(dir, 'in', `letter-${String(i).padStart(2, '0')}.txt`), text);
  }
  return dir;
}

const cli = (dir: string, args: string[], input?: string) =>
  spawnSync(process.execPath, [BIN, ...args], {
    cwd: dir,
    encoding: 'utf8',
    input,
    env: { ...process.env, NO_COLOR: '1' },
  });

interface Entry {
  path: string;
  status: string;
  action: string;
}
const byPath = (dir: string): Record<string, string> =>
  Object.fromEntries(readIndex(dir).letters.map((e: Entry) => [e.path, `${e.status}/${e.action}`]));

describe('index.json after a resume', () => {
  it('status describes the letter (ok/failed), action what this run did; a deleted input is dropped', () => {
    const dir = makeCorpus('resume', 4, [4]);
    expect(cli(dir, ['batch', 'in', '-o', 'out']).status).toBe(1);
    writeFileSync(join(dir, 'in', 'letter-02.txt'), `${SEED}\nGewijzigd.\n`);
    rmSync(join(dir, 'in', 'letter-03.txt'));
    expect(cli(dir, ['batch', 'in', '-o', 'out']).status).toBe(1);
    expect(byPath(dir)).toEqual({
      'in/letter-01.txt': 'ok/skipped',
      'in/letter-02.txt': 'ok/processed',
      'in/letter-04.txt': 'failed/processed',
    });
    expect(readIndex(dir).totals).toEqual({ letters: 3, ok: 2, failed: 1 });
    // `select(.status == "ok")` lists every letter whose output is there
    expect(readIndex(dir).letters.filter((e: Entry) => e.status === 'ok')).toHaveLength(2);
  });

  it('shards run one after another into one folder merge, failures included', () => {
    const dir = makeCorpus('shards', 9, [1, 2, 3, 5, 9]);
    for (const shard of ['1/3', '2/3', '3/3']) {
      const run = cli(dir, ['batch', 'in', '-o', 'out', '--shard', shard]);
      expect(run.status, run.stderr).toBe(1);
    }
    const index = readIndex(dir);
    expect(index.totals).toEqual({ letters: 9, ok: 4, failed: 5 });
    expect(index.shard).toBe('3/3');
    // the letters of the last shard were processed by this run; the others by earlier runs
    const actions = index.letters.map((e: Entry) => e.action);
    expect(actions.filter((a: string) => a === 'processed')).toHaveLength(3);
    expect(actions.filter((a: string) => a === 'none')).toHaveLength(6);
  });
});

describe('symlinks', () => {
  it('a folder symlink that leads back into the input tree adds no letter and never loops', () => {
    const dir = makeCorpus('loop', 5);
    symlinkSync('..', join(dir, 'in', 'loop'));
    symlinkSync(join(dir, 'in', 'letter-01.txt'), join(dir, 'in', 'alias.txt'));
    const run = cli(dir, ['batch', 'in', '-o', 'out']);
    expect(run.status, run.stderr).toBe(0);
    expect(run.stderr).toMatch(/5 letters: 5 processed/);
    expect(Object.keys(byPath(dir)).sort()).toEqual([1, 2, 3, 4, 5].map((i) => `in/letter-0${i}.txt`));
  });
});

describe('check -o and -', () => {
  it('writes any reporter to -o FILE, -o - to stdout, and reads a letter from stdin as -', () => {
    const dir = makeCorpus('check', 2);
    for (const reporter of ['text', 'github', 'junit']) {
      const file = `report-${reporter}.out`;
      const run = cli(dir, ['check', 'in', '-r', reporter, '-o', file]);
      expect(run.status, run.stderr).toBe(0);
      expect(run.stdout).toBe('');
      expect(readFileSync(join(dir, file), 'utf8').length).toBeGreaterThan(0);
      expect(run.stderr).toMatch(new RegExp(`2 letters checked, 0 failed; report: ${file}`));
    }
    const toStdout = cli(dir, ['check', 'in', '-r', 'junit', '-o', '-']);
    expect(toStdout.status, toStdout.stderr).toBe(0);
    expect(toStdout.stdout).toMatch(/<testsuite[^>]* tests="2"/);

    const stdin = cli(dir, ['check', '-', '-r', 'github', '--require', 'sections'], SEED);
    expect(stdin.status, stdin.stderr).toBe(0);
    expect(stdin.stderr).toMatch(/1 letter checked, 0 failed/);
    const empty = cli(dir, ['check', '-', '-r', 'github'], '');
    expect(empty.status).toBe(1);
    expect(empty.stdout).toMatch(/^::error file=-/m);
  });
});
