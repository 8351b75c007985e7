/**
 * The extract and schema commands as a user runs them: the built CLI (npm test builds first).
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import * as ajv2020 from 'ajv/dist/2020.js';
import { describe, expect, it } from 'vitest';
import { ROOT, SEED } from './helpers.js';

const BIN = join(ROOT, 'bin', 'kamerbrief.js');
const run = (args: string[], input?: string | Buffer, env: Record<string, string> = {}) =>
  spawnSync(process.execPath, [BIN, ...args], {
    input,
    encoding: 'utf8',
    env: { ...process.env, NO_COLOR: '1', ...env },
    cwd: ROOT,
  });

const tmp = mkdtempSync(join(tmpdir(), 'kb-cli-'));

describe('kamerbrief extract', () => {
  it('prints JSON that the JSON Schema from `kamerbrief schema` accepts', () => {
    const schema = run(['schema']);
    expect(schema.status).toBe(0);
    const out = run(['extract', SEED]);
    expect(out.status).toBe(0);
    const Ajv = ajv2020.default as unknown as typeof ajv2020.Ajv2020;
    const validate = new Ajv({ allErrors: true, strict: false }).compile(JSON.parse(schema.stdout));
    const letter = JSON.parse(out.stdout);
    expect(validate(letter), JSON.stringify(validate.errors)).toBe(true);
    expect(letter.schemaVersion).toBe('1');
    expect(letter.source.format).toBe('text');
    // The schema really constrains: a letter with a bad date is refused.
    expect(validate({ ...letter, metadata: { ...letter.metadata, date: '12-11-2024' } })).toBe(false);
  });

  it('writes a Markdown report with -f md -o FILE', () => {
    const file = join(tmp, 'seed.md');
    const out = run(['extract', SEED, '-f', 'md', '-o', file]);
    expect(out.status).toBe(0);
    expect(out.stdout).toBe('');
    const md = readFileSync(file, 'utf8');
    expect(md).toMatch(/^# /);
    expect(md).toContain('| Date | 2024-11-12 |');
    expect(md).toContain('### 1. Voortgang NOVEX');
    expect(md).toContain('## Footnotes');
  });

  it('reads standard input with -', () => {
    const out = run(['extract', '-'], readFileSync(SEED));
    expect(out.status).toBe(0);
    expect(JSON.parse(out.stdout).metadata.date).toBe('2024-11-12');
  });

  it.each([
    ['a missing file', ['extract', 'nope/missing.txt'], /missing\.txt: no such file/],
    ['a directory', ['extract', 'seeds'], /seeds: is a directory/],
  ])('fails on %s with one line naming it, exit 1', (_n, args, msg) => {
    const out = run(args);
    expect(out.status).toBe(1);
    expect(out.stdout).toBe('');
    expect(out.stderr.trim().split('\n')).toHaveLength(1);
    expect(out.stderr).toMatch(msg);
    expect(out.stderr).not.toMatch(/\n\s+at /);
  });

  it.each([
    ['empty.txt', Buffer.alloc(0), /empty file/],
    [
      'binary.txt',
      Buffer.from([0x00, 0x01, 0x02, 0xff, 0x10, 0x00, 0x8f, 0x03, 0x00, 0x00, 0x11, 0x12]),
      /not a text file/,
    ],
    [
      'page.pdf',
      Buffer.from('<!DOCTYPE html><html><body>Kamerbrief</body></html>'),
      /not a PDF \(it is an HTML page\)/,
    ],
    ['word.pdf', Buffer.from([0x50, 0x4b, 0x03, 0x04, 0x14, 0x00, 0x06, 0x00]), /not a PDF/],
  ])('fails on %s with one clear line, exit 1', (name, bytes, msg) => {
    const file = join(tmp, name);
    writeFileSync(file, bytes);
    const out = run(['extract', file]);
    expect(out.status).toBe(1);
    expect(out.stderr).toMatch(msg);
    expect(out.stderr).toContain(name);
    expect(out.stderr.trim().split('\n')).toHaveLength(1);
  });

  it('shows the stack trace only with --debug', () => {
    const file = join(tmp, 'empty2.txt');
    writeFileSync(file, '');
    expect(run(['extract', file]).stderr).not.toMatch(/\n\s+at /);
    expect(run(['extract', file, '--debug']).stderr).toMatch(/\n\s+at /);
  });

  it('processes a text that is not a letter with a warning', () => {
    const out = run(
      ['extract', '-'],
      'Het weer was mooi vandaag. We gingen naar het strand en aten een ijsje bij de kiosk aan de boulevard.\n',
    );
    expect(out.status).toBe(0);
    expect(JSON.parse(out.stdout).warnings.map((w: { code: string }) => w.code)).toContain('not-a-letter');
    expect(out.stderr).toMatch(/warning: .*not-a-letter/);
  });

  it('warns on a text that is not Dutch', () => {
    const english =
      'Dear Speaker, with this letter I inform the House about the progress of the programme and the steps we will take next year in all provinces. '.repeat(
        3,
      );
    const out = run(['extract', '-'], english);
    expect(out.status).toBe(0);
    expect(JSON.parse(out.stdout).warnings.map((w: { code: string }) => w.code)).toContain('not-dutch');
  });

  it.each([
    [['extract'], /missing required argument/],
    [['extract', SEED, '--format', 'xml'], /allowed choices are json, md/],
    [['extract', SEED, '--nope'], /unknown option/],
    [['frobnicate'], /unknown command/],
    [['extract', SEED, '--timeout', 'soon'], /--timeout takes a positive whole number/],
  ])('usage error %j exits 2', (args, msg) => {
    const out = run(args as string[]);
    expect(out.status).toBe(2);
    expect(out.stderr).toMatch(msg);
  });

  it('answers --help from the stored text exactly as the CLI itself would', () => {
    const stored = run(['--help']);
    const live = spawnSync(
      process.execPath,
      [
        '--input-type=module',
        '-e',
        "const m = await import('./dist/cli/index.js'); await m.main(['node', 'kamerbrief', '--help']);",
      ],
      { encoding: 'utf8', cwd: ROOT, env: { ...process.env, NO_COLOR: '1' } },
    );
    expect(live.status).toBe(0);
    expect(stored.stdout).toBe(live.stdout);
  });

  it('answers --help with examples, exit 0, without colour codes under NO_COLOR', () => {
    const out = run(['--help']);
    expect(out.status).toBe(0);
    expect(out.stdout).toContain('Examples:');
    expect(out.stdout).toContain('kamerbrief extract');
    const sub = run(['extract', '--help']);
    expect(sub.stdout).toContain('"-" reads standard input');
    const err = run(['extract', 'missing.txt']);
    expect(err.stderr).not.toContain('\u001b[');
  });
});
