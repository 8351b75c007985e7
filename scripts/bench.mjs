#!/usr/bin/env node
/**
 * `npm run bench` (builds first): throughput and latency of kamerbrief, with floors to compare.
 *
 *  1. batch over a mixed corpus (copies of the seed text and of the corpus PDFs) with 1 job and
 *     with all CPUs: letters/s, pages/s, peak RSS of the main process and of the workers;
 *  2. the PDFs alone: kamerbrief batch -j 1 vs a bare pdfjs-dist text dump (one process,
 *     getTextContent on every page) vs pdftotext (when installed);
 *  3. 1,000 text letters of the seed's size with all CPUs (target < 10 s on 2 cores, RSS < 300 MB);
 *  4. one file as a whole process: `kamerbrief extract <seed pdf>` vs the bare pdfjs dump vs
 *     pdftotext (target: overhead <= 25 % over pdfjs), and `kamerbrief --help` (target < 150 ms);
 *  5. each input format (PDF, DOCX, ODT, XML, HTML, text), one real file each: the reader alone and
 *     the whole extraction in process, and `kamerbrief extract FILE` as a whole process
 *     (scripts/bench-formats.mjs; BENCH_ONLY=formats runs this part alone);
 *  6. `kamerbrief register` over 1,000 letters' JSON made from the real letters' outputs
 *     (scripts/bench-register.mjs; target < 5 s and < 300 MB peak RSS).
 * Medians of BENCH_RUNS (>= 3) runs, BENCH_PAIRS (>= 3) rounds of 1 job and all CPUs in turns,
 * BENCH_SINGLE_RUNS (>= 5) for single-file timings.
 * Results: a table on stdout and .bench/results.json.
 *
 * Environment: BENCH_N text letters in the mixed corpus (200), BENCH_PDF_N PDFs in it (50),
 * BENCH_TEXT_N letters in the text-only run (1000; 0 skips it), BENCH_REGISTER_N letters in the register run (1000; 0 skips it), BENCH_JOBS (all CPUs),
 * BENCH_RUNS (3), BENCH_PAIRS (5), BENCH_SINGLE_RUNS (7), BENCH_PDF_DIR (../shared/corpus/pdf), BENCH_KEEP=1 keeps the temp dir.
 */
import { spawnSync } from 'node:child_process';
import {
  copyFileSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { createRequire } from 'node:module';
import { availableParallelism, loadavg, tmpdir } from 'node:os';
import { basename, dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { benchFormats } from './bench-formats.mjs';
import { benchRegister } from './bench-register.mjs';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const BIN = join(ROOT, 'bin/kamerbrief.js');
const SEED_TEXT = join(ROOT, 'seeds/2024-11-12-vro-bo-leefomgeving.txt');
const SEED_PDF = join(ROOT, 'fixtures/pdf/seed-2024-11-12-vro-bo-leefomgeving.pdf');

const int = (name, fallback, min = 0) => {
  const v = process.env[name];
  const n = v === undefined || v === '' ? fallback : Number(v);
  if (!Number.isInteger(n) || n < 0) throw new Error(`${name} must be a whole number`);
  return Math.max(min, n);
};
const CPUS = availableParallelism();
const JOBS = int('BENCH_JOBS', CPUS, 1);
const RUNS = int('BENCH_RUNS', 3, 3);
// The 1-job / all-CPU comparison: its speed-up is a median of per-round ratios, and on a noisy VM one
// round in three can be off by 0.3x (a run of this bench gave 1.87, 1.58, 1.57), so it gets more rounds.
const PAIRS = int('BENCH_PAIRS', 5, 3);
const SINGLE_RUNS = int('BENCH_SINGLE_RUNS', 7, 5);
const TEXT_N = int('BENCH_N', 200);
const PDF_N = int('BENCH_PDF_N', 50);
const BIG_N = int('BENCH_TEXT_N', 1000);
const REGISTER_N = int('BENCH_REGISTER_N', 1000);
const PDF_DIR = resolve(ROOT, process.env.BENCH_PDF_DIR ?? '../shared/corpus/pdf');

if (!existsSync(join(ROOT, 'dist/cli/index.js'))) {
  console.error('bench: dist/ is missing; run `npm run build` first (npm run bench does)');
  process.exit(2);
}

const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
};
const round = (x, d = 1) => (x === null || x === undefined ? null : Math.round(x * 10 ** d) / 10 ** d);
const which = (cmd) => {
  const r = spawnSync('sh', ['-c', `command -v ${cmd}`], { encoding: 'utf8' });
  return r.status === 0 ? r.stdout.trim() : null;
};

/** Runs a command, returns wall ms (throws on unexpected exit codes). */
function timed(cmd, args, { ok = [0], cwd = ROOT, env = process.env } = {}) {
  const t = performance.now();
  const r = spawnSync(cmd, args, { cwd, env, encoding: 'utf8', maxBuffer: 1 << 28 });
  const ms = performance.now() - t;
  if (!ok.includes(r.status)) {
    throw new Error(
      `${[cmd, ...args].join(' ')} exited ${r.status}${r.signal ? ` (${r.signal})` : ''}: ${r.stderr}`,
    );
  }
  return { ms, stdout: r.stdout, stderr: r.stderr };
}

function stats(msList) {
  return {
    medianMs: round(median(msList)),
    minMs: round(Math.min(...msList)),
    maxMs: round(Math.max(...msList)),
    runs: msList.length,
  };
}

// ---------------------------------------------------------------------------------------------
const work = mkdtempSync(join(tmpdir(), 'kb-bench-'));
const seedText = readFileSync(SEED_TEXT, 'utf8');
const pdfSources = [
  ...(existsSync(PDF_DIR)
    ? readdirSync(PDF_DIR)
        .filter((f) => f.toLowerCase().endsWith('.pdf'))
        .map((f) => join(PDF_DIR, f))
    : []),
  ...(existsSync(SEED_PDF) ? [SEED_PDF] : []),
].sort();

function makeTextLetters(dir, n) {
  mkdirSync(dir, { recursive: true });
  for (let i = 1; i <= n; i++) {
    writeFileSync(
      join(dir, `letter-${String(i).padStart(5, '0')}.txt`),
      `${seedText}\nBench-variant ${i}.\n`,
    );
  }
}
function makePdfLetters(dir, n) {
  mkdirSync(dir, { recursive: true });
  for (let i = 0; i < n && pdfSources.length > 0; i++) {
    const src = pdfSources[i % pdfSources.length];
    copyFileSync(src, join(dir, `${String(i + 1).padStart(5, '0')}-${basename(src)}`));
  }
}

// The floor: pdfjs-dist loads each PDF and returns the text of every page; nothing else.
const require = createRequire(join(ROOT, 'package.json'));
const pdfjsPath = require.resolve('pdfjs-dist/legacy/build/pdf.mjs');
const pdfjsRoot = dirname(require.resolve('pdfjs-dist/package.json'));
const DUMP = join(work, 'pdfjs-dump.mjs');
writeFileSync(
  DUMP,
  `import { readFileSync } from 'node:fs';
const pdfjs = await import(${JSON.stringify(pathToFileURL(pdfjsPath).href)});
let pages = 0, chars = 0;
for (const file of process.argv.slice(2)) {
  try {
    const task = pdfjs.getDocument({ data: new Uint8Array(readFileSync(file)), isEvalSupported: false,
      disableFontFace: true, useSystemFonts: false, verbosity: 0,
      standardFontDataUrl: ${JSON.stringify(`${join(pdfjsRoot, 'standard_fonts')}/`)} });
    const doc = await task.promise;
    for (let n = 1; n <= doc.numPages; n++) {
      const page = await doc.getPage(n);
      const content = await page.getTextContent();
      for (const item of content.items) chars += (item.str ?? '').length;
      pages += 1;
      page.cleanup();
    }
    await doc.destroy();
  } catch {}
}
process.stdout.write(JSON.stringify({ pages, chars, maxRssKb: process.resourceUsage().maxRSS }));
`,
);

/** One batch run over inputDir: wall ms, the index, peak RSS and CPU of all its processes. */
function batchRun(label, inputDir, jobs) {
  const out = join(work, `out-${label}`);
  rmSync(out, { recursive: true, force: true });
  const res = timed(
    process.execPath,
    [BIN, 'batch', inputDir, '--out-dir', out, '--jobs', String(jobs), '--no-progress'],
    { ok: [0, 1] },
  );
  const index = JSON.parse(readFileSync(join(out, 'index.json'), 'utf8'));
  return {
    ms: res.ms,
    index,
    mainRss: index.run.peakRssKb.main,
    workerRss: index.run.peakRssKb.worker,
    cpu: index.run.cpuMs.main + index.run.cpuMs.workers,
  };
}

function summariseRuns(label, jobs, runs) {
  const { index } = runs[runs.length - 1];
  const ms = runs.map((r) => r.ms);
  const cpu = runs.map((r) => r.cpu);
  const ok = index.letters.filter((l) => l.status === 'ok');
  const pages = ok.reduce((sum, l) => sum + (l.pages ?? 0), 0);
  const med = median(ms);
  return {
    label,
    jobs,
    letters: index.letters.length,
    ok: ok.length,
    failed: index.totals.failed,
    pages,
    ...stats(ms),
    lettersPerSec: round((index.letters.length / med) * 1000),
    pagesPerSec: round((pages / med) * 1000),
    peakRssMb: {
      main: round(Math.max(...runs.map((r) => r.mainRss)) / 1024),
      worker: round(Math.max(...runs.map((r) => r.workerRss)) / 1024),
    },
    // CPU time is much less disturbed by other load than wall time: what the run costs, all processes.
    cpuMs: round(median(cpu)),
    cpuMsPerLetter: round(median(cpu) / index.letters.length),
  };
}

function batchRuns(label, inputDir, jobs, runs = RUNS) {
  const all = [];
  for (let r = 0; r < runs; r++) all.push(batchRun(label, inputDir, jobs));
  return summariseRuns(label, jobs, all);
}

/**
 * 1 job against `jobs` jobs, run in turns (1, N, N, 1, 1, N, ...) so that a machine that speeds up
 * or slows down during the benchmark (a shared VM does) weighs on both alike. The speed-up is the
 * median of the rounds' own ratios.
 */
function pairedBatchRuns(label, inputDir, jobs, runs = PAIRS) {
  const one = [];
  const many = [];
  const ratios = [];
  for (let r = 0; r < runs; r++) {
    const order = r % 2 === 0 ? [1, jobs] : [jobs, 1];
    const got = {};
    for (const j of order) got[j] = batchRun(`${label}-j${j}`, inputDir, j);
    one.push(got[1]);
    many.push(got[jobs]);
    ratios.push(got[1].ms / got[jobs].ms);
  }
  return {
    oneJob: summariseRuns(`${label}-j1`, 1, one),
    allJobs: summariseRuns(`${label}-j${jobs}`, jobs, many),
    speedups: ratios.map((x) => round(x, 2)),
    speedup: round(median(ratios), 2),
  };
}

const results = {
  date: new Date().toISOString(),
  node: process.version,
  cpus: CPUS,
  loadavgBefore: loadavg().map((x) => round(x, 2)),
  config: {
    JOBS,
    RUNS,
    PAIRS,
    SINGLE_RUNS,
    TEXT_N,
    PDF_N,
    BIG_N,
    REGISTER_N,
    pdfSources: pdfSources.map((p) => basename(p)),
  },
  batch: {},
  pdfFloors: {},
  bigText: null,
  single: {},
  notes: [],
};
const log = (s) => process.stderr.write(`bench: ${s}\n`);

const ONLY_FORMATS = process.env.BENCH_ONLY === 'formats';
try {
  if (!ONLY_FORMATS) {
    // 1. mixed corpus, 1 job vs all CPUs
    const mixed = join(work, 'mixed');
    makeTextLetters(join(mixed, 'text'), TEXT_N);
    makePdfLetters(join(mixed, 'pdf'), PDF_N);
    if (pdfSources.length === 0) results.notes.push(`no PDFs found in ${PDF_DIR}: the corpus is text only`);
    const mixedN = TEXT_N + (pdfSources.length ? PDF_N : 0);
    if (mixedN > 0) {
      log(
        `mixed corpus: ${TEXT_N} text + ${pdfSources.length ? PDF_N : 0} pdf letters; ${JOBS > 1 ? PAIRS : RUNS} runs each` +
          (JOBS > 1 ? `, 1 and ${JOBS} jobs in turns` : ''),
      );
    }
    if (mixedN > 0 && JOBS > 1) {
      const paired = pairedBatchRuns('mixed', mixed, JOBS);
      results.batch.oneJob = paired.oneJob;
      results.batch.allJobs = paired.allJobs;
      results.batch.speedups = paired.speedups;
      results.batch.speedup = paired.speedup;
    } else if (mixedN > 0) {
      results.batch.oneJob = batchRuns('mixed-j1', mixed, 1);
      results.notes.push('one CPU: no multi-job run');
    }

    // 2. the PDFs alone against the floors
    if (pdfSources.length > 0 && PDF_N > 0 && mixedN > 0) {
      const pdfDir = join(mixed, 'pdf');
      const files = readdirSync(pdfDir).map((f) => join(pdfDir, f));
      log(`pdf floors on ${files.length} PDFs`);
      const kb = batchRuns('pdf-j1', pdfDir, 1);
      results.pdfFloors.kamerbrief = kb;
      const dumpMs = [];
      let dump = null;
      for (let r = 0; r < RUNS; r++) {
        const res = timed(process.execPath, [DUMP, ...files]);
        dumpMs.push(res.ms);
        dump = JSON.parse(res.stdout);
      }
      results.pdfFloors.pdfjs = {
        ...stats(dumpMs),
        pages: dump.pages,
        pagesPerSec: round((dump.pages / median(dumpMs)) * 1000),
        lettersPerSec: round((files.length / median(dumpMs)) * 1000),
        peakRssMb: round(dump.maxRssKb / 1024),
      };
      const pdftotext = which('pdftotext');
      if (pdftotext) {
        const ms = [];
        for (let r = 0; r < RUNS; r++) {
          const t = performance.now();
          for (const f of files) spawnSync(pdftotext, ['-q', f, '-']);
          ms.push(performance.now() - t);
        }
        results.pdfFloors.pdftotext = {
          ...stats(ms),
          lettersPerSec: round((files.length / median(ms)) * 1000),
          pagesPerSec: round((dump.pages / median(ms)) * 1000),
        };
      } else {
        results.notes.push('pdftotext not installed: its floor is skipped');
      }
    }

    // 3. many text letters with all CPUs
    if (BIG_N > 0) {
      const big = join(work, 'big');
      makeTextLetters(big, BIG_N);
      log(`${BIG_N} text letters, ${JOBS} jobs, ${RUNS} runs`);
      results.bigText = batchRuns(`big-j${JOBS}`, big, JOBS);
      results.bigText.targetSeconds = 10;
      results.bigText.targetRssMb = 300;
    }

    // 4. one file, whole process
    const runsOf = (cmd, args, ok) => {
      timed(cmd, args, { ok }); // warm the file cache
      const ms = [];
      for (let r = 0; r < SINGLE_RUNS; r++) ms.push(timed(cmd, args, { ok }).ms);
      return stats(ms);
    };
    log(`single-file timings, ${SINGLE_RUNS} runs each`);
    results.single.nodeBaseline = runsOf(process.execPath, ['-e', '0']);
    results.single.help = { ...runsOf(process.execPath, [BIN, '--help']), targetMs: 150 };
    if (existsSync(SEED_PDF)) {
      // kamerbrief and the bare dump in turns, as the batch rounds: a drift of the machine's speed
      // between two blocks of runs would count against one side only.
      const kbArgs = [BIN, 'extract', SEED_PDF];
      const bareArgs = [DUMP, SEED_PDF];
      timed(process.execPath, kbArgs);
      timed(process.execPath, bareArgs);
      const kbMs = [];
      const bareMs = [];
      for (let r = 0; r < SINGLE_RUNS; r++) {
        const order = r % 2 === 0 ? [kbArgs, bareArgs] : [bareArgs, kbArgs];
        for (const args of order) (args === kbArgs ? kbMs : bareMs).push(timed(process.execPath, args).ms);
      }
      const kb = stats(kbMs);
      const bare = stats(bareMs);
      results.single.extractSeedPdf = kb;
      results.single.pdfjsSeedPdf = bare;
      results.single.overheadPct = round(((kb.medianMs - bare.medianMs) / bare.medianMs) * 100);
      results.single.targetOverheadPct = 25;
      const pdftotext = which('pdftotext');
      if (pdftotext) results.single.pdftotextSeedPdf = runsOf(pdftotext, ['-q', SEED_PDF, '-']);
    } else {
      results.notes.push(`${SEED_PDF} is missing: the single-file comparison is skipped`);
    }
  }
  if (!ONLY_FORMATS && REGISTER_N > 0) {
    log(`register over ${REGISTER_N} letters' JSON, ${RUNS} runs`);
    results.register = await benchRegister(ROOT, work, REGISTER_N, RUNS);
  }
  log('per format: reader, extraction in process, kamerbrief extract as a whole process');
  results.formats = await benchFormats();
  results.loadavgAfter = loadavg().map((x) => round(x, 2));
} finally {
  if (process.env.BENCH_KEEP !== '1') rmSync(work, { recursive: true, force: true });
  else log(`kept ${work}`);
}

// ---------------------------------------------------------------------------------------------
const rows = [];
const row = (what, time, rate, rss, note = '') => rows.push([what, time, rate, rss, note]);
const sec = (r) => `${(r.medianMs / 1000).toFixed(2)} s`;
const rssText = (r) => (r.peakRssMb ? `${r.peakRssMb.main} / ${r.peakRssMb.worker} MB` : '');
for (const r of [results.batch.oneJob, results.batch.allJobs]) {
  if (!r) continue;
  row(
    `batch mixed (${r.letters} letters, ${r.pages} pages), ${r.jobs} job${r.jobs > 1 ? 's' : ''}`,
    sec(r),
    `${r.lettersPerSec} letters/s, ${r.pagesPerSec} pages/s; CPU ${r.cpuMsPerLetter} ms/letter`,
    rssText(r),
    r.failed ? `${r.failed} failed` : '',
  );
}
if (results.batch.speedup)
  row(
    `speed-up ${JOBS} jobs vs 1`,
    '',
    `${results.batch.speedup}x (median of the rounds: ${results.batch.speedups.join(', ')})`,
    '',
    'target >= 1.6x on 2 cores',
  );
const f = results.pdfFloors;
if (f.kamerbrief)
  row(
    `PDFs only (${f.kamerbrief.letters}): kamerbrief batch -j 1`,
    sec(f.kamerbrief),
    `${f.kamerbrief.pagesPerSec} pages/s; CPU ${f.kamerbrief.cpuMsPerLetter} ms/letter`,
    rssText(f.kamerbrief),
  );
if (f.pdfjs)
  row(
    'PDFs only: bare pdfjs-dist text dump',
    sec(f.pdfjs),
    `${f.pdfjs.pagesPerSec} pages/s`,
    `${f.pdfjs.peakRssMb} MB`,
    'floor',
  );
if (f.pdftotext)
  row('PDFs only: pdftotext', sec(f.pdftotext), `${f.pdftotext.pagesPerSec} pages/s`, '', 'floor');
if (results.bigText) {
  const b = results.bigText;
  row(
    `${b.letters} text letters, ${b.jobs} jobs`,
    sec(b),
    `${b.lettersPerSec} letters/s; CPU ${b.cpuMsPerLetter} ms/letter`,
    rssText(b),
    'target < 10 s (2 cores), < 300 MB',
  );
}
if (results.register) {
  const g = results.register;
  row(
    `kamerbrief register over ${g.letters} letters' JSON (whole process)`,
    sec(g),
    (/(\d+ commitments).*?(\d+ links)/.exec(g.summary) ?? []).slice(1).join(', '),
    `${g.peakRssMb} MB`,
    'target < 5 s, < 300 MB',
  );
}
const s = results.single;
const ms = (r) => `${Math.round(r.medianMs)} ms`;
if (s.nodeBaseline) row('node -e 0 (baseline)', ms(s.nodeBaseline), '', '');
if (s.help) row('kamerbrief --help', ms(s.help), '', '', 'target < 150 ms');
if (s.extractSeedPdf)
  row(
    'kamerbrief extract seed PDF (whole process)',
    ms(s.extractSeedPdf),
    '',
    '',
    `overhead ${s.overheadPct}% vs pdfjs (target <= 25%)`,
  );
if (s.pdfjsSeedPdf)
  row('bare pdfjs dump of the seed PDF (whole process)', ms(s.pdfjsSeedPdf), '', '', 'floor');
if (s.pdftotextSeedPdf) row('pdftotext seed PDF', ms(s.pdftotextSeedPdf), '', '', 'floor');

for (const r of results.formats ?? []) {
  if (r.missing) results.notes.push(`no ${r.format} file at ${r.file}: its timing is skipped`);
  else
    row(
      `${r.format}: kamerbrief extract ${basename(r.file)} (whole process)`,
      `${r.processMs} ms`,
      `in process ${r.inProcessMs} ms`,
      '',
      `reader ${r.readerMs} ms; ${Math.round(r.bytes / 1024)} KB`,
    );
}

const head = ['what', 'median', 'rate', 'peak RSS main / worker', 'note'];
const widths = head.map((h, i) => Math.max(h.length, ...rows.map((r) => String(r[i]).length)));
const fmt = (r) =>
  r
    .map((c, i) => String(c).padEnd(widths[i]))
    .join('  ')
    .trimEnd();
console.log(
  `kamerbrief bench: node ${process.version}, ${CPUS} CPUs, load ${results.loadavgBefore.join(' ')} -> ${(results.loadavgAfter ?? []).join(' ')}`,
);
console.log(fmt(head));
console.log(widths.map((w) => '-'.repeat(w)).join('  '));
for (const r of rows) console.log(fmt(r));
for (const n of results.notes) console.log(`note: ${n}`);

mkdirSync(join(ROOT, '.bench'), { recursive: true });
writeFileSync(join(ROOT, '.bench/results.json'), `${JSON.stringify(results, null, 2)}\n`);
console.log('results: .bench/results.json');
