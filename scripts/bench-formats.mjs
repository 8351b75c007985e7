#!/usr/bin/env node
/**
 * Timings per input format (part of `npm run bench`; alone: `node scripts/bench-formats.mjs` after a
 * build). For one real file of each format (PDF, DOCX, ODT, XML, HTML, text):
 *  - in process: the library's extractBytes on the file's bytes, median of BENCH_FORMAT_RUNS (21)
 *    runs after 5 warm-up runs (what a batch worker spends per letter), and the reader alone;
 *  - as a whole process: `kamerbrief extract FILE`, median of BENCH_SINGLE_RUNS (7) runs.
 * An ODT is built from the repository's DOCX-free sources only when ../shared/corpus has one.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const BIN = join(ROOT, 'bin/kamerbrief.js');

export const FORMAT_FILES = [
  ['pdf', 'fixtures/pdf/seed-2024-11-12-vro-bo-leefomgeving.pdf'],
  ['docx', 'fixtures/real/docs/2023-12-04-jenv-kamervragen-milieucriminaliteit-politie.docx'],
  ['odt', '../shared/corpus/docx/ah-tk-20202021-3235.odt'],
  ['xml', 'fixtures/markup/kst-34682-205.xml'],
  ['html', 'fixtures/markup/kst-34682-205.html'],
  ['text', 'seeds/2024-11-12-vro-bo-leefomgeving.txt'],
];

const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
};
const int = (name, fallback) => {
  const n = Number(process.env[name] ?? fallback);
  return Number.isInteger(n) && n > 0 ? n : fallback;
};

/** Per format: { format, file, bytes, readerMs, inProcessMs, processMs }. */
export async function benchFormats() {
  const runs = int('BENCH_FORMAT_RUNS', 21);
  const singleRuns = int('BENCH_SINGLE_RUNS', 7);
  const { extractBytes } = await import(pathToFileURL(join(ROOT, 'dist/pipeline.js')).href);
  const { readDocument } = await import(pathToFileURL(join(ROOT, 'dist/ingest/registry.js')).href);
  const out = [];
  for (const [format, rel] of FORMAT_FILES) {
    const file = resolve(ROOT, rel);
    if (!existsSync(file)) {
      out.push({ format, file: rel, missing: true });
      continue;
    }
    const bytes = new Uint8Array(readFileSync(file));
    const time = async (fn) => {
      for (let i = 0; i < 5; i++) await fn();
      const ms = [];
      for (let i = 0; i < runs; i++) {
        const t = performance.now();
        await fn();
        ms.push(performance.now() - t);
      }
      return Math.round(median(ms) * 100) / 100;
    };
    const readerMs = await time(() => readDocument(bytes, file));
    const inProcessMs = await time(() => extractBytes(bytes, file));
    const letter = await extractBytes(bytes, file);
    const proc = [];
    for (let i = 0; i <= singleRuns; i++) {
      const t = performance.now();
      const r = spawnSync(process.execPath, [BIN, 'extract', file], { encoding: 'utf8', maxBuffer: 1 << 28 });
      if (r.status !== 0) throw new Error(`kamerbrief extract ${rel}: exit ${r.status}: ${r.stderr}`);
      if (i > 0) proc.push(performance.now() - t); // the first run warms the file cache
    }
    out.push({
      format,
      file: rel,
      bytes: bytes.length,
      source: letter.source.format,
      sections: letter.sections.length,
      readerMs,
      inProcessMs,
      processMs: Math.round(median(proc)),
    });
  }
  return out;
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const rows = await benchFormats();
  console.log(
    'format  file bytes  reader (ms)  extract in process (ms)  kamerbrief extract (whole process, ms)',
  );
  for (const r of rows) {
    if (r.missing) console.log(`${r.format.padEnd(6)}  missing: ${r.file}`);
    else
      console.log(
        `${r.format.padEnd(6)}  ${String(r.bytes).padStart(10)}  ${String(r.readerMs).padStart(11)}  ${String(r.inProcessMs).padStart(23)}  ${String(r.processMs).padStart(38)}`,
      );
  }
}
