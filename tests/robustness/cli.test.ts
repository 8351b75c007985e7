/**
 * Hostile and broken input through the built CLI: every input of the generated corpus must end with
 * the documented exit code, one clear line (an error naming the file, or warnings), no stack trace,
 * bounded time and bounded memory. Many more truncated and mutated PDFs go through the library in one
 * bulk process. The counts are printed at the end and written to .corpus/summary.json.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { availableParallelism, tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Letter, LetterSchema } from '../../src/model/letter.js';
import { ROOT, SEED } from '../helpers.js';
import { CORPUS_DIR, type CorpusEntry, generateCorpus } from './generate.js';
import { CLI, pool, type RunResult, runCli, runNode } from './harness.js';

/** The per-file limit given to the CLI, and the wall clock after which the child counts as hung. */
const TIMEOUT_MS = 20_000;
const HANG_MS = TIMEOUT_MS + 10_000;
const MEMORY_KB = 1024 * 1024;
/** A child past this resident size is killed at once (and fails the memory bound). */
const KILL_KB = 1536 * 1024;
const JOBS = Math.max(2, Math.min(4, availableParallelism()));

const generated = await generateCorpus();
const control: CorpusEntry = { name: 'seed.txt (control)', file: SEED, kind: 'control', exit: 0 };
const cliEntries = [control, ...generated.filter((e) => !e.bulk)];
const bulkEntries = generated.filter((e) => e.bulk);

const results = new Map<string, RunResult>();
interface BulkLine {
  start?: string;
  file?: string;
  ok?: boolean;
  valid?: boolean;
  crash?: boolean;
  unhandled?: boolean;
  code?: string;
  name?: string;
  message?: string;
  warnings?: string[];
  ms?: number;
  done?: boolean;
  peakKB?: number;
}
let bulk: { run: RunResult; lines: BulkLine[] } | null = null;
const extra: RunResult[] = [];

/** Every process of this file runs under the sandbox preload (no network, no eval); it logs here. */
const sandboxDir = mkdtempSync(join(tmpdir(), 'kb-rob-sandbox-'));
const SANDBOX_LOG = join(sandboxDir, 'log.ndjson');
const sandboxEnv = {
  KB_SANDBOX_LOG: SANDBOX_LOG,
  NODE_OPTIONS: `--require ${join(import.meta.dirname, 'sandbox-preload.cjs')} --disallow-code-generation-from-strings`,
};

/** Rough cost, so the slow inputs start first and the cheap ones fill the gaps. */
const COST: Record<string, number> = {
  size: 3,
  huge: 3,
  'hostile-pdf': 2,
  'hostile-markup': 2,
  mutated: 2,
  bulk: 4,
};

beforeAll(async () => {
  type Task = { kind: 'cli'; entry: CorpusEntry } | { kind: 'bulk'; files: string[] };
  const parts = Array.from({ length: JOBS }, (_, j) =>
    bulkEntries.filter((_, i) => i % JOBS === j).map((e) => e.file),
  );
  const tasks: Task[] = [
    ...parts.map((files) => ({ kind: 'bulk' as const, files })),
    ...cliEntries.map((entry) => ({ kind: 'cli' as const, entry })),
  ].sort(
    (a, b) =>
      (COST[b.kind === 'bulk' ? 'bulk' : b.entry.kind] ?? 1) -
      (COST[a.kind === 'bulk' ? 'bulk' : a.entry.kind] ?? 1),
  );
  const bulkRuns: RunResult[] = [];
  await pool(tasks, JOBS, async (t) => {
    if (t.kind === 'cli') {
      const r = await runCli(['extract', t.entry.file, '--timeout', String(TIMEOUT_MS)], {
        limitMs: HANG_MS,
        killAboveKB: KILL_KB,
        env: sandboxEnv,
      });
      results.set(t.entry.name, r);
    } else {
      const script = join(import.meta.dirname, 'bulk-runner.mjs');
      bulkRuns.push(
        await runNode([script, String(TIMEOUT_MS), ...t.files], t.files, {
          limitMs: 150_000,
          env: sandboxEnv,
        }),
      );
    }
  });
  const lines = bulkRuns.flatMap((r) =>
    r.stdout
      .split('\n')
      .filter(Boolean)
      .map((l) => JSON.parse(l) as BulkLine),
  );
  const run = bulkRuns.reduce((a, b) => ({
    ...a,
    exit: a.exit || b.exit,
    timedOut: a.timedOut || b.timedOut,
    overMemory: a.overMemory || b.overMemory,
    stack: a.stack || b.stack,
    stderr: a.stderr + b.stderr,
    ms: Math.max(a.ms, b.ms),
    cpuMs: a.cpuMs + b.cpuMs,
    peakKB: Math.max(a.peakKB ?? 0, b.peakKB ?? 0),
  }));
  bulk = { run, lines };
}, 600_000);

const parseLetter = (r: RunResult): Letter => LetterSchema.parse(JSON.parse(r.stdout));

const title = (e: CorpusEntry) => `${e.bug ? `${e.bug}: ` : ''}extract ${e.name} (${e.kind})`;

describe.each(cliEntries.map((e) => [title(e), e] as const))('%s', (_title, entry) => {
  it('ends cleanly: documented exit code, one clear line, no stack trace, bounded time and memory', () => {
    const r = results.get(entry.name);
    if (!r) throw new Error('not run');
    const allowed = Array.isArray(entry.exit) ? entry.exit : [entry.exit];
    expect(r.timedOut, `hung (> ${HANG_MS} ms)`).toBe(false);
    expect(r.overMemory, `resident memory passed ${KILL_KB / 1024} MB`).toBe(false);
    expect(r.stack, `stack trace on stderr:\n${r.stderr}`).toBe(false);
    expect(allowed, `exit ${r.exit} (signal ${r.signal}); stderr:\n${r.stderr}`).toContain(r.exit);
    expect(r.ms).toBeLessThan(TIMEOUT_MS + 5_000);
    if (r.peakKB !== null) expect(r.peakKB).toBeLessThan(MEMORY_KB);
    if (r.exit === 1) {
      expect(r.stderrLines, 'exactly one line on stderr').toHaveLength(1);
      expect(r.stderrLines[0]).toMatch(/^kamerbrief extract: error: /);
      expect(r.stderrLines[0]).toContain(entry.file);
      if (entry.message) expect(r.stderrLines[0]).toMatch(entry.message);
      expect(r.stdout).toBe('');
    } else {
      const letter = parseLetter(r);
      for (const l of r.stderrLines) expect(l.startsWith(`warning: ${entry.file}: `), l).toBe(true);
      if (entry.mustSay) expect(r.stderrLines.length, 'exit 0 in silence').toBeGreaterThan(0);
      if (entry.notInOutput) expect(r.stdout).not.toMatch(entry.notInOutput);
      if (entry.maxOutputBytes) expect(r.stdout.length).toBeLessThan(entry.maxOutputBytes);
      for (const code of entry.warnings ?? []) {
        expect(letter.warnings.map((w) => w.code)).toContain(code);
        expect(r.stderr).toContain(`[${code}]`);
      }
    }
  });
});

describe('odd encodings of the seed letter decode to the same letter', () => {
  // (all six encodings are compared in-process in encodings.test.ts; these two go through the CLI)
  const encodings = cliEntries.filter((e) => e.kind === 'encoding');
  it.each(encodings)('$name', (entry) => {
    const reference = parseLetter(results.get(control.name) as RunResult);
    const r = results.get(entry.name) as RunResult;
    expect(r.exit).toBe(0);
    const letter = parseLetter(r);
    expect(letter.metadata).toEqual(reference.metadata);
    expect(letter.sections).toEqual(reference.sections);
    expect(letter.commitments).toEqual(reference.commitments);
    expect(JSON.stringify(letter.sections)).not.toContain('\ufffd');
  });
});

describe('bulk: truncated and mutated PDFs through the library', () => {
  it('every input gives a valid letter or an InputError; none crashes or hangs', () => {
    if (!bulk) throw new Error('not run');
    const started = bulk.lines.filter((l) => l.start).map((l) => l.start);
    const finished = new Set(bulk.lines.filter((l) => l.file && !l.unhandled).map((l) => l.file));
    const hung = started.filter((f) => !finished.has(f));
    expect(hung, 'inputs that never finished').toEqual([]);
    expect(bulk.run.timedOut).toBe(false);
    expect(bulk.run.stack, bulk.run.stderr).toBe(false);
    expect(bulk.run.exit).toBe(0);
    const crashes = bulk.lines.filter((l) => l.crash);
    expect(crashes, 'crashes (not an InputError)').toEqual([]);
    const invalid = bulk.lines.filter((l) => l.ok && !l.valid);
    expect(invalid, 'letters that fail the schema').toEqual([]);
    expect(finished.size).toBe(bulkEntries.length);
    expect(
      bulk.lines.filter((l) => l.unhandled),
      'unhandled promise rejections',
    ).toEqual([]);
    for (const l of bulk.lines.filter((x) => x.file))
      expect(l.ms ?? 0, l.file).toBeLessThan(TIMEOUT_MS + 1_000);
    // Each input's documented outcome: refused (exit 1) with its message, or read (exit 0) with its warnings.
    const byFile = new Map(bulk.lines.filter((l) => l.file && !l.unhandled).map((l) => [l.file, l]));
    for (const e of bulkEntries) {
      const l = byFile.get(e.file) as BulkLine;
      if (e.exit === 1) {
        expect(l.ok, `${e.name} must be refused`).toBe(false);
        if (e.message) expect(l.message, e.name).toMatch(e.message);
      } else if (e.exit === 0) {
        expect(l.ok, `${e.name} must be read: ${l.message}`).toBe(true);
        for (const code of e.warnings ?? []) expect(l.warnings, e.name).toContain(code);
      }
    }
  });
});

describe('output that cannot be written', () => {
  /** Runs a shell line (the CLI with redirections); stderr of the CLI goes to a file we read. */
  const sh = (line: string) => {
    const dir = mkdtempSync(join(tmpdir(), 'kb-rob-out-'));
    const errFile = join(dir, 'stderr');
    try {
      const r = spawnSync('sh', ['-c', `${line} 2>${errFile}; echo $? >${errFile}.rc`], {
        cwd: ROOT,
        env: { ...process.env, NO_COLOR: '1' },
        timeout: 60_000,
      });
      const stderr = readFileSync(errFile, 'utf8');
      const lines = stderr.split('\n').filter((l) => l.trim() !== '');
      return {
        status: Number(readFileSync(`${errFile}.rc`, 'utf8').trim()),
        lines,
        stack: lines.some((l) => /^\s+at\s/.test(l)),
        signal: r.signal,
      };
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  };
  const node = JSON.stringify(process.execPath);

  it.runIf(existsSync('/dev/full'))(
    'RB7: standard output on a full disk (/dev/full) is one error line, exit 1',
    () => {
      const r = sh(`${node} bin/kamerbrief.js extract seeds/2024-11-12-vro-bo-leefomgeving.txt >/dev/full`);
      expect(r.stack, r.lines.join('\n')).toBe(false);
      expect(r.status).toBe(1);
      expect(r.lines).toHaveLength(1);
      expect(r.lines[0]).toMatch(/^kamerbrief extract: error: .*(?:no space|ENOSPC|write)/i);
    },
  );

  it('a reader that stops early (| head -c 10) causes no stack trace', () => {
    const r = sh(
      `${node} bin/kamerbrief.js extract seeds/2024-11-12-vro-bo-leefomgeving.txt | head -c 10 >/dev/null`,
    );
    expect(r.stack, r.lines.join('\n')).toBe(false);
    expect(r.lines).toEqual([]);
  });

  it('RB8: -o into a path that cannot be created names the output path (exit 1, one line)', () => {
    const out = join(CORPUS_DIR, 'empty.txt', 'x.json');
    const r = sh(
      `${node} bin/kamerbrief.js extract seeds/2024-11-12-vro-bo-leefomgeving.txt -o ${JSON.stringify(out)}`,
    );
    expect(r.stack).toBe(false);
    expect(r.status).toBe(1);
    expect(r.lines).toHaveLength(1);
    expect(r.lines[0]).toContain(out);
    expect(r.lines[0]).not.toMatch(/kbtmp/);
  });
});

describe('sandbox: no network connection and no code from strings, on any input', () => {
  it('nothing was recorded by the preload in any CLI or bulk process', () => {
    let recorded = '';
    try {
      recorded = readFileSync(SANDBOX_LOG, 'utf8');
    } catch {
      // no log file: nothing recorded
    }
    expect(recorded).toBe('');
    expect(results.size).toBe(cliEntries.length);
  });
});

describe('usage errors exit 2 without a stack trace', () => {
  const cases: Array<[string, string[]]> = [
    ['no command argument', ['extract']],
    ['unknown option', ['extract', SEED, '--no-such-option']],
    ['bad timeout', ['extract', SEED, '--timeout', 'soon']],
    ['unknown format', ['extract', SEED, '--format', 'xml']],
    ['unknown command', ['frobnicate']],
  ];
  it.each(cases)('%s', async (_name, args) => {
    const r = await runCli(args, { limitMs: HANG_MS });
    extra.push(r);
    expect(r.exit).toBe(2);
    expect(r.stack).toBe(false);
    expect(r.stderrLines.length).toBeGreaterThan(0);
    expect(r.stdout).toBe('');
  });

  it('a missing file and a directory are input errors (exit 1), one line each', async () => {
    for (const path of [join(CORPUS_DIR, 'does-not-exist.pdf'), CORPUS_DIR]) {
      const r = await runCli(['extract', path], { limitMs: HANG_MS });
      extra.push(r);
      expect(r.exit).toBe(1);
      expect(r.stderrLines).toHaveLength(1);
      expect(r.stderrLines[0]).toContain(path);
      expect(r.stack).toBe(false);
    }
  });

  it('--debug adds the stack trace for an input error only on request', async () => {
    // (not counted in the summary: this stack trace is asked for)
    const r = await runCli(['extract', join(CORPUS_DIR, 'random-4k.pdf'), '--debug'], { limitMs: HANG_MS });
    expect(r.exit).toBe(1);
    expect(r.stderrLines[0]).toMatch(/^kamerbrief extract: error: .*not a PDF/);
    expect(r.stack).toBe(true);
  });
});

/** For the batch: one input of every kind (the size and page-count stress inputs only measure time). */
const batchEntries = [
  ...new Map(
    generated
      .filter((e) => e.kind !== 'size' && e.kind !== 'huge' && e.kind !== 'corpus')
      .map((e) => [`${e.kind}:${e.exit}`, e]),
  ).values(),
];
const batchExists = spawnSync(process.execPath, [CLI, 'batch', '--help'], { stdio: 'ignore' }).status === 0;

describe.runIf(batchExists)('batch over the whole bad corpus plus the seed letter', () => {
  it('writes the seed letter, reports the failures, exits 1, and shows no stack trace', async () => {
    const out = mkdtempSync(join(tmpdir(), 'kb-rob-batch-'));
    try {
      // The whole bad corpus except the size and page-count stress inputs (those measure time, not failure
      // reporting, and would only add minutes of timeouts).
      const inputs = [SEED, ...batchEntries.map((e) => e.file)];
      const r = await runCli(
        ['batch', ...inputs, '--out-dir', out, '--timeout', String(TIMEOUT_MS), '--no-progress'],
        {
          limitMs: 240_000,
          env: sandboxEnv,
        },
      );
      extra.push(r);
      expect(r.timedOut).toBe(false);
      expect(r.stack, r.stderr).toBe(false);
      expect(r.exit, r.stderr).toBe(1);
      const written = readdirSync(out, { recursive: true }).map(String);
      expect(written).toContain('index.json');
      const seedOut = written.find(
        (f) => f.includes('2024-11-12-vro-bo-leefomgeving') && f.endsWith('.json'),
      );
      expect(seedOut, `seed output among ${written.join(', ')}`).toBeDefined();
      const letter = LetterSchema.parse(JSON.parse(readFileSync(join(out, seedOut as string), 'utf8')));
      expect(letter.metadata.date).toBe('2024-11-12');
      // Every unreadable input is named on stderr.
      for (const e of batchEntries.filter((x) => x.exit === 1)) {
        expect(
          r.stderr.includes(e.file) || r.stderr.includes(relative(ROOT, e.file)),
          `${e.name} named on stderr`,
        ).toBe(true);
      }
    } finally {
      rmSync(out, { recursive: true, force: true });
    }
  }, 300_000);
});

afterAll(() => {
  rmSync(sandboxDir, { recursive: true, force: true });
  const runs = [...results.values(), ...extra];
  const bulkLines = bulk?.lines.filter((l) => l.file) ?? [];
  const summary = {
    inputs: cliEntries.length + bulkLines.length,
    cliInputs: cliEntries.length,
    bulkInputs: bulkLines.length,
    crashes:
      runs.filter(
        (r) =>
          !r.timedOut && !r.overMemory && (r.stack || r.signal !== null || (r.exit !== null && r.exit > 2)),
      ).length +
      bulkLines.filter((l) => l.crash).length +
      (bulk?.run.stack ? 1 : 0),
    hangs: runs.filter((r) => r.timedOut).length + (bulk?.run.timedOut ? 1 : 0),
    memoryBlowUps: runs.filter((r) => r.overMemory).length + (bulk?.run.overMemory ? 1 : 0),
    bulkWallMs: Math.round(bulk?.run.ms ?? 0),
    maxMs: Math.round(Math.max(0, ...[...results.values()].map((r) => r.ms))),
    maxCpuMs: Math.round(Math.max(0, ...[...results.values()].map((r) => r.cpuMs))),
    maxCpuInput: [...results.entries()].sort((a, b) => b[1].cpuMs - a[1].cpuMs)[0]?.[0] ?? null,
    totalCpuMs: Math.round(
      [...results.values(), ...extra].reduce((n, r) => n + r.cpuMs, 0) + (bulk?.run.cpuMs ?? 0),
    ),
    crashList: [
      ...runs
        .filter(
          (r) =>
            !r.timedOut && !r.overMemory && (r.stack || r.signal !== null || (r.exit !== null && r.exit > 2)),
        )
        .map((r) => r.args.join(' ')),
      ...bulkLines.filter((l) => l.crash).map((l) => `${l.file}: ${l.name}: ${l.message}`),
    ],
    maxMsInput: [...results.entries()].sort((a, b) => b[1].ms - a[1].ms)[0]?.[0] ?? null,
    maxPeakMB: Math.round(Math.max(0, ...[...results.values()].map((r) => r.peakKB ?? 0)) / 1024),
    maxPeakInput:
      [...results.entries()].sort((a, b) => (b[1].peakKB ?? 0) - (a[1].peakKB ?? 0))[0]?.[0] ?? null,
    bulkMaxMs: Math.round(Math.max(0, ...bulkLines.map((l) => l.ms ?? 0))),
    bulkPeakMB: Math.round((bulk?.run.peakKB ?? 0) / 1024),
    exitCodes: Object.fromEntries(
      [...results.entries()].map(([name, r]) => [
        name,
        {
          exit: r.exit,
          ms: Math.round(r.ms),
          cpuMs: Math.round(r.cpuMs),
          peakMB: Math.round((r.peakKB ?? 0) / 1024),
        },
      ]),
    ),
  };
  if (existsSync(CORPUS_DIR))
    writeFileSync(join(CORPUS_DIR, 'summary.json'), `${JSON.stringify(summary, null, 2)}\n`);
  process.stderr.write(
    `robustness: ${summary.inputs} inputs tried (${summary.cliInputs} CLI, ${summary.bulkInputs} bulk), ` +
      `crashes ${summary.crashes}, hangs ${summary.hangs}, memory blow-ups ${summary.memoryBlowUps}, ` +
      `max time ${summary.maxMs} ms (${summary.maxMsInput}), max CPU ${summary.maxCpuMs} ms (${summary.maxCpuInput}), ` +
      `max memory ${summary.maxPeakMB} MB (${summary.maxPeakInput}); bulk max ${summary.bulkMaxMs} ms, ` +
      `${summary.bulkPeakMB} MB; CPU of all children ${summary.totalCpuMs} ms\n`,
  );
});
