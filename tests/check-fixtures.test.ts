/**
 * `kamerbrief check` end to end on the repo's own real documents (fixtures/real/docs: PDF and Word; and
 * the seed PDF),
 * so that it runs in a clone without ../shared: the GitHub annotations and the JUnit XML, with a
 * scan (pages without a text layer, made here) in the role of the shared corpus's scanned
 * beslisnota (tests/check.test.ts runs the same on ../shared/corpus/pdf when it is there).
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PDFDocument, rgb } from 'pdf-lib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ROOT } from './helpers.js';

const BIN = join(ROOT, 'bin/kamerbrief.js');
const DOCS = 'fixtures/real/docs';
const SEED_PDF = 'fixtures/pdf/seed-2024-11-12-vro-bo-leefomgeving.pdf';
/** The real documents (PDF and Word) that check finds in the folder. */
const docs = readdirSync(join(ROOT, DOCS)).filter((f) => /\.(?:pdf|docx|odt)$/.test(f));

let work: string;
let scan: string;
beforeAll(async () => {
  work = mkdtempSync(join(tmpdir(), 'kb-check-fixtures-'));
  // A scan as a copier makes it: pages with an image-like fill and no text at all.
  const doc = await PDFDocument.create();
  for (let i = 0; i < 2; i++) {
    doc
      .addPage([595.28, 841.89])
      .drawRectangle({ x: 50, y: 50, width: 495, height: 742, color: rgb(0.9, 0.9, 0.9) });
  }
  scan = join(work, 'scan.pdf');
  writeFileSync(scan, await doc.save());
});
afterAll(() => rmSync(work, { recursive: true, force: true }));

const check = (args: string[]) =>
  spawnSync(process.execPath, [BIN, 'check', ...args], {
    cwd: ROOT,
    encoding: 'utf8',
    env: { ...process.env, NO_COLOR: '1' },
  });

describe("kamerbrief check on the repo's real documents", () => {
  it('fails the scan with a GitHub annotation naming it, and passes the real letters', () => {
    expect(docs.length).toBeGreaterThanOrEqual(20);
    const run = check([DOCS, SEED_PDF, scan, '--reporter', 'github']);
    expect(run.status).toBe(1);
    const errors = run.stdout.split('\n').filter((l) => l.startsWith('::error '));
    expect(errors).toEqual([expect.stringMatching(/^::error file=.*scan\.pdf,title=[^:]*no-text-layer::/)]);
    for (const line of run.stdout.split('\n').filter(Boolean))
      expect(line).toMatch(/^::(error|warning) file=/);
    expect(run.stderr).toMatch(new RegExp(`${docs.length + 2} letters checked, 1 failed`));
  });

  it('writes JUnit XML with one testcase per letter to --output', () => {
    const out = join(work, 'report.xml');
    const few = [scan, join(DOCS, docs.find((f) => f.endsWith('.pdf')) as string), SEED_PDF];
    const run = check([...few, '--reporter', 'junit', '--output', out]);
    expect(run.status).toBe(1);
    expect(run.stdout).toBe('');
    const xml = readFileSync(out, 'utf8');
    expect(xml).toMatch(/<testsuites name="kamerbrief check" tests="3" failures="1"/);
    expect([...xml.matchAll(/<testcase /g)]).toHaveLength(3);
    const failing = [...xml.matchAll(/<testcase [^>]*name="([^"]*)"[^>]*>\s*<failure type="([^"]*)"/g)];
    expect(failing.map((m) => [m[1]?.endsWith('scan.pdf'), m[2]])).toEqual([[true, 'no-text-layer']]);
  });
});
