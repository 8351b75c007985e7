/**
 * No network and no code evaluation at run time.
 *  1. pdfjs is opened with PDFJS_OPTIONS (isEvalSupported: false, no system fonts, font rules handed to
 *     a document that keeps nothing, no images, no worker fetch, no XFA) and with local data folders —
 *     checked on the options pdfjs really receives.
 *  2. The CLI extracts the seed PDF and the seed text under a preload that records and refuses every
 *     network connection, DNS lookup, fetch, eval and new Function, with V8's
 *     --disallow-code-generation-from-strings on as well: nothing may be recorded, and the results must
 *     be the documented ones (so nothing silently depended on the refused calls). The same preload is on
 *     for every process of cli.test.ts: the whole hostile corpus, the real corpus PDFs (bulk run) and
 *     the batch — see its 'sandbox' test.
 */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { PDFJS_OPTIONS } from '../../src/ingest/pdf.js';
import { extractBytes } from '../../src/pipeline.js';
import { SEED } from '../helpers.js';
import { SEED_PDF } from './generate.js';
import { pool, runCli, runNode } from './harness.js';

const seen = vi.hoisted(() => ({ options: [] as Array<Record<string, unknown>> }));

vi.mock('pdfjs-dist/legacy/build/pdf.min.mjs', async (importOriginal) => {
  const real = (await importOriginal()) as { getDocument: (o: Record<string, unknown>) => unknown };
  return {
    ...real,
    getDocument: (options: Record<string, unknown>) => {
      seen.options.push(options);
      return real.getDocument(options);
    },
  };
});

const PRELOAD = join(import.meta.dirname, 'sandbox-preload.cjs');
const sandboxEnv = (log: string) => ({
  KB_SANDBOX_LOG: log,
  NODE_OPTIONS: `--require ${PRELOAD} --disallow-code-generation-from-strings`,
});

describe('pdfjs configuration', () => {
  it('exports options that switch off evaluation, fetching and system fonts', () => {
    expect(PDFJS_OPTIONS.isEvalSupported).toBe(false);
    expect(PDFJS_OPTIONS.useSystemFonts).toBe(false);
    expect(PDFJS_OPTIONS.useWorkerFetch).toBe(false);
    expect(PDFJS_OPTIONS.enableXfa).toBe(false);
    // Font faces are "on", but their rules go to a document that keeps nothing (tests/pdf-fonts.test.ts).
    expect(PDFJS_OPTIONS.disableFontFace).toBe(false);
    expect(Object.keys(PDFJS_OPTIONS.ownerDocument).sort()).toEqual(['createElement', 'documentElement']);
    expect(PDFJS_OPTIONS.maxImageSize).toBe(0);
    expect(Object.isFrozen(PDFJS_OPTIONS)).toBe(true);
  });

  it('opens a real PDF with exactly those options, bytes in memory, and local data folders', async () => {
    seen.options.length = 0;
    const letter = await extractBytes(readFileSync(SEED_PDF), SEED_PDF);
    expect(letter.source.format).toBe('pdf');
    expect(seen.options).toHaveLength(1);
    const opts = seen.options[0];
    expect(opts).toMatchObject({ ...PDFJS_OPTIONS });
    expect(opts.url).toBeUndefined();
    expect(opts.data).toBeInstanceOf(Uint8Array);
    for (const key of ['standardFontDataUrl', 'cMapUrl', 'iccUrl', 'wasmUrl']) {
      if (opts[key] === undefined) continue;
      expect(String(opts[key]), key).not.toMatch(/^(?:https?|ftp|wss?):/i);
    }
  });
});

describe('sandboxed CLI: no network connection, no code from strings', () => {
  it('the preload really catches fetch, sockets, DNS, eval and new Function (a check that can fail)', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'kb-sandbox-'));
    const log = join(dir, 'log.ndjson');
    try {
      const probe = [
        'const t=(f)=>{try{f()}catch{}};',
        "t(()=>fetch('http://example.invalid/'));",
        "t(()=>require('node:net').connect(80,'example.invalid'));",
        "t(()=>new (require('node:net').Socket)().connect(80,'example.invalid'));",
        "t(()=>require('node:https').get('https://example.invalid/'));",
        "t(()=>require('node:dns').lookup('example.invalid',()=>{}));",
        "t(()=>eval('1+1'));",
        "t(()=>new Function('return 1'));",
        "t(()=>Function('return 1'));",
        "t(()=>(()=>{}).constructor('return 1'));",
      ].join('');
      const r = await runNode(['-e', probe], [], { env: sandboxEnv(log), limitMs: 20_000 });
      expect(r.exit, r.stderr).toBe(0);
      const kinds = readFileSync(log, 'utf8')
        .trim()
        .split('\n')
        .map((l) => (JSON.parse(l) as { kind: string }).kind);
      expect(new Set(kinds)).toEqual(
        new Set(['fetch', 'net.connect', 'https.request', 'dns.lookup', 'eval', 'new Function']),
      );
      expect(kinds.filter((k) => k === 'new Function')).toHaveLength(3);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('extracting the seed PDF and the seed text through the CLI records nothing', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'kb-sandbox-'));
    const log = join(dir, 'log.ndjson');
    try {
      const files = [SEED_PDF, SEED];
      const runs = await pool(files, 2, (f) =>
        runCli(['extract', f, '--timeout', '30000'], { env: sandboxEnv(log), limitMs: 60_000 }),
      );
      let recorded = '';
      try {
        recorded = readFileSync(log, 'utf8');
      } catch {
        // no log file: nothing was recorded
      }
      expect(recorded, 'network or eval attempts').toBe('');
      runs.forEach((r, i) => {
        expect(r.stack, `${files[i]}: ${r.stderr}`).toBe(false);
        expect(r.timedOut, files[i]).toBe(false);
        if (/scan/i.test(files[i])) {
          expect(r.exit).toBe(1);
          expect(r.stderr).toMatch(/no text layer/);
        } else {
          expect(r.exit, `${files[i]}: ${r.stderr}`).toBe(0);
          expect(JSON.parse(r.stdout).sections.length, files[i]).toBeGreaterThan(0);
        }
      });
      const seedPdf = JSON.parse(runs[files.indexOf(SEED_PDF)].stdout);
      expect(seedPdf.metadata.date).toBe('2024-11-12');
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  }, 180_000);
});
