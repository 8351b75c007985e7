/**
 * `kamerbrief batch` end to end, through the built CLI: resuming, kill -9 of the whole batch and of
 * one worker, the time limit, ndjson. Uses the hidden test hook KAMERBRIEF_TEST_SLOW (see
 * src/batch/worker.ts) to keep one letter in progress long enough.
 */
import { spawn, spawnSync } from 'node:child_process';
import {
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { writeFileAtomic } from '../src/batch/atomic.js';
import { largestFirst } from '../src/batch/inputs.js';
import { ProcessPool } from '../src/batch/pool.js';
import { LetterSchema } from '../src/model/letter.js';
import { exited, filesUnder, readIndex, waitFor } from './processes.js';

const ROOT = resolve(import.meta.dirname, '..');
const BIN = join(ROOT, 'bin/kamerbrief.js');
// A short letter (the seed's first pages) keeps the runs quick; each copy differs by one sentence.
const SEED = readFileSync(join(ROOT, 'seeds/2024-11-12-vro-bo-leefomgeving.txt'), 'utf8').slice(0, 6000);

let work: string;
beforeAll(() => {
  work = mkdtempSync(join(tmpdir(), 'kb-batch-'));
});
afterAll(() => rmSync(work, { recursive: true, force: true }));

/** n letters in DIR/in (every fourth in a subfolder); returns the directory. */
function makeCorpus(name: string, n: number): string {
  const dir = join(work, name);
  for (let i = 1; i <= n; i++) {
    const sub = i % 4 === 0 ? 'deel/' : '';
    mkdirSync(join(dir, 'in', sub), { recursive: true });
    writeFileSync(
      join(dir, 'in', `${sub}letter-${String(i).padStart(2, '0')}.txt`),
      `${SEED}\nDit is variant ${i}.\n`,
    );
  }
  return dir;
}

function batch(cwd: string, args: string[], env: Record<string, string> = {}) {
  return spawnSync(process.execPath, [BIN, 'batch', 'in', '--out-dir', 'out', ...args], {
    cwd,
    encoding: 'utf8',
    env: { ...process.env, ...env },
  });
}

/** Every letter output parses and validates; returns their names. */
function validOutputs(dir: string): string[] {
  const outs = filesUnder(join(dir, 'out')).filter((f) => f.endsWith('.json') && f !== 'index.json');
  for (const f of outs) {
    const letter = JSON.parse(readFileSync(join(dir, 'out', f), 'utf8'));
    expect(LetterSchema.safeParse(letter).success, f).toBe(true);
  }
  return outs;
}

describe('kamerbrief batch', () => {
  it('writes one valid output per letter and an index; a rerun skips them, a changed input is redone, --force redoes all', () => {
    const dir = makeCorpus('resume', 8);
    const first = batch(dir, ['--jobs', '2']);
    expect(first.status, first.stderr).toBe(0);
    expect(first.stderr).toMatch(/8 processed, 0 up to date \(skipped\), 0 failed/);
    expect(validOutputs(dir).sort()).toEqual(
      filesUnder(join(dir, 'in'))
        .map((f) => f.replace(/\.txt$/, '.json'))
        .sort(),
    );
    const index = readIndex(dir);
    expect(index.totals).toEqual({ letters: 8, ok: 8, failed: 0 });
    expect(index.run).toMatchObject({ complete: true, stopped: null });
    const e = index.letters.find((l: { path: string }) => l.path === 'in/deel/letter-04.txt');
    expect(e).toMatchObject({
      output: 'deel/letter-04.json',
      status: 'ok',
      action: 'processed',
      format: 'json',
      source: 'text',
      error: null,
    });
    expect(e.sha256).toMatch(/^[0-9a-f]{64}$/);
    expect(Object.keys(e.counts)).toEqual(
      expect.arrayContaining(['sections', 'commitments', 'regions', 'amounts', 'references']),
    );
    expect(existsSync(join(dir, 'out', '.kamerbrief-journal.ndjson'))).toBe(false);

    const mtime = statSync(join(dir, 'out', 'letter-01.json')).mtimeMs;
    const second = batch(dir, ['--jobs', '2']);
    expect(second.status, second.stderr).toBe(0);
    expect(readIndex(dir).run).toMatchObject({ processed: 0, skipped: 8, failed: 0 });
    // status describes the letter (its output is there); action says this run found it up to date
    expect(readIndex(dir).totals).toEqual({ letters: 8, ok: 8, failed: 0 });
    expect(
      new Set(
        readIndex(dir).letters.map((l: { status: string; action: string }) => `${l.status}/${l.action}`),
      ),
    ).toEqual(new Set(['ok/skipped']));
    expect(statSync(join(dir, 'out', 'letter-01.json')).mtimeMs).toBe(mtime);

    writeFileSync(join(dir, 'in', 'letter-02.txt'), `${SEED}\nDit is een gewijzigde brief.\n`);
    rmSync(join(dir, 'out', 'letter-03.json'));
    const third = batch(dir, ['--jobs', '2']);
    expect(third.status, third.stderr).toBe(0);
    expect(readIndex(dir).run).toMatchObject({ processed: 2, skipped: 6, failed: 0 });
    const redone = JSON.parse(readFileSync(join(dir, 'out', 'letter-02.json'), 'utf8'));
    expect(redone.sections.map((s: { text: string }) => s.text).join(' ')).toContain('gewijzigde brief');

    const forced = batch(dir, ['--jobs', '2', '--force']);
    expect(forced.status, forced.stderr).toBe(0);
    expect(readIndex(dir).run).toMatchObject({ processed: 8, skipped: 0, failed: 0 });

    // an option that changes the output makes the old outputs out of date
    const undated = batch(dir, ['--jobs', '2', '--undated']);
    expect(undated.status, undated.stderr).toBe(0);
    expect(readIndex(dir).run).toMatchObject({ processed: 8, skipped: 0, failed: 0 });

    // and so do other commitment kinds; the index keeps them, so the same kinds again are up to date
    const kinds = batch(dir, ['--jobs', '2', '--undated', '--kinds', 'all']);
    expect(kinds.status, kinds.stderr).toBe(0);
    expect(readIndex(dir).run).toMatchObject({ processed: 8, skipped: 0, failed: 0 });
    expect(readIndex(dir).letters[0].kinds).toEqual(['promise', 'plan', 'expectation', 'in-force']);
    const again = batch(dir, ['--jobs', '2', '--undated', '--kinds', 'in-force,expectation,plan,promise']);
    expect(again.status, again.stderr).toBe(0);
    expect(readIndex(dir).run).toMatchObject({ processed: 0, skipped: 8, failed: 0 });
    const bad = batch(dir, ['--kinds', 'promises']);
    expect(bad.status).toBe(2);
    expect(bad.stderr.trim().split('\n')).toHaveLength(1);
  });

  it('after kill -9 of the whole batch, no output is half-written and a rerun finishes the rest', async () => {
    const dir = makeCorpus('killall', 40);
    const mark = join(dir, 'slow.mark');
    // One worker; letter 20 spins, so letters 1..19 are done and the rest not when we kill.
    const child = spawn(process.execPath, [BIN, 'batch', 'in', '--out-dir', 'out', '--jobs', '1'], {
      cwd: dir,
      detached: true,
      stdio: 'ignore',
      env: { ...process.env, KAMERBRIEF_TEST_SLOW: 'letter-20.txt', KAMERBRIEF_TEST_SLOW_MARK: mark },
    });
    await waitFor(() => existsSync(mark), 'letter 20 to start');
    process.kill(-(child.pid as number), 'SIGKILL');
    await exited(child);

    const done = validOutputs(dir);
    expect(done.length).toBeGreaterThan(0);
    expect(done.length).toBeLessThan(40);
    expect(existsSync(join(dir, 'out', 'index.json'))).toBe(false);

    const rerun = batch(dir, ['--jobs', '2']);
    expect(rerun.status, rerun.stderr).toBe(0);
    const index = readIndex(dir);
    expect(index.totals.failed).toBe(0);
    expect(index.letters).toHaveLength(40);
    expect(index.run.skipped).toBe(done.length);
    expect(index.run.processed).toBe(40 - done.length);
    expect(validOutputs(dir)).toHaveLength(40);
    expect(filesUnder(join(dir, 'out')).filter((f) => f.endsWith('.kbtmp'))).toEqual([]);
  });

  it('when a worker is killed mid-letter, that letter fails and the others are finished', async () => {
    const dir = makeCorpus('killworker', 10);
    const mark = join(dir, 'slow.mark');
    const child = spawn(process.execPath, [BIN, 'batch', 'in', '--out-dir', 'out', '--jobs', '2'], {
      cwd: dir,
      stdio: ['ignore', 'ignore', 'pipe'],
      env: { ...process.env, KAMERBRIEF_TEST_SLOW: 'letter-05.txt', KAMERBRIEF_TEST_SLOW_MARK: mark },
    });
    let stderr = '';
    child.stderr?.on('data', (d) => {
      stderr += d;
    });
    await waitFor(() => existsSync(mark), 'letter 5 to start');
    const workerPid = Number(readFileSync(mark, 'utf8').split(' ')[0]);
    expect(workerPid).not.toBe(child.pid);
    process.kill(workerPid, 'SIGKILL');
    expect(await exited(child)).toBe(1);

    const index = readIndex(dir);
    expect(index.totals).toEqual({ letters: 10, ok: 9, failed: 1 });
    const failed = index.letters.find((l: { status: string }) => l.status === 'failed');
    expect(failed).toMatchObject({
      path: 'in/letter-05.txt',
      output: null,
      error: { code: 'worker-killed' },
    });
    expect(stderr).toMatch(/in\/letter-05\.txt: worker process was killed by SIGKILL \[worker-killed\]/);
    expect(validOutputs(dir)).toHaveLength(9);
  });

  it('stops a letter that runs past --timeout and goes on with the others', () => {
    const dir = makeCorpus('timeout', 3);
    const started = Date.now();
    const run = batch(dir, ['--jobs', '1', '--timeout', '2000'], { KAMERBRIEF_TEST_SLOW: 'letter-02.txt' });
    // the slow letter would spin for 30 s if it were not killed
    expect(Date.now() - started).toBeLessThan(25_000);
    expect(run.status).toBe(1);
    const index = readIndex(dir);
    expect(index.totals).toMatchObject({ ok: 2, failed: 1 });
    expect(index.letters.find((l: { path: string }) => l.path === 'in/letter-02.txt').error.code).toBe(
      'timeout',
    );
    expect(run.stderr).toMatch(/in\/letter-02\.txt: .*time limit/);
  });

  it('--format ndjson writes one line per letter and keeps exactly one line per input across reruns', () => {
    const dir = makeCorpus('ndjson', 6);
    const lines = () =>
      readFileSync(join(dir, 'out', 'letters.ndjson'), 'utf8')
        .split('\n')
        .filter(Boolean)
        .map((l) => LetterSchema.parse(JSON.parse(l)));
    expect(batch(dir, ['--format', 'ndjson']).status).toBe(0);
    expect(
      lines()
        .map((l) => l.source.path)
        .sort(),
    ).toEqual(
      filesUnder(join(dir, 'in'))
        .map((f) => `in/${f}`)
        .sort(),
    );
    expect(readIndex(dir).letters.every((e: { output: unknown }) => e.output === null)).toBe(true);

    // a crash mid-write leaves a half line: it is not trusted, and cut off
    writeFileSync(join(dir, 'out', 'letters.ndjson'), '{"schemaVersion":"1","source":{"pa', { flag: 'a' });
    writeFileSync(join(dir, 'in', 'letter-03.txt'), `${SEED}\nDit is een gewijzigde brief.\n`);
    const rerun = batch(dir, ['--format', 'ndjson']);
    expect(rerun.status, rerun.stderr).toBe(0);
    expect(readIndex(dir).run).toMatchObject({ processed: 1, skipped: 5 });
    const after = lines();
    expect(after).toHaveLength(6);
    const changed = after.find((l) => l.source.path === 'in/letter-03.txt');
    expect(changed?.sections.map((s) => s.text).join(' ')).toContain('gewijzigde brief');

    // a letter that now fails loses its old line
    writeFileSync(join(dir, 'in', 'letter-01.txt'), '');
    expect(batch(dir, ['--format', 'ndjson']).status).toBe(1);
    expect(lines().map((l) => l.source.path)).not.toContain('in/letter-01.txt');
    expect(lines()).toHaveLength(5);
  });

  it('treats a missing input, an unknown format and a bad --jobs as usage errors (exit 2)', () => {
    const dir = makeCorpus('usage', 1);
    for (const args of [['nope.pdf'], ['--format', 'xml'], ['--jobs', '0']]) {
      const run = spawnSync(process.execPath, [BIN, 'batch', 'in', '--out-dir', 'out', ...args], {
        cwd: dir,
        encoding: 'utf8',
      });
      expect(run.status, args.join(' ')).toBe(2);
      expect(run.stderr.split('\n')[0]).toMatch(/error/);
      expect(run.stderr).not.toMatch(/\n\s+at /);
    }
  });

  it('reports an unreadable input as failed, names it, and finishes the rest', () => {
    const dir = makeCorpus('broken', 2);
    writeFileSync(join(dir, 'in', 'kapot.pdf'), 'dit is geen pdf');
    const run = batch(dir, []);
    expect(run.status).toBe(1);
    expect(run.stderr).toMatch(/in\/kapot\.pdf: .*\[not-pdf\]/);
    expect(readIndex(dir).totals).toEqual({ letters: 3, ok: 2, failed: 1 });
  });
});

describe('ProcessPool', () => {
  // A stand-in worker: 'oom' fills the heap, 'spin' never returns, anything else answers at once.
  const WORKER = `
process.on('message', (m) => {
  if (m.task === 'oom') { const keep = []; for (;;) keep.push(new Array(1e5).fill(Math.random())); }
  if (m.task === 'spin') { for (;;) {} }
  process.send({ type: 'result', id: m.id, result: m.task + ' done', maxRss: 1, cpuMs: 1 });
});
process.on('disconnect', () => process.exit(0));
process.send({ type: 'ready' });
`;

  it('fails only the letter whose worker ran out of heap or time, and carries on with fresh workers', async () => {
    const workerPath = join(work, 'stand-in-worker.mjs');
    writeFileSync(workerPath, WORKER);
    const pool = new ProcessPool<string, string>({ jobs: 2, hardTimeoutMs: 4000, heapMb: 64, workerPath });
    const outcomes = await Promise.all(['oom', 'spin', 'a', 'b', 'c'].map((t) => pool.run(t)));
    await pool.close();
    expect(outcomes).toEqual([
      { ok: false, code: 'out-of-memory', message: 'worker ran out of memory (heap cap 64 MB)' },
      { ok: false, code: 'timeout', message: expect.stringMatching(/4000 ms/) },
      { ok: true, result: 'a done' },
      { ok: true, result: 'b done' },
      { ok: true, result: 'c done' },
    ]);
    expect(pool.spawned).toBeGreaterThanOrEqual(3);
  });

  it('hands a worker its next task while it works, and reruns that task elsewhere when the worker dies', async () => {
    // The stand-in answers with how many tasks it had received by the time it finished this one.
    const workerPath = join(work, 'depth-worker.mjs');
    writeFileSync(
      workerPath,
      `let received = 0;
process.on('message', (m) => {
  received += 1;
  const end = Date.now() + 300;
  while (Date.now() < end) {}
  // let the next task arrive before answering
  setTimeout(() => {
    if (m.task === 'die') process.exit(3);
    process.send({ type: 'result', id: m.id, result: m.task + ' after ' + received, maxRss: 1, cpuMs: 1 });
  }, 50);
});
process.on('disconnect', () => process.exit(0));
process.send({ type: 'ready' });
`,
    );
    const pool = new ProcessPool<string, string>({ jobs: 1, hardTimeoutMs: 10_000, heapMb: 64, workerPath });
    const outcomes = await Promise.all(['a', 'die', 'b', 'c'].map((t) => pool.run(t)));
    await pool.close();
    // 'a' was answered after the worker had received the next task too
    expect(outcomes[0]).toEqual({ ok: true, result: 'a after 2' });
    expect(outcomes[1]).toEqual({
      ok: false,
      code: 'worker-crashed',
      message: expect.stringMatching(/code 3/),
    });
    // the task that waited in the dead worker ran in a fresh one, and did not fail
    expect(outcomes[2]).toEqual({ ok: true, result: expect.stringMatching(/^b after /) });
    expect(outcomes[3]).toEqual({ ok: true, result: expect.stringMatching(/^c after /) });
    expect(pool.spawned).toBe(2);
  });

  /** A stand-in worker that works `ms` on each task, then runs `answer` (which sees the message `m`). */
  function busyWorker(name: string, ms: number, answer: string): string {
    const path = join(work, name);
    writeFileSync(
      path,
      `process.on('message', (m) => {
  const end = Date.now() + ${ms};
  while (Date.now() < end) {}
  ${answer}
});
process.on('disconnect', () => process.exit(0));
process.send({ type: 'ready' });
`,
    );
    return path;
  }
  const reply = (result: string) =>
    `process.send({ type: 'result', id: m.id, result: ${result}, maxRss: 1, cpuMs: 1 });`;

  it('with kindOf, gives each worker the kind of task it had while there is any', async () => {
    // The stand-in answers with its pid after 40 ms of work.
    const workerPath = busyWorker('pid-worker.mjs', 40, reply('String(process.pid)'));
    // Queued as they would be largest first: all PDFs, then all texts.
    const tasks = [
      ...Array.from({ length: 8 }, (_, i) => `pdf-${i}`),
      ...Array.from({ length: 8 }, (_, i) => `text-${i}`),
    ];
    const run = async (kindOf?: (task: string) => string) => {
      const pool = new ProcessPool<string, string>({
        jobs: 2,
        hardTimeoutMs: 10_000,
        heapMb: 64,
        workerPath,
        kindOf,
      });
      const outcomes = await Promise.all(tasks.map((t) => pool.run(t)));
      await pool.close();
      // each worker's kinds, in the order it finished them
      const byWorker = new Map<string, string[]>();
      outcomes.forEach((o, i) => {
        if (!o.ok) throw new Error(o.message);
        const kinds = byWorker.get(o.result) ?? [];
        kinds.push((tasks[i] as string).split('-')[0] as string);
        byWorker.set(o.result, kinds);
      });
      return [...byWorker.values()];
    };
    // Answers come back in the order tasks were done, per worker, so the kinds of one worker are
    // a run of one kind, then (once its kind has run out) a run of the other.
    const switches = (kinds: string[]) => kinds.filter((k, i) => i > 0 && k !== kinds[i - 1]).length;

    const sorted = await run((t) => t.split('-')[0] as string);
    expect(sorted).toHaveLength(2);
    expect(new Set(sorted.map((kinds) => kinds[0]))).toEqual(new Set(['pdf', 'text']));
    for (const kinds of sorted) expect(switches(kinds)).toBeLessThanOrEqual(1);

    // The control: in queued order, both workers start on PDFs.
    const fifo = await run();
    expect(fifo.map((kinds) => kinds[0])).toEqual(['pdf', 'pdf']);
  });

  it('with kindOf, puts back the tasks of a worker that died and finishes them elsewhere', async () => {
    const workerPath = busyWorker(
      'kind-die-worker.mjs',
      30,
      `if (m.task === 'pdf-die') process.exit(3);\n  ${reply("m.task + ' done'")}`,
    );
    const tasks = ['pdf-0', 'pdf-1', 'pdf-die', 'pdf-2', 'pdf-3', 'text-0', 'text-1', 'text-2', 'text-3'];
    const pool = new ProcessPool<string, string>({
      jobs: 2,
      hardTimeoutMs: 10_000,
      heapMb: 64,
      workerPath,
      kindOf: (t) => t.split('-')[0] as string,
    });
    const outcomes = await Promise.all(tasks.map((t) => pool.run(t)));
    await pool.close();
    outcomes.forEach((o, i) => {
      if (tasks[i] === 'pdf-die') expect(o).toMatchObject({ ok: false, code: 'worker-crashed' });
      else expect(o).toEqual({ ok: true, result: `${tasks[i]} done` });
    });
  });

  it('gives up, with the reason, when workers cannot start', async () => {
    const workerPath = join(work, 'broken-worker.mjs');
    writeFileSync(workerPath, 'throw new Error("cannot load the pipeline");');
    const pool = new ProcessPool<string, string>({ jobs: 2, hardTimeoutMs: 5000, heapMb: 64, workerPath });
    const outcomes = await Promise.all(Array.from({ length: 9 }, (_, i) => pool.run(String(i))));
    await pool.close();
    for (const o of outcomes) {
      expect(o).toEqual({
        ok: false,
        code: 'worker-start-failed',
        message: expect.stringMatching(/cannot load the pipeline/),
      });
    }
    expect(pool.spawned).toBeLessThanOrEqual(4);
  });
});

describe('writeFileAtomic', () => {
  it('writes into an existing directory and makes a missing one, leaving no temp files', async () => {
    const dir = join(work, 'atomic');
    const nested = join(dir, 'a', 'b', 'out.json');
    await writeFileAtomic(nested, '{"x":1}\n');
    expect(readFileSync(nested, 'utf8')).toBe('{"x":1}\n');
    await writeFileAtomic(nested, '{"x":2}\n');
    expect(readFileSync(nested, 'utf8')).toBe('{"x":2}\n');
    expect(readdirSync(join(dir, 'a', 'b'))).toEqual(['out.json']);
  });

  it('fails, leaving nothing behind, when the target cannot be written', async () => {
    const file = join(work, 'atomic-file');
    writeFileSync(file, 'not a directory');
    await expect(writeFileAtomic(join(file, 'out.json'), 'x')).rejects.toThrow();
    expect(readFileSync(file, 'utf8')).toBe('not a directory');
  });
});

describe('largestFirst', () => {
  it('orders inputs by size, largest first, keeping the order of equal sizes; a missing file counts as empty', () => {
    const dir = join(work, 'sizes');
    mkdirSync(dir, { recursive: true });
    const sizes: Record<string, number> = { a: 10, b: 300, c: 10, d: 50 };
    for (const [name, size] of Object.entries(sizes)) writeFileSync(join(dir, name), 'x'.repeat(size));
    const order = largestFirst(['a', 'gone', 'b', 'c', 'd'], (n) => join(dir, n));
    expect(order).toEqual(['b', 'd', 'a', 'c', 'gone']);
  });
});
