/** `kamerbrief check` end to end, through the built CLI, on the real corpus PDFs. */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const ROOT = resolve(import.meta.dirname, '..');
const BIN = join(ROOT, 'bin/kamerbrief.js');
const CORPUS = resolve(ROOT, '../shared/corpus/pdf');
const SCAN = '2021-12-03-lnv-beslisnota-nitraat-blg-1007826-scan.pdf';
const hasCorpus = existsSync(join(CORPUS, SCAN));

let work: string;
beforeAll(() => {
  work = mkdtempSync(join(tmpdir(), 'kb-check-'));
  // the seed's first pages: body text, but no date or subject
  writeFileSync(
    join(work, 'body-only.txt'),
    readFileSync(join(ROOT, 'seeds/2024-11-12-vro-bo-leefomgeving.txt'), 'utf8').slice(0, 6000),
  );
});
afterAll(() => rmSync(work, { recursive: true, force: true }));

const check = (args: string[], cwd = ROOT) =>
  spawnSync(process.execPath, [BIN, 'check', ...args], {
    cwd,
    encoding: 'utf8',
    env: { ...process.env, NO_COLOR: '1' },
  });

// Without ../shared these are skipped; tests/check-fixtures.test.ts runs the same on the repo's PDFs.
const SKIPPED = hasCorpus ? '' : ` (skipped: needs ${SCAN} and the other PDFs of ${CORPUS}, not in the repo)`;
describe.skipIf(!hasCorpus)(`kamerbrief check on the corpus${SKIPPED}`, () => {
  // check reads folders recursively (the corpus has subfolders)
  const pdfs = hasCorpus
    ? readdirSync(CORPUS, { recursive: true, encoding: 'utf8' }).filter((f) => f.endsWith('.pdf'))
    : [];

  it('fails the scan with a GitHub annotation naming it, and passes the other letters', () => {
    const run = check(['../shared/corpus/pdf', '--reporter', 'github']);
    expect(run.status).toBe(1);
    const errors = run.stdout.split('\n').filter((l) => l.startsWith('::error '));
    expect(errors).toEqual([
      expect.stringMatching(
        new RegExp(`^::error file=\\.\\./shared/corpus/pdf/${SCAN},title=[^:]*no-text-layer::`),
      ),
    ]);
    for (const line of run.stdout.split('\n').filter(Boolean))
      expect(line).toMatch(/^::(error|warning) file=/);
    expect(run.stderr).toMatch(new RegExp(`${pdfs.length} letters checked, 1 failed`));
  });

  it('writes JUnit XML with one testcase per letter to --output', () => {
    const out = join(work, 'report.xml');
    // the scan, the motion and the answers to Kamervragen (the whole folder is checked above)
    const few = [SCAN, ...pdfs.filter((f) => /motie|antwoord/.test(f))];
    const run = check([...few.map((f) => join(CORPUS, f)), '--reporter', 'junit', '--output', out]);
    expect(run.status).toBe(1);
    expect(run.stdout).toBe('');
    const xml = readFileSync(out, 'utf8');
    expect(xml).toMatch(/<testsuites name="kamerbrief check" tests="3" failures="1"/);
    expect([...xml.matchAll(/<testcase /g)]).toHaveLength(3);
    const failing = [...xml.matchAll(/<testcase [^>]*name="([^"]*)"[^>]*>\s*<failure type="([^"]*)"/g)];
    expect(failing.map((m) => [m[1]?.endsWith(SCAN), m[2]])).toEqual([[true, 'no-text-layer']]);
  });
});

describe('kamerbrief check', () => {
  it('passes a letter with body text and reports its warnings in text form', () => {
    const run = check([join(work, 'body-only.txt')]);
    expect(run.status, run.stderr).toBe(0);
    expect(run.stdout).toMatch(/warning\s+missing-date/);
    expect(run.stdout).toMatch(/✔ 1 letter checked: 0 failed, 1 passed/);
    expect(run.stdout).not.toContain('\x1b[');
  });

  it('fails it when a missing fact is required, or with --strict', () => {
    const required = check([join(work, 'body-only.txt'), '--require', 'sections,date']);
    expect(required.status).toBe(1);
    expect(required.stdout).toMatch(/error\s+missing-date\s+no letter date found \(required\)/);
    const strict = check([join(work, 'body-only.txt'), '--strict', '--reporter', 'github']);
    expect(strict.status).toBe(1);
    expect(strict.stdout).toMatch(/^::error file=.*body-only\.txt,title=kamerbrief check%3A missing-date::/m);
  });

  it("--reporter json prints an array in the shape of ESLint's json formatter", () => {
    const run = check([join(work, 'body-only.txt'), '--reporter', 'json']);
    expect(run.status, run.stderr).toBe(0);
    const results = JSON.parse(run.stdout);
    expect(results).toEqual([
      expect.objectContaining({ filePath: join(work, 'body-only.txt'), errorCount: 0, fatalErrorCount: 0 }),
    ]);
    const [result] = results;
    expect(result.warningCount).toBe(result.messages.length);
    expect(result.messages).toContainEqual(
      expect.objectContaining({ ruleId: 'missing-date', severity: 1, line: 1, column: 1 }),
    );
    expect(run.stderr).toMatch(/1 letter checked, 0 failed/);
  });

  it('treats an unknown requirement, an unknown reporter or a missing file as usage errors (exit 2)', () => {
    for (const args of [
      [join(work, 'body-only.txt'), '--require', 'colour'],
      [join(work, 'body-only.txt'), '--reporter', 'tap'],
      [join(work, 'missing.pdf')],
    ]) {
      const run = check(args);
      expect(run.status, args.join(' ')).toBe(2);
      expect(run.stderr).toMatch(/error/);
      expect(run.stderr).not.toMatch(/\n\s+at /);
    }
  });
});
