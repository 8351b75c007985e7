/**
 * The library inside someone else's process: a corrupt PDF must reject with an InputError and leave
 * nothing behind — no unhandled promise rejection, which Node (by default) turns into a crash of the
 * host process a moment later. Also how the batch reports such a file.
 *
 * fixtures/unhandled-rejection.pdf is the seed PDF with two bytes changed (found by mutation fuzzing,
 * minimised by delta debugging): "21 0 obj" → "21!0 obj" and one '5' → '[' in a font dictionary.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT } from '../helpers.js';
import { runCli, runNode } from './harness.js';

const CORRUPT = join(import.meta.dirname, 'fixtures', 'unhandled-rejection.pdf');

const script = `
import { readFileSync } from 'node:fs';
const { extractBytes } = await import(${JSON.stringify(join(ROOT, 'dist', 'pipeline.js'))});
const { InputError } = await import(${JSON.stringify(join(ROOT, 'dist', 'model', 'errors.js'))});
try {
  await extractBytes(readFileSync(process.argv[1]), 'x.pdf');
  console.log('letter');
} catch (e) {
  console.log(e instanceof InputError ? 'InputError ' + e.code : 'other ' + e);
}
await new Promise((r) => setTimeout(r, 500));
console.log('still alive');
`;

describe('a corrupt PDF through the library', () => {
  it('RB9: rejects with an InputError and leaves no unhandled rejection behind (the host survives)', async () => {
    const r = await runNode(['--input-type=module', '-e', script, CORRUPT], [], { limitMs: 30_000 });
    expect(r.stdout).toMatch(/^InputError corrupt-pdf$/m);
    expect(r.stderr, 'unhandled rejection').not.toMatch(/Unhandled|XRefEntryException/);
    expect(r.stdout).toMatch(/still alive/);
    expect(r.exit).toBe(0);
  });

  it('extract reports it as one corrupt-PDF line, exit 1', async () => {
    const r = await runCli(['extract', CORRUPT], { limitMs: 30_000 });
    expect(r.exit).toBe(1);
    expect(r.stack).toBe(false);
    expect(r.stderrLines).toHaveLength(1);
    expect(r.stderrLines[0]).toMatch(/corrupt PDF/);
  });

  it('RB9: batch reports it as a corrupt PDF, not as a crashed worker', async () => {
    const out = mkdtempSync(join(tmpdir(), 'kb-rob-lib-'));
    try {
      const r = await runCli(['batch', CORRUPT, '--out-dir', out, '--no-progress', '-j', '1'], {
        limitMs: 60_000,
      });
      expect(r.exit).toBe(1);
      expect(r.stack).toBe(false);
      const line = r.stderrLines.find((l) => l.includes('unhandled-rejection.pdf')) ?? '';
      expect(line).toMatch(/corrupt PDF/);
      expect(line).not.toMatch(/worker-crashed|Node\.js v/);
    } finally {
      rmSync(out, { recursive: true, force: true });
    }
  });
});
