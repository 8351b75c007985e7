/**
 * Ctrl-C, SIGTERM and SIGHUP during `batch` and `check` (issues 17 and 19): the bar is cleared and
 * the terminal restored, one line says how far the run got, the index is written from what is
 * done, no worker is left, the exit code is 128 + the signal's number, and the same command
 * finishes the rest. Letter 5 spins (the hidden test hook KAMERBRIEF_TEST_SLOW, src/batch/worker.ts)
 * so that the signal always comes with letters 1-4 done and letter 5 in progress.
 */
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { exited, gone, readIndex, waitFor } from './processes.js';

const ROOT = resolve(import.meta.dirname, '..');
const BIN = join(ROOT, 'bin/kamerbrief.js');
const SEED = readFileSync(join(ROOT, 'seeds/2024-11-12-vro-bo-leefomgeving.txt'), 'utf8').slice(0, 6000);

let work: string;
beforeAll(() => {
  work = mkdtempSync(join(tmpdir(), 'kb-signals-'));
});
afterAll(() => rmSync(work, { recursive: true, force: true }));

function makeCorpus(name: string, n: number): string {
  const dir = join(work, name);
  mkdirSync(join(dir, 'in'), { recursive: true });
  for (let i = 1; i <= n; i++)
    writeFileSync(
      join(dir, 'in', `letter-${String(i).padStart(2, '0')}.txt`),
      `${SEED}\nDit is variant ${i}.\n`,
    );
  return dir;
}

/** Starts `args` in dir with letter 5 slow; resolves once letter 5 is in progress, with its worker's pid. */
async function startSlow(dir: string, command: string, args: string[]) {
  const mark = join(dir, 'slow.mark');
  rmSync(mark, { force: true });
  const child = spawn(command, args, {
    cwd: dir,
    stdio: ['pipe', 'pipe', 'pipe'],
    env: {
      ...process.env,
      NO_COLOR: '1',
      KAMERBRIEF_TEST_SLOW: 'letter-05.txt',
      KAMERBRIEF_TEST_SLOW_MARK: mark,
    },
  });
  let stdout = '';
  let stderr = '';
  child.stdout?.on('data', (d) => {
    stdout += d;
  });
  child.stderr?.on('data', (d) => {
    stderr += d;
  });
  await waitFor(() => existsSync(mark), 'letter 5 to start');
  const worker = Number(readFileSync(mark, 'utf8').split(' ')[0]);
  return { child, worker, out: () => stdout, err: () => stderr };
}

describe('batch: signals', () => {
  for (const [signal, code] of [
    ['SIGINT', 130],
    ['SIGTERM', 143],
    ['SIGHUP', 129],
  ] as const) {
    it(`${signal}: exit ${code}, one line, the index of what is done, no worker left; the same command finishes`, async () => {
      const dir = makeCorpus(signal, 10);
      const run = await startSlow(dir, process.execPath, [BIN, 'batch', 'in', '-o', 'out', '-j', '1']);
      const sent = Date.now();
      run.child.kill(signal);
      expect(await exited(run.child)).toBe(code);
      expect(Date.now() - sent).toBeLessThan(5000);
      expect(run.err()).toBe(
        'kamerbrief batch: interrupted: 4 of 10 letters done; run the same command to finish\n',
      );
      expect(await gone(run.worker)).toBe(true);

      const index = readIndex(dir);
      expect(index.run).toMatchObject({ complete: false, stopped: signal, processed: 4, failed: 0 });
      expect(index.totals).toEqual({ letters: 4, ok: 4, failed: 0 });
      expect(existsSync(join(dir, 'out', '.kamerbrief-journal.ndjson'))).toBe(false);

      const again = spawnSync(process.execPath, [BIN, 'batch', 'in', '-o', 'out', '-j', '2'], {
        cwd: dir,
        encoding: 'utf8',
      });
      expect(again.status, again.stderr).toBe(0);
      expect(readIndex(dir).run).toMatchObject({ complete: true, processed: 6, skipped: 4 });
      expect(readIndex(dir).totals).toEqual({ letters: 10, ok: 10, failed: 0 });
    });
  }

  const hasScript = spawnSync('script', ['--version']).status === 0;
  it.skipIf(!hasScript)(
    'Ctrl-C in a terminal: the bar is cleared, the cursor and line wrapping are restored, then the one line',
    async () => {
      const dir = makeCorpus('tty', 10);
      // script(1) gives the batch a terminal; ^C typed into it reaches the whole foreground group.
      const run = await startSlow(dir, 'script', [
        '-qfec',
        `${process.execPath} ${BIN} batch in -o out -j 1`,
        '/dev/null',
      ]);
      await new Promise((r) => setTimeout(r, 200));
      run.child.stdin?.write('\x03');
      expect(await exited(run.child)).toBe(130);
      const screen = run.out();
      const hidden = screen.indexOf('\x1b[?25l');
      expect(hidden).toBeGreaterThanOrEqual(0);
      const shown = screen.indexOf('\x1b[?25h', hidden);
      const wrapped = screen.indexOf('\x1b[?7h', hidden);
      const line = screen.indexOf(
        'kamerbrief batch: interrupted: 4 of 10 letters done; run the same command to finish',
      );
      expect(shown).toBeGreaterThan(hidden);
      expect(wrapped).toBeGreaterThan(hidden);
      expect(line).toBeGreaterThan(Math.max(shown, wrapped));
      // the bar's line is erased before the message
      expect(screen.slice(Math.max(shown, wrapped), line)).toContain('\x1b[2K');
      expect(await gone(run.worker)).toBe(true);
      expect(readIndex(dir).totals).toEqual({ letters: 4, ok: 4, failed: 0 });
    },
  );
});

describe('check: signals', () => {
  it('SIGTERM: exit 143, one line, no report, no worker left', async () => {
    const dir = makeCorpus('check', 10);
    const run = await startSlow(dir, process.execPath, [BIN, 'check', 'in', '-j', '1', '-r', 'github']);
    run.child.kill('SIGTERM');
    expect(await exited(run.child)).toBe(143);
    expect(run.err()).toBe(
      'kamerbrief check: interrupted: 4 of 10 letters checked; run the same command to finish\n',
    );
    expect(run.out()).toBe('');
    expect(await gone(run.worker)).toBe(true);
  });
});
