/**
 * `kamerbrief register` and `batch --register` as a user runs them (the built CLI): the four files,
 * the CSV read back by an RFC 4180 reader here and by Python's csv module, register.json against its
 * published schema, and the CLI's conventions (one-line errors naming the file, exit 0/1/2).
 */
import { spawnSync } from 'node:child_process';
import {
  copyFileSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import * as ajv2020 from 'ajv/dist/2020.js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CSV_COLUMNS, csvField } from '../src/register/csv.js';
import { ROOT } from './helpers.js';

const BIN = join(ROOT, 'bin', 'kamerbrief.js');
const SERIES = join(ROOT, 'tests', 'corpus', 'register-series', 'letters');
const Ajv = ajv2020.default as unknown as typeof ajv2020.Ajv2020;
const cli = (args: string[], cwd = ROOT) =>
  spawnSync(process.execPath, [BIN, ...args], {
    cwd,
    encoding: 'utf8',
    env: { ...process.env, NO_COLOR: '1' },
  });

/** RFC 4180: fields split on commas, quoted fields may hold commas, CRLF and doubled quotes. */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let i = 0;
  let quoted = false;
  while (i < text.length) {
    const ch = text[i] as string;
    if (quoted) {
      if (ch === '"' && text[i + 1] === '"') {
        field += '"';
        i += 2;
        continue;
      }
      if (ch === '"') quoted = false;
      else field += ch;
      i += 1;
      continue;
    }
    if (ch === '"' && field === '') quoted = true;
    else if (ch === ',') {
      row.push(field);
      field = '';
    } else if (ch === '\r' && text[i + 1] === '\n') {
      row.push(field);
      rows.push(row);
      row = [];
      field = '';
      i += 1;
    } else if (ch === '\n' || ch === '\r') throw new Error(`bare line break at ${i}`);
    else field += ch;
    i += 1;
  }
  if (field !== '' || row.length > 0) throw new Error('last line without CRLF');
  return rows;
}

let work: string;
beforeAll(() => {
  work = mkdtempSync(join(tmpdir(), 'kb-register-'));
  mkdirSync(join(work, 'letters'));
  for (const f of readdirSync(SERIES))
    if (f.startsWith('2024-')) copyFileSync(join(SERIES, f), join(work, 'letters', f));
});
afterAll(() => rmSync(work, { recursive: true, force: true }));

describe('csvField', () => {
  it.each([
    ['plain', 'plain'],
    ['a, b', '"a, b"'],
    ['zei "ja"', '"zei ""ja"""'],
    ['twee\nregels', '"twee\nregels"'],
    ['', ''],
  ])('%j → %j', (value, field) => {
    expect(csvField(value)).toBe(field);
  });
  it('keeps Excel from reading a text field as a formula', () => {
    expect(csvField('- In 2030 koopt de overheid circulair in.', true)).toBe(
      "'- In 2030 koopt de overheid circulair in.",
    );
    expect(csvField('=HYPERLINK("x")', true)).toBe(`"'=HYPERLINK(""x"")"`);
    expect(csvField('-1', false)).toBe('-1');
  });
});

describe('kamerbrief register', () => {
  it('writes the CSV, JSON, Markdown and HTML of letters extracted in process', () => {
    const out = join(work, 'reg');
    const letters = readdirSync(join(work, 'letters')).map((f) => join(work, 'letters', f));
    const r = cli(['register', ...letters, '--out-dir', out, '--as-of', '2024-11-15']);
    expect(r.status, r.stderr).toBe(0);
    expect(r.stdout).toBe('');
    expect(r.stderr).toMatch(/^kamerbrief register: 4 letters, 6 commitments \(.*\), 4 links \(/);
    for (const f of ['commitments.csv', 'register.json', 'register.md', 'register.html'])
      expect(existsSync(join(out, f))).toBe(true);

    const json = JSON.parse(readFileSync(join(out, 'register.json'), 'utf8'));
    const schema = JSON.parse(readFileSync(join(ROOT, 'dist', 'register.schema.json'), 'utf8'));
    const validate = new Ajv({ allErrors: true, strict: false }).compile(schema);
    expect(validate(json), JSON.stringify(validate.errors)).toBe(true);
    expect(validate({ ...json, asOf: '15-11-2024' })).toBe(false);
    expect(json.asOf).toBe('2024-11-15');
    expect(json.letters.map((l: { date: string }) => l.date)).toEqual([
      '2024-02-01',
      '2024-04-15',
      '2024-06-20',
      '2024-07-01',
    ]);

    const bytes = readFileSync(join(out, 'commitments.csv'));
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const rows = parseCsv(bytes.toString('utf8').slice(1));
    expect(rows[0]).toEqual([...CSV_COLUMNS]);
    expect(rows).toHaveLength(json.commitments.length + 1);
    for (const row of rows) expect(row).toHaveLength(CSV_COLUMNS.length);
    const col = (name: string) => CSV_COLUMNS.indexOf(name as (typeof CSV_COLUMNS)[number]);
    const advanced = rows.find((row) => (row[col('sentence')] ?? '').includes('al in oktober 2024'));
    expect(advanced?.[col('links')]).toMatch(
      /^advanced from 2024-02-01 .*2024-02-01-bzk-nota-ruimte-planning\.txt \(2024-12-31 → 2024-10-31\)$/,
    );
    expect(advanced?.[col('status')]).toBe('overdue');
    expect(advanced?.[col('kamerstuk')]).toBe('34682 nr. 110');

    const md = readFileSync(join(out, 'register.md'), 'utf8');
    expect(md).toContain('| advanced |');
    expect(md).toMatch(/## Overdue\n\n\| due \| letter/);
  });

  it("reads back in Python's csv module (what pandas uses)", () => {
    const out = join(work, 'py');
    const r = cli([
      'register',
      ...readdirSync(join(work, 'letters')).map((f) => join(work, 'letters', f)),
      '-o',
      out,
      '--as-of',
      '2024-11-15',
    ]);
    expect(r.status, r.stderr).toBe(0);
    const py = spawnSync(
      'python3',
      [
        '-c',
        "import csv,sys;rows=list(csv.reader(open(sys.argv[1],encoding='utf-8-sig',newline='')));print(len(rows),sorted(set(map(len,rows))),rows[0][0])",
        join(out, 'commitments.csv'),
      ],
      { encoding: 'utf8' },
    );
    if (py.error) return; // no python3 here: the reader above has checked the format
    expect(py.stdout.trim()).toBe(`7 [${CSV_COLUMNS.length}] letter_date`);
  });

  it('reads a batch output directory, and batch --register writes the register next to index.json', () => {
    const out = join(work, 'batch');
    const b = cli(['batch', join(work, 'letters'), '-o', out, '-j', '1', '--register']);
    expect(b.status, b.stderr).toBe(0);
    expect(b.stderr).toMatch(/kamerbrief batch: register: 4 letters, 6 commitments/);
    expect(existsSync(join(out, 'index.json'))).toBe(true);
    expect(existsSync(join(out, 'register.html'))).toBe(true);
    const again = join(work, 'again');
    const r = cli(['register', out, '-o', again, '--as-of', '2024-11-15']);
    expect(r.status, r.stderr).toBe(0);
    const json = JSON.parse(readFileSync(join(again, 'register.json'), 'utf8'));
    expect(json.letters).toHaveLength(4);
    expect(json.links.map((l: { type: string }) => l.type).sort()).toEqual([
      'advanced',
      'delivered',
      'delivered',
      'repeated',
    ]);
    // The letters are named by their input path, the JSON the register read beside it.
    expect(json.letters[0].path).toMatch(/letters\/2024-02-01-bzk-nota-ruimte-planning\.txt$/);
    expect(json.letters[0].json).toMatch(/2024-02-01-bzk-nota-ruimte-planning\.json$/);
  });

  it('reads a batch that wrote one NDJSON stream; batch --register refuses Markdown outputs', () => {
    const out = join(work, 'nd');
    const b = cli(['batch', join(work, 'letters'), '-o', out, '-j', '1', '-f', 'ndjson']);
    expect(b.status, b.stderr).toBe(0);
    const r = cli(['register', out, '-o', join(work, 'nd-reg'), '--as-of', '2024-11-15']);
    expect(r.status, r.stderr).toBe(0);
    const json = JSON.parse(readFileSync(join(work, 'nd-reg', 'register.json'), 'utf8'));
    expect(json.commitments).toHaveLength(6);
    expect(json.links).toHaveLength(4);
    const md = cli(['batch', join(work, 'letters'), '-o', join(work, 'md'), '-f', 'md', '--register']);
    expect(md.status).toBe(2);
    expect(md.stderr).toBe('kamerbrief batch: error: --register needs --format json or ndjson\n');
  });

  it('says what went wrong in one line naming the file, and exits 1', () => {
    const out = join(work, 'err');
    const missing = cli([
      'register',
      'nope.txt',
      join(work, 'letters', '2024-02-01-bzk-nota-ruimte-planning.txt'),
      '-o',
      out,
    ]);
    expect(missing.status).toBe(1);
    expect(missing.stderr.split('\n')[0]).toBe('kamerbrief register: error: nope.txt: no such file');
    expect(missing.stderr).not.toMatch(/\n\s+at /);
    expect(existsSync(join(out, 'register.json'))).toBe(true); // the other letter is registered
    const notBatch = cli(['register', work, '-o', join(work, 'err2')]);
    expect(notBatch.status).toBe(1);
    expect(notBatch.stderr).toMatch(
      /^kamerbrief register: error: .*kb-register-\w+: not a batch output directory \(no index\.json\)\n$/,
    );
  });

  it('lists the kinds --kinds asks for from letters it extracts (default promise and plan)', () => {
    const letter = join(work, 'forecast.txt');
    writeFileSync(
      letter,
      'Datum 3 maart 2025\nBetreft Voortgang\n\nGeachte voorzitter,\n\n' +
        'De uitgaven stijgen in 2026 naar 4 miljard euro. Ik zal uw Kamer voor de zomer van 2025 informeren over de voortgang.\n\n' +
        'De minister van Financiën,\n\nJ. Jansen\n',
    );
    const kindsIn = (dir: string) =>
      (
        JSON.parse(readFileSync(join(dir, 'register.json'), 'utf8')) as {
          commitments: Array<{ kind: string }>;
        }
      ).commitments
        .map((c) => c.kind)
        .sort();
    const byDefault = cli(['register', letter, '-o', join(work, 'k1')]);
    expect(byDefault.status).toBe(0);
    expect(kindsIn(join(work, 'k1'))).toEqual(['promise']);
    const all = cli(['register', letter, '-o', join(work, 'k2'), '--kinds', 'all']);
    expect(all.status).toBe(0);
    expect(kindsIn(join(work, 'k2'))).toEqual(['expectation', 'promise']);
    const bad = cli(['register', letter, '-o', join(work, 'k3'), '--kinds', 'nope']);
    expect(bad.status).toBe(2);
    expect(bad.stderr.split('\n')[0]).toMatch(/^kamerbrief register: error: --kinds: unknown kind 'nope'/);
  });

  it('refuses a bad --as-of and a missing --out-dir with exit 2', () => {
    const bad = cli(['register', 'x.json', '-o', join(work, 'u'), '--as-of', '2025-02-30']);
    expect(bad.status).toBe(2);
    expect(bad.stderr.split('\n')[0]).toBe(
      "kamerbrief register: error: invalid --as-of '2025-02-30': need a date as YYYY-MM-DD",
    );
    const none = cli(['register', 'x.json']);
    expect(none.status).toBe(2);
    expect(none.stderr).toMatch(
      /^kamerbrief register: error: required option '-o, --out-dir <dir>' not specified/,
    );
    const help = cli(['register', '--help']);
    expect(help.status).toBe(0);
    expect(help.stdout).toContain('Examples:');
  });
});
