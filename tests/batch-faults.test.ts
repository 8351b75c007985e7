/**
 * A full disk and a failing disk never hang `batch`, `check --output` or `extract -o` (issue 19):
 * each run ends with one line, exit 1, no process left and no half-written file, and the same
 * command finishes once the disk is fine again.
 *
 * The disk is tests/faults/full-disk.mjs, loaded into the CLI and its workers with NODE_OPTIONS: the
 * writes under the output folder share a byte budget; the write that crosses it is cut short and
 * the next fails with ENOSPC (or EIO). When the tests run as root and may mount, one more test
 * uses a real 400 KB tmpfs.
 */
import { spawnSync } from 'node:child_process';
import {
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { LetterSchema } from '../src/model/letter.js';
import { alive, filesUnder, readIndex } from './processes.js';

const ROOT = resolve(import.meta.dirname, '..');
const BIN = join(ROOT, 'bin/kamerbrief.js');
const FAULT = join(ROOT, 'tests/faults/full-disk.mjs');
// The whole seed: an output of ~40 KB, so that a small budget fills after a few letters.
const SEED = readFileSync(join(ROOT, 'seeds/2024-11-12-vro-bo-leefomgeving.txt'), 'utf8');
const LETTERS = 12;

let work: string;
beforeAll(() => {
  work = mkdtempSync(join(tmpdir(), 'kb-faults-'));
});
afterAll(() => rmSync(work, { recursive: true, force: true }));

function makeCorpus(name: string, n = LETTERS): string {
  const dir = join(work, name);
  mkdirSync(join(dir, 'in'), { recursive: true });
  for (let i = 1; i <= n; i++)
    writeFileSync(
      join(dir, 'in', `letter-${String(i).padStart(2, '0')}.txt`),
      `${SEED}\nDit is variant ${i}.\n`,
    );
  return dir;
}

interface Fault {
  code?: string;
  bytes: number;
  /** Only paths matching this fail. */
  match?: string;
}

/** Runs the CLI in `dir`, with the fault when given; returns the run, its time and the pids it started. */
function cli(dir: string, args: string[], fault?: Fault) {
  const pids = join(dir, `pids-${Math.random().toString(36).slice(2)}`);
  const env: Record<string, string> = { ...process.env, NO_COLOR: '1' } as Record<string, string>;
  if (fault) {
    Object.assign(env, {
      NODE_OPTIONS: `${process.env.NODE_OPTIONS ?? ''} --import ${FAULT}`.trim(),
      KB_FAULT_DIR: join(dir, 'out'),
      KB_FAULT_BYTES: String(fault.bytes),
      KB_FAULT_CODE: fault.code ?? 'ENOSPC',
      KB_FAULT_COUNTER: join(dir, `counter-${Math.random().toString(36).slice(2)}`),
      KB_FAULT_PIDS: pids,
      ...(fault.match ? { KB_FAULT_MATCH: fault.match } : {}),
    });
  }
  const started = Date.now();
  // A hang is what this guards against: spawnSync's own timeout turns it into a failure.
  const run = spawnSync(process.execPath, [BIN, ...args], {
    cwd: dir,
    encoding: 'utf8',
    env,
    timeout: 60_000,
  });
  const ms = Date.now() - started;
  const started_pids = existsSync(pids)
    ? readFileSync(pids, 'utf8').split('\n').filter(Boolean).map(Number)
    : [];
  return { ...run, ms, pids: started_pids };
}

/** What every faulted run must show: exit 1, one line naming the problem, quick, nothing left running or half-written. */
function expectCleanStop(run: ReturnType<typeof cli>, line: RegExp) {
  expect(run.error, 'the run hung').toBeUndefined();
  expect(run.status, run.stderr).toBe(1);
  expect(run.stderr).toMatch(line);
  expect(run.stderr).not.toMatch(/\n\s+at /);
  expect(run.ms).toBeLessThan(30_000);
  // the CLI and every worker it started are gone
  expect(run.pids.length).toBeGreaterThan(0);
  expect(run.pids.filter(alive)).toEqual([]);
}

function expectNoHalfFiles(dir: string) {
  const out = join(dir, 'out');
  expect(filesUnder(out).filter((f) => f.endsWith('.kbtmp'))).toEqual([]);
  for (const f of filesUnder(out).filter((f) => /^letter-.*\.json$/.test(f)))
    expect(LetterSchema.safeParse(JSON.parse(readFileSync(join(out, f), 'utf8'))).success, f).toBe(true);
}

const LEFT = `; \\d+ of ${LETTERS} letters done; free space and run the same command to finish`;

describe('batch on a full or failing disk', () => {
  it('json: the outputs fill the disk; the run stops at once, keeps what is done, and the next run finishes', () => {
    const dir = makeCorpus('json');
    const run = cli(dir, ['batch', 'in', '-o', 'out', '-j', '2'], { bytes: 150_000 });
    expectCleanStop(
      run,
      new RegExp(
        `^kamerbrief batch: error: out/: no space left on device \\(ENOSPC\\) while writing .+${LEFT}\\n$`,
      ),
    );
    expectNoHalfFiles(dir);

    const again = cli(dir, ['batch', 'in', '-o', 'out', '-j', '2']);
    expect(again.status, again.stderr).toBe(0);
    const index = readIndex(dir);
    expect(index.totals).toEqual({ letters: LETTERS, ok: LETTERS, failed: 0 });
    expect(index.run.complete).toBe(true);
    expect(index.run.processed + index.run.skipped).toBe(LETTERS);
    expect(filesUnder(join(dir, 'out')).filter((f) => f.endsWith('.json'))).toHaveLength(LETTERS + 1);
    expect(existsSync(join(dir, 'out', '.kamerbrief-journal.ndjson'))).toBe(false);
  });

  it('json: an I/O error on the journal stops the run; the letters journaled stay done', () => {
    const dir = makeCorpus('journal');
    const run = cli(dir, ['batch', 'in', '-o', 'out', '-j', '2'], {
      bytes: 3000,
      code: 'EIO',
      match: 'kamerbrief-journal',
    });
    expectCleanStop(
      run,
      /out\/: input\/output error \(EIO\) while writing the journal; \d+ of 12 letters done; fix this and run the same command to finish/,
    );
    expectNoHalfFiles(dir);
    const index = readIndex(dir);
    expect(index.run).toMatchObject({ complete: false, stopped: 'EIO while writing the journal' });
    const done = index.totals.ok;
    expect(done).toBeGreaterThan(0);
    expect(done).toBeLessThan(LETTERS);

    const again = cli(dir, ['batch', 'in', '-o', 'out']);
    expect(again.status, again.stderr).toBe(0);
    expect(readIndex(dir).totals).toEqual({ letters: LETTERS, ok: LETTERS, failed: 0 });
    expect(readIndex(dir).run.skipped).toBe(done);
  });

  it('json: when index.json cannot be written, the journal keeps the run and the next run writes the index', () => {
    const dir = makeCorpus('index');
    const run = cli(dir, ['batch', 'in', '-o', 'out'], { bytes: 0, match: 'index\\.json' });
    expectCleanStop(
      run,
      /out\/: no space left on device \(ENOSPC\) while writing index\.json; 12 of 12 letters done/,
    );
    expect(existsSync(join(dir, 'out', 'index.json'))).toBe(false);
    expect(existsSync(join(dir, 'out', '.kamerbrief-journal.ndjson'))).toBe(true);
    expectNoHalfFiles(dir);

    const again = cli(dir, ['batch', 'in', '-o', 'out']);
    expect(again.status, again.stderr).toBe(0);
    expect(readIndex(dir).run).toMatchObject({ processed: 0, skipped: LETTERS, complete: true });
  });

  it('ndjson: letters.ndjson fills the disk mid-line; the next run cuts the half line and ends with one line per letter', () => {
    const dir = makeCorpus('ndjson');
    const run = cli(dir, ['batch', 'in', '-o', 'out', '-f', 'ndjson', '-j', '2'], {
      bytes: 250_000,
      match: 'letters\\.ndjson',
    });
    expectCleanStop(
      run,
      new RegExp(`out/: no space left on device \\(ENOSPC\\) while writing letters\\.ndjson${LEFT}`),
    );
    // the disk filled mid-line: the file ends with half a letter
    expect(readFileSync(join(dir, 'out', 'letters.ndjson'), 'utf8').endsWith('\n')).toBe(false);

    const again = cli(dir, ['batch', 'in', '-o', 'out', '-f', 'ndjson']);
    expect(again.status, again.stderr).toBe(0);
    const lines = readFileSync(join(dir, 'out', 'letters.ndjson'), 'utf8')
      .split('\n')
      .filter(Boolean);
    expect(lines).toHaveLength(LETTERS);
    const paths = lines.map((l) => LetterSchema.parse(JSON.parse(l)).source.path).sort();
    expect(new Set(paths).size).toBe(LETTERS);
    expect(readIndex(dir).totals).toEqual({ letters: LETTERS, ok: LETTERS, failed: 0 });
  });
});

describe('check --output and extract -o on a full disk', () => {
  it('check: the report is not written, the run says so in one line and exits 1; the next run writes it', () => {
    const dir = makeCorpus('check', 3);
    mkdirSync(join(dir, 'out'));
    const args = ['check', 'in', '--reporter', 'junit', '-o', 'out/report.xml', '-j', '1'];
    const run = cli(dir, args, { bytes: 200 });
    expectCleanStop(
      run,
      /^kamerbrief check: error: out\/report\.xml: no space left on device \(ENOSPC\) while writing the report; 3 of 3 letters checked; free space and run the same command to finish\n$/,
    );
    expect(filesUnder(join(dir, 'out'))).toEqual([]);

    const again = cli(dir, args);
    expect(again.status, again.stderr).toBe(0);
    expect(readFileSync(join(dir, 'out', 'report.xml'), 'utf8')).toMatch(/<testsuite[^>]* tests="3"/);
  });

  it('extract -o: exit 1, one line, no partial file; the next run writes it', () => {
    const dir = makeCorpus('extract', 1);
    mkdirSync(join(dir, 'out'));
    const args = ['extract', 'in/letter-01.txt', '-o', 'out/a.json'];
    const run = cli(dir, args, { bytes: 1000 });
    expectCleanStop(run, /out\/a\.json.*ENOSPC|ENOSPC.*out\/a\.json/);
    expect(run.stderr.trim().split('\n')).toHaveLength(1);
    expect(filesUnder(join(dir, 'out'))).toEqual([]);

    const again = cli(dir, args);
    expect(again.status, again.stderr).toBe(0);
    expect(LetterSchema.safeParse(JSON.parse(readFileSync(join(dir, 'out', 'a.json'), 'utf8'))).success).toBe(
      true,
    );
  });
});

/** A real small disk, when the tests may mount one (root, and a sandbox that allows tmpfs). */
function mountTmpfs(dir: string, size: string): boolean {
  if (process.getuid?.() !== 0) return false;
  mkdirSync(dir, { recursive: true });
  return spawnSync('mount', ['-t', 'tmpfs', '-o', `size=${size}`, 'tmpfs', dir]).status === 0;
}

describe('batch on a real 400 KB tmpfs', () => {
  it('stops with one line and exit 1 in json and ndjson; after growing the disk, the same command finishes', (ctx) => {
    const dir = makeCorpus('tmpfs', 30);
    const out = join(dir, 'out');
    if (!mountTmpfs(out, '400k')) ctx.skip();
    try {
      for (const format of ['json', 'ndjson']) {
        for (const f of readdirSync(out)) rmSync(join(out, f), { recursive: true, force: true });
        const run = cli(dir, ['batch', 'in', '-o', 'out', '-f', format, '-j', '2']);
        expect(run.error, 'the run hung').toBeUndefined();
        expect(run.status, run.stderr).toBe(1);
        expect(run.stderr).toMatch(
          /out\/: no space left on device \(ENOSPC\) while writing .*; \d+ of 30 letters done; free space/,
        );
        expect(filesUnder(out).filter((f) => f.endsWith('.kbtmp'))).toEqual([]);
      }
      expect(spawnSync('mount', ['-o', 'remount,size=8m', out]).status).toBe(0);
      const again = cli(dir, ['batch', 'in', '-o', 'out', '-f', 'ndjson', '-j', '2']);
      expect(again.status, again.stderr).toBe(0);
      expect(readFileSync(join(out, 'letters.ndjson'), 'utf8').split('\n').filter(Boolean)).toHaveLength(30);
    } finally {
      spawnSync('umount', [out]);
    }
  });
});
