/**
 * How `extract` starts and reads a PDF (src/isolate/early.ts, warm-up.ts, src/ingest/pdf.ts): pdfjs split
 * over two threads must give exactly the library's result, threads started early must never hang
 * or leak into a failing run, pdfjs loads without its native canvas addon, and the warm-up letter
 * really runs the pipeline.
 */
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { workerV8Flags } from '../src/batch/v8-flags.js';
import { warmUpRaw, warmUpSteps } from '../src/isolate/warm-up.js';
import { extractBytes, extractText, processRaw, toLetter } from '../src/pipeline.js';
import { render } from '../src/render/index.js';
import { ROOT } from './helpers.js';
import { runCli, runNode } from './robustness/harness.js';

const SEED_PDF = join(ROOT, 'fixtures/pdf/seed-2024-11-12-vro-bo-leefomgeving.pdf');
const ENCRYPTED = join(ROOT, 'fixtures/pdf/encrypted-user-password.pdf');

describe('extract of a PDF through the CLI (pdfjs over two threads, started early)', () => {
  it('gives byte for byte the JSON the library gives (pdfjs in one thread)', async () => {
    const r = await runCli(['extract', SEED_PDF]);
    expect(r.exit).toBe(0);
    expect(r.stderr).toBe('');
    const library = render(await extractBytes(readFileSync(SEED_PDF), SEED_PDF), 'json');
    expect(r.stdout).toBe(library);
  });

  it('a PDF error from the parsing thread is one line, exit 1', async () => {
    const r = await runCli(['extract', ENCRYPTED]);
    expect(r.exit).toBe(1);
    expect(r.stderrLines).toEqual([
      `kamerbrief extract: error: ${ENCRYPTED}: the PDF is encrypted with a password`,
    ]);
  });

  it('a usage error after the early start exits 2 at once (no thread keeps the process alive)', async () => {
    const r = await runCli(['extract', '--no-such-option', SEED_PDF], { limitMs: 10_000 });
    expect(r.timedOut).toBe(false);
    expect(r.exit).toBe(2);
    expect(r.stdout).toBe('');
  });

  it('a file named .pdf that is text fails as not a PDF, without hanging', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'kb-startup-'));
    const file = join(dir, 'letter.pdf');
    writeFileSync(file, readFileSync(join(ROOT, 'data/warm-up.txt')));
    const r = await runCli(['extract', file], { limitMs: 10_000 });
    rmSync(dir, { recursive: true, force: true });
    expect(r.timedOut).toBe(false);
    expect(r.exit).toBe(1);
    expect(r.stderrLines).toHaveLength(1);
    expect(r.stderrLines[0]).toMatch(/not a PDF/);
  });
});

describe('pdfjs without the native canvas addon', () => {
  it('reads the seed PDF without loading @napi-rs/canvas (no .node file in the process)', async () => {
    const script = `
      const { readPdf } = await import(${JSON.stringify(join(ROOT, 'dist/ingest/pdf.js'))});
      const { readFileSync } = await import('node:fs');
      const raw = await readPdf(new Uint8Array(readFileSync(${JSON.stringify(SEED_PDF)})), 'seed.pdf');
      const native = process.report.getReport().sharedObjects.filter((s) => s.endsWith('.node'));
      console.log(JSON.stringify({ pages: raw.pages.length, native, dommatrix: typeof DOMMatrix }));`;
    const r = await runNode(['--input-type=module', '-e', script], []);
    expect(r.exit).toBe(0);
    const out = JSON.parse(r.stdout);
    expect(out.pages).toBe(10);
    expect(out.native).toEqual([]);
    expect(out.dommatrix).toBe('function');
  });
});

describe('pdfjs leaves the built-ins alone', () => {
  it('Array.prototype.push, JSON.stringify/parse and Function.prototype.toString stay native after a PDF', async () => {
    const script = `
      const natives = [Array.prototype.push, JSON.stringify, JSON.parse, Function.prototype.toString];
      const { readPdf } = await import(${JSON.stringify(join(ROOT, 'dist/ingest/pdf.js'))});
      const { readFileSync } = await import('node:fs');
      await readPdf(new Uint8Array(readFileSync(${JSON.stringify(SEED_PDF)})), 'seed.pdf');
      const now = [Array.prototype.push, JSON.stringify, JSON.parse, Function.prototype.toString];
      console.log(JSON.stringify({ kept: now.map((f, i) => f === natives[i]), added: typeof Promise.withResolvers }));`;
    const r = await runNode(['--input-type=module', '-e', script], []);
    expect(r.exit).toBe(0);
    expect(JSON.parse(r.stdout)).toEqual({ kept: [true, true, true, true], added: 'function' });
  });
});

describe('pdfjs leaves fetch unloaded', () => {
  // Node 20's lazy Response is an accessor, which can be looked at without loading undici; Node 22 and
  // later load it on any look (src/ingest/pdf/host.ts), so there only Response's working is checked.
  it("reads the seed PDF without loading undici where Node allows it, and Response is Node's own after", async () => {
    const script = `
      const accessor = typeof Object.getOwnPropertyDescriptor(globalThis, 'Response').get === 'function';
      const { readPdf } = await import(${JSON.stringify(join(ROOT, 'dist/ingest/pdf.js'))});
      const { readFileSync } = await import('node:fs');
      const raw = await readPdf(new Uint8Array(readFileSync(${JSON.stringify(SEED_PDF)})), 'seed.pdf');
      const undici = process.moduleLoadList.filter((m) => m.includes('undici')).length;
      const same = accessor === (typeof Object.getOwnPropertyDescriptor(globalThis, 'Response').get === 'function');
      const ok = (await new Response('abc').text()) === 'abc';
      console.log(JSON.stringify({ pages: raw.pages.length, accessor, undici, same, ok }));`;
    const r = await runNode(['--input-type=module', '-e', script], []);
    expect(r.exit).toBe(0);
    const out = JSON.parse(r.stdout);
    expect(out).toMatchObject({ pages: 10, same: true, ok: true });
    expect(out.accessor).toBe(process.versions.node.startsWith('20.'));
    if (out.accessor) expect(out.undici).toBe(0);
  });
});

describe('warm-up', () => {
  const text = readFileSync(join(ROOT, 'data/warm-up.txt'), 'utf8');

  it('the warm-up letter, laid out like a PDF, runs every extractor', () => {
    const letter = toLetter(
      processRaw(warmUpRaw(text), { path: '<warm-up>', sha256: '', format: 'pdf', pages: 1 }),
    );
    expect(letter.sections.length).toBeGreaterThanOrEqual(5);
    expect(letter.commitments.length).toBeGreaterThanOrEqual(3);
    expect(letter.regions.length).toBeGreaterThanOrEqual(5);
    expect(letter.amounts.length).toBeGreaterThanOrEqual(2);
    expect(letter.references.length).toBeGreaterThanOrEqual(2);
    expect(letter.metadata.date).toBe('2025-03-03');
  });

  it('runs one step on two cores, all three with more', () => {
    expect(warmUpSteps(2)).toHaveLength(1);
    expect(warmUpSteps(4)).toHaveLength(3);
  });

  it('as text (the other steps, and the batch workers) runs the pipeline too', () => {
    const letter = extractText(readFileSync(join(ROOT, 'data/warm-up.txt'), 'utf8'));
    expect(letter.sections.length).toBeGreaterThanOrEqual(5);
    expect(letter.commitments.length).toBeGreaterThanOrEqual(3);
    expect(letter.regions.length).toBeGreaterThanOrEqual(5);
    expect(letter.metadata.date).toBe('2025-03-03');
  });
});

describe('batch workers', () => {
  it('run V8 single-threaded, optimising later and smaller, only when the workers fill the cores', () => {
    const filled = [
      '--single-threaded',
      '--interrupt-budget=135168',
      '--max-inlined-bytecode-size-cumulative=230',
      '--no-turbo-loop-peeling',
      '--no-turbo-escape',
    ];
    const node20 = '11.3.244.8-node.38';
    expect(workerV8Flags(2, 2, node20)).toEqual(filled);
    expect(workerV8Flags(4, 2, node20)).toEqual(filled);
    expect(workerV8Flags(1, 2, node20)).toEqual([]);
    expect(workerV8Flags(3, 8, node20)).toEqual([]);
    // V8 12 and later (Node 22, 24) spell the delay as an invocation count
    for (const v8 of ['12.4.254.21-node.57', '13.6.233.17-node.63']) {
      expect(workerV8Flags(2, 2, v8)).toEqual(
        filled.map((f) => (f.startsWith('--interrupt-budget') ? '--invocation-count-for-turbofan=6000' : f)),
      );
    }
  });

  it('pass flags this Node accepts (a misspelt V8 flag stops node with "bad option")', async () => {
    const ok = await runNode([...workerV8Flags(2, 2), '-e', 'process.stdout.write("ran")'], []);
    expect(ok.stdout).toBe('ran');
    expect(ok.exit).toBe(0);
    const bad = await runNode(['--interrupt-budgetx=1', '-e', 'process.stdout.write("ran")'], []);
    expect(bad.exit).not.toBe(0);
  });
});

describe('what each thread loads', () => {
  /** The files a bundle entry loads before it runs: its static imports, followed through the chunks. */
  function staticGraph(entry: string): string {
    const dir = join(ROOT, 'dist/bundle');
    const seen = new Set<string>();
    const texts: string[] = [];
    const walk = (file: string) => {
      if (seen.has(file)) return;
      seen.add(file);
      const text = readFileSync(join(dir, file), 'utf8');
      texts.push(text);
      for (const m of text.matchAll(/^import (?:.* from )?"\.\/([^"]+)";/gm)) walk(m[1] as string);
    };
    walk(entry);
    return texts.join('\n');
  }

  // Regexes compiled once (regexp-flags.ts): a batch worker (one JavaScript thread) sets the flag once
  // loaded; `extract`'s workers sleep at a gate while its main thread sets it (isolate/flag-gate.ts).
  it('sets the regex flag only where no other thread runs', () => {
    const bundle = (entry: string) => readFileSync(join(ROOT, 'dist/bundle', entry), 'utf8');
    expect(bundle('worker.js')).toContain('compileRegexesOnce()');
    for (const entry of ['extract-worker.js', 'pdf-worker.js']) {
      expect(bundle(entry), entry).toContain('waitAtGate(');
      expect(bundle(entry), entry).not.toContain('compileRegexesOnce()');
    }
    expect(
      readdirSync(join(ROOT, 'dist/bundle')).some((f) =>
        bundle(f).includes('passGates(liveGates(), compileRegexesOnce)'),
      ),
    ).toBe(true);
    // not in the CLI before its threads start (see regexp-flags.ts)
    expect(readFileSync(join(ROOT, 'bin/kamerbrief.js'), 'utf8')).not.toContain('setFlagsFromString');
  });

  // zod and the contract's schemas cost ~10 ms to load; only `schema`, `register` and the index need them.
  it.each(['cli.js', 'extract-worker.js', 'worker.js'])('%s loads no zod at start', (entry) => {
    const graph = staticGraph(entry);
    expect(graph.length).toBeGreaterThan(1000);
    expect(graph.includes('node_modules/zod/'), `${entry} loads zod`).toBe(false);
  });
});
