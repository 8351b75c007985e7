/**
 * The JSON Schemas published as files (dist/schema.json, dist/index.schema.json; `npm test` builds
 * first): each has its $id, equals what `kamerbrief schema [letter|index]` prints, and accepts what
 * the CLI writes: a batch's index.json, with letters that passed, failed and were skipped.
 */
import { spawnSync } from 'node:child_process';
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import * as ajv2020 from 'ajv/dist/2020.js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const ROOT = resolve(import.meta.dirname, '..');
const BIN = join(ROOT, 'bin/kamerbrief.js');
const Ajv = ajv2020.default as unknown as typeof ajv2020.Ajv2020;
const file = (name: string) => JSON.parse(readFileSync(join(ROOT, 'dist', name), 'utf8'));
const cli = (args: string[], cwd = ROOT) =>
  spawnSync(process.execPath, [BIN, ...args], {
    cwd,
    encoding: 'utf8',
    env: { ...process.env, NO_COLOR: '1' },
  });

let work: string;
beforeAll(() => {
  work = mkdtempSync(join(tmpdir(), 'kb-schemas-'));
  mkdirSync(join(work, 'in'));
  copyFileSync(join(ROOT, 'seeds/2024-11-12-vro-bo-leefomgeving.txt'), join(work, 'in', 'seed.txt'));
  copyFileSync(join(ROOT, 'fixtures/pdf/encrypted-user-password.pdf'), join(work, 'in', 'locked.pdf'));
  writeFileSync(
    join(work, 'in', 'kort.txt'),
    'Den Haag, 3 maart 2025\n\nBetreft: Voortgang\n\nGeachte voorzitter,\n\nIk stuur u voor de zomer een brief.\n',
  );
});
afterAll(() => rmSync(work, { recursive: true, force: true }));

describe('published JSON Schemas', () => {
  it.each([
    ['letter', 'schema.json', 'urn:kamerbrief:schema:letter:1'],
    ['index', 'index.schema.json', 'urn:kamerbrief:schema:index:1'],
    ['register', 'register.schema.json', 'urn:kamerbrief:schema:register:1'],
  ])('%s: %s has $id %s and is what `kamerbrief schema` prints', (which, name, id) => {
    const schema = file(name);
    expect(schema.$id).toBe(id);
    expect(schema.$schema).toBe('https://json-schema.org/draft/2020-12/schema');
    const printed = cli(['schema', which]);
    expect(printed.status, printed.stderr).toBe(0);
    expect(JSON.parse(printed.stdout)).toEqual(schema);
  });

  it('the index schema accepts the index.json a batch writes, and a rerun that skips', () => {
    const validate = new Ajv({ allErrors: true, strict: false }).compile(file('index.schema.json'));
    for (const round of [1, 2]) {
      const run = cli(['batch', 'in', '--out-dir', 'out', '--jobs', '1'], work);
      expect(run.status, `round ${round}: ${run.stderr}`).toBe(1); // the encrypted PDF fails
      const index = JSON.parse(readFileSync(join(work, 'out', 'index.json'), 'utf8'));
      expect(validate(index), JSON.stringify(validate.errors)).toBe(true);
      const statuses = index.letters.map((l: { status: string }) => l.status).sort();
      // status describes the letter; action what this run did (a failed letter is always redone)
      expect(statuses).toEqual(['failed', 'ok', 'ok']);
      const actions = index.letters.map((l: { action: string }) => l.action).sort();
      expect(actions).toEqual(
        round === 1 ? ['processed', 'processed', 'processed'] : ['processed', 'skipped', 'skipped'],
      );
    }
  });

  it('the index schema really constrains: a wrong status or a missing field is refused', () => {
    const validate = new Ajv({ allErrors: true, strict: false }).compile(file('index.schema.json'));
    const index = JSON.parse(readFileSync(join(work, 'out', 'index.json'), 'utf8'));
    expect(validate({ ...index, letters: [{ ...index.letters[0], status: 'done' }] })).toBe(false);
    const { totals: _totals, ...withoutTotals } = index;
    expect(validate(withoutTotals)).toBe(false);
  });
});
