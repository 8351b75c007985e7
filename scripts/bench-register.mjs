/**
 * `npm run bench`, the register line: `kamerbrief register` (a whole process) over a batch output
 * directory of BENCH_REGISTER_N (1000) letters' JSON. The letters are made from the real letters'
 * outputs (the seed, fixtures/real/letters, fixtures/heldout/letters and the register series, extracted
 * once in process; every other copy one of the letters with five commitments or more), each copy with its own date (spread over twelve years), one of 40 dossiers, and its
 * commitments' dates shifted by as much; a third of the commitments get a deliverable key from a
 * pool of 60, so that letters of one dossier link. Target: under 5 s and under 300 MB peak RSS.
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';

const DIRS = [
  'seeds',
  'fixtures/real/letters',
  'fixtures/heldout/letters',
  'tests/corpus/register-series/letters',
];
const DOSSIERS = 40;
const KEYS = 60;

/** A small deterministic generator, so every run registers the same letters. */
function random(seed) {
  let s = seed >>> 0;
  return () => {
    s = (Math.imul(s, 1664525) + 1013904223) >>> 0;
    return s / 2 ** 32;
  };
}

const shiftYear = (iso, years) => (iso ? `${Number(iso.slice(0, 4)) + years}${iso.slice(4)}` : iso);

export async function makeRegisterCorpus(root, dir, n) {
  const { extractFile } = await import(pathToFileURL(join(root, 'dist/index.js')).href);
  const bases = [];
  for (const d of DIRS)
    for (const f of readdirSync(join(root, d)).sort()) bases.push(await extractFile(join(root, d, f)));
  // Every other letter is one of the long ones (five commitments or more), as a year's letters are.
  const rich = bases.filter((l) => l.commitments.length >= 5);
  const rnd = random(14);
  mkdirSync(dir, { recursive: true });
  const letters = [];
  for (let i = 0; i < n; i++) {
    const letter = structuredClone(
      i % 2 === 0 && rich.length > 0 ? rich[(i / 2) % rich.length] : bases[i % bases.length],
    );
    const year = 2014 + Math.floor(rnd() * 12);
    const shift = letter.metadata.date ? year - Number(letter.metadata.date.slice(0, 4)) : 0;
    const month = String(1 + Math.floor(rnd() * 12)).padStart(2, '0');
    letter.metadata.date = `${year}-${month}-${String(1 + Math.floor(rnd() * 28)).padStart(2, '0')}`;
    letter.metadata.kamerstuk = {
      dossier: String(30000 + Math.floor(rnd() * DOSSIERS)),
      number: String(i + 1),
    };
    letter.source.path = `letters/letter-${String(i + 1).padStart(5, '0')}.txt`;
    for (const c of letter.commitments) {
      c.when.start = shiftYear(c.when.start, shift);
      c.when.end = shiftYear(c.when.end, shift);
      if (c.when.timex && /^\d{4}/.test(c.when.timex)) c.when.timex = shiftYear(c.when.timex, shift);
      if (rnd() < 1 / 3) {
        const k = Math.floor(rnd() * KEYS);
        c.deliverable = { text: `het rapport nummer ${k}`, key: `rapport ${k} voortgang` };
      }
    }
    const output = `letter-${String(i + 1).padStart(5, '0')}.json`;
    writeFileSync(join(dir, output), `${JSON.stringify(letter, null, 2)}\n`);
    letters.push({
      id: output,
      path: letter.source.path,
      output,
      sha256: letter.source.sha256,
      version: 'bench',
      format: 'json',
      undated: false,
      status: 'ok',
      action: 'processed',
      source: letter.source.format,
      pages: letter.source.pages,
      date: letter.metadata.date,
      subject: letter.metadata.subject,
      reference: letter.metadata.reference,
      kamerstuk: letter.metadata.kamerstuk,
      counts: null,
      error: null,
      ms: 0,
    });
  }
  writeFileSync(
    join(dir, 'index.json'),
    `${JSON.stringify({ tool: 'kamerbrief', format: 'json', letters }, null, 2)}\n`,
  );
  return bases.length;
}

/** One whole `kamerbrief register` process: wall ms and its peak RSS in MB. */
function runOnce(root, dir, out) {
  // The CLI runs inside a wrapper that prints the process's peak RSS when it exits.
  const wrapper =
    "process.on('exit',()=>process.stderr.write('\\nmaxrss-kb '+process.resourceUsage().maxRSS+'\\n'));" +
    `require(${JSON.stringify(join(root, 'bin/kamerbrief.js'))});`;
  const t = performance.now();
  const r = spawnSync(
    process.execPath,
    ['-e', wrapper, 'kamerbrief', 'register', dir, '-o', out, '--as-of', '2025-06-30'],
    {
      encoding: 'utf8',
    },
  );
  const ms = performance.now() - t;
  if (r.status !== 0) throw new Error(`kamerbrief register exited ${r.status}: ${r.stderr}`);
  const kb = Number(/maxrss-kb (\d+)/.exec(r.stderr)?.[1] ?? 0);
  return {
    ms,
    rssMb: Math.round(kb / 1024),
    summary: r.stderr.split('\n').find((l) => l.startsWith('kamerbrief register:')),
  };
}

export async function benchRegister(root, work, n, runs) {
  const dir = join(work, 'register-in');
  const bases = await makeRegisterCorpus(root, dir, n);
  const results = [];
  for (let i = 0; i < runs; i++) results.push(runOnce(root, dir, join(work, 'register-out')));
  const ms = results.map((r) => r.ms).sort((a, b) => a - b);
  const rss = results.map((r) => r.rssMb).sort((a, b) => a - b);
  return {
    letters: n,
    bases,
    medianMs: Math.round(ms[ms.length >> 1]),
    maxMs: Math.round(ms[ms.length - 1]),
    peakRssMb: rss[rss.length - 1],
    runs,
    summary: results[0]?.summary ?? '',
  };
}
