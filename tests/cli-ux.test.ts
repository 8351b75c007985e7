/**
 * What a new user meets on the command line (issue 17): `extract -o` takes its format from the
 * file's extension and refuses an -f that says otherwise; every command says an error the same
 * way ("kamerbrief <command>: error: ..."), an invalid option value once, and a system error in words.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT, SEED } from './helpers.js';

const BIN = join(ROOT, 'bin', 'kamerbrief.js');
const tmp = mkdtempSync(join(tmpdir(), 'kb-ux-'));
const run = (args: string[]) =>
  spawnSync(process.execPath, [BIN, ...args], {
    encoding: 'utf8',
    env: { ...process.env, NO_COLOR: '1' },
    cwd: tmp,
  });
const lines = (s: string) => s.split('\n').filter(Boolean);

describe('extract -o FILE without -f: the format from the extension', () => {
  it.each([
    ['report.md', (t: string) => expect(t).toMatch(/^# .*\n\n\| Field \| Value \|/)],
    ['letter.json', (t: string) => expect(JSON.parse(t).schemaVersion).toBe('1')],
    [
      'letters.ndjson',
      (t: string) => expect(lines(t).map((l) => JSON.parse(l).schemaVersion)).toEqual(['1']),
    ],
    ['REPORT.MD', (t: string) => expect(t).toMatch(/^# /)],
    ['letter.out', (t: string) => expect(JSON.parse(t).schemaVersion).toBe('1')],
  ])('%s', (name, check) => {
    const file = join(tmp, name);
    const r = run(['extract', SEED, '-o', file]);
    expect(r.status, r.stderr).toBe(0);
    expect(r.stdout).toBe('');
    check(readFileSync(file, 'utf8'));
  });

  it('-f as given when the extension says nothing else', () => {
    const file = join(tmp, 'report.txt');
    expect(run(['extract', SEED, '-f', 'md', '-o', file]).status).toBe(0);
    expect(readFileSync(file, 'utf8')).toMatch(/^# /);
  });

  it.each([
    ['json', 'wrong.md', 'md'],
    ['md', 'wrong.json', 'json'],
    ['json', 'wrong.ndjson', 'ndjson'],
  ])('refuses -f %s -o %s: one line, exit 2, nothing written', (format, name, implied) => {
    const file = join(tmp, name);
    const r = run(['extract', SEED, '-f', format, '-o', file]);
    expect(r.status).toBe(2);
    expect(lines(r.stderr)).toEqual([
      `kamerbrief extract: error: -f ${format} contradicts -o ${file}, whose extension says ${implied}: drop -f or rename the file`,
    ]);
    expect(existsSync(file)).toBe(false);
  });
});

describe('errors, the same in every command', () => {
  it.each([
    ['extract', ['extract', 'missing.txt']],
    ['batch', ['batch', 'missing.txt', '-o', 'out']],
    ['check', ['check', 'missing.txt']],
  ])('%s: a missing input is one "kamerbrief <command>: error: " line naming it', (cmd, args) => {
    const r = run(args);
    expect(r.status).not.toBe(0);
    expect(lines(r.stderr)).toEqual([
      expect.stringMatching(new RegExp(`^kamerbrief ${cmd}: error: missing\\.txt: no such file`)),
    ]);
  });

  it.each([
    ['5/3', "kamerbrief batch: error: invalid --shard '5/3': need 1 <= i <= n"],
    ['x', "kamerbrief batch: error: invalid --shard 'x': expected i/n, e.g. 1/4"],
  ])('says a bad --shard %s once', (value, line) => {
    const r = run(['batch', SEED, '-o', 'out', '--shard', value]);
    expect(r.status).toBe(2);
    expect(lines(r.stderr)).toEqual([line]);
  });

  it('names the option and the allowed values for a bad --format', () => {
    const r = run(['extract', SEED, '-f', 'xml']);
    expect(r.status).toBe(2);
    expect(lines(r.stderr)).toEqual([
      "kamerbrief extract: error: invalid --format 'xml': allowed choices are json, md, ndjson",
    ]);
  });

  it.each([
    ['extract', (dir: string) => ['extract', SEED, '-o', dir]],
    ['check', (dir: string) => ['check', SEED, '--output', dir]],
  ])('%s writing into a directory says "is a directory", not EISDIR', (cmd, args) => {
    const dir = join(tmp, `dir-${cmd}`);
    mkdirSync(dir);
    const r = run(args(dir));
    expect(r.status).toBe(1);
    // One line that says it in words (the code only in brackets after them), never Node's raw message.
    const out = lines(r.stderr);
    expect(out).toHaveLength(1);
    expect(out[0]).toMatch(
      new RegExp(`^kamerbrief ${cmd}: error: (?:cannot write )?${dir}: is a directory \\(EISDIR\\)`),
    );
    expect(out[0]).not.toMatch(/illegal operation/);
  });

  it.each([
    ['a missing argument', ['extract'], "kamerbrief extract: error: missing required argument 'file'"],
    ['an unknown option', ['check', SEED, '--colour'], "kamerbrief check: error: unknown option '--colour'"],
    [
      'a bad number',
      ['batch', SEED, '-o', 'out', '--jobs', 'x'],
      'kamerbrief batch: error: --jobs takes a positive whole number',
    ],
  ])('says a usage error (%s) with the same prefix', (_name, args, line) => {
    const r = run(args);
    expect(r.status).toBe(2);
    expect(lines(r.stderr)[0]).toBe(line);
  });
});
