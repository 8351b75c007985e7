/**
 * The package as a user installs and loads it: `npm pack` of this repository (npm test builds
 * first), unpacked into a fresh project's node_modules beside the runtime dependencies, and used
 * from CommonJS, from an ES module, from TypeScript in both forms, and as a CLI.
 *
 * pdfjs-dist is copied into that project without its optional dependencies (the @napi-rs/canvas
 * addon), as `npm install --omit=optional` leaves it: every PDF here is read without the addon.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const ROOT = resolve(import.meta.dirname, '..');
const PKG = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as {
  version: string;
  dependencies: Record<string, string>;
};
const SEED_PDF = join(ROOT, 'fixtures/pdf/seed-2024-11-12-vro-bo-leefomgeving.pdf');
const SEED_TEXT = join(ROOT, 'seeds/2024-11-12-vro-bo-leefomgeving.txt');

let app: string;
const node = (args: string[], input?: string) =>
  spawnSync(process.execPath, args, { cwd: app, encoding: 'utf8', input, maxBuffer: 64 << 20 });

/** A script that extracts the seed PDF and text from bytes (paths as given) and prints both letters. */
const extractBoth = (load: string) => `${load}
const { readFileSync } = require('node:fs');
(async () => {
  const pdf = await extract(readFileSync(${JSON.stringify(SEED_PDF)}), { path: 'seed.pdf' });
  const text = await extract(readFileSync(${JSON.stringify(SEED_TEXT)}), { path: 'seed.txt' });
  process.stdout.write(JSON.stringify({ pdf, text }));
})();`;

beforeAll(() => {
  app = mkdtempSync(join(tmpdir(), 'kb-package-'));
  writeFileSync(join(app, 'package.json'), '{ "name": "app", "private": true }\n');
  const packed = JSON.parse(
    execFileSync('npm', ['pack', '--ignore-scripts', '--json', '--pack-destination', app], {
      cwd: ROOT,
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'ignore'],
    }),
  ) as Array<{ filename: string }>;
  const target = join(app, 'node_modules', 'kamerbrief');
  mkdirSync(target, { recursive: true });
  execFileSync('tar', ['-xzf', join(app, packed[0]?.filename ?? ''), '-C', target, '--strip-components=1']);
  // The runtime dependencies as installed here; pdfjs-dist copied alone, without its optional
  // dependencies (a symlink would find them beside it in this repository's node_modules).
  for (const name of Object.keys(PKG.dependencies)) {
    const dir = join(ROOT, 'node_modules', name);
    const to = join(app, 'node_modules', name);
    mkdirSync(dirname(to), { recursive: true });
    if (name === 'pdfjs-dist') cpSync(dir, to, { recursive: true });
    else symlinkSync(dir, to, 'dir');
  }
  const types = join(app, 'node_modules', '@types');
  mkdirSync(types, { recursive: true });
  symlinkSync(join(ROOT, 'node_modules/@types/node'), join(types, 'node'), 'dir');
});
afterAll(() => rmSync(app, { recursive: true, force: true }));

describe('the installed package', () => {
  it('is installed without the optional canvas addon', () => {
    const run = node([
      '-e',
      "require.resolve('@napi-rs/canvas', { paths: [require.resolve('pdfjs-dist')] })",
    ]);
    expect(run.status).not.toBe(0);
    expect(run.stderr).toMatch(/Cannot find module '@napi-rs\/canvas'/);
  });

  it('gives the same letters from require and from import, PDFs read without the canvas addon', async () => {
    const cjs = node(['-e', extractBoth("const { extract } = require('kamerbrief');")]);
    expect(cjs.status, cjs.stderr).toBe(0);
    expect(cjs.stderr).toBe('');
    writeFileSync(
      join(app, 'esm.mjs'),
      extractBoth(
        "import { extract } from 'kamerbrief';\nimport { createRequire } from 'node:module';\nconst require = createRequire(import.meta.url);",
      ),
    );
    const esm = node(['esm.mjs']);
    expect(esm.status, esm.stderr).toBe(0);
    expect(esm.stdout).toBe(cjs.stdout);
    // ... and the same as this repository's build, which has the addon installed.
    const { extract } = await import(join(ROOT, 'dist/index.js'));
    const pdf = await extract(readFileSync(SEED_PDF), { path: 'seed.pdf' });
    const text = await extract(readFileSync(SEED_TEXT), { path: 'seed.txt' });
    expect(JSON.parse(cjs.stdout)).toEqual(JSON.parse(JSON.stringify({ pdf, text })));
    expect(pdf.sections.length).toBeGreaterThan(3);
  });

  it('exports package.json and the JSON Schemas, each with its $id', () => {
    const run = node([
      '-e',
      `const p = require('kamerbrief/package.json');
       const letter = require('kamerbrief/schema.json');
       const index = require('kamerbrief/index.schema.json');
       console.log(JSON.stringify([p.version, letter.$id, letter.$schema, index.$id]));`,
    ]);
    expect(run.status, run.stderr).toBe(0);
    expect(JSON.parse(run.stdout)).toEqual([
      PKG.version,
      'urn:kamerbrief:schema:letter:1',
      'https://json-schema.org/draft/2020-12/schema',
      'urn:kamerbrief:schema:index:1',
    ]);
    const printed = node(['node_modules/kamerbrief/bin/kamerbrief.js', 'schema']);
    expect(JSON.parse(printed.stdout)).toEqual(
      JSON.parse(readFileSync(join(app, 'node_modules/kamerbrief/dist/schema.json'), 'utf8')),
    );
  });

  it('keeps its files private: a path that is not exported fails', () => {
    for (const deep of ['kamerbrief/dist/index.js', 'kamerbrief/dist/pipeline.js']) {
      const run = node(['-e', `require(${JSON.stringify(deep)})`]);
      expect(run.stderr).toMatch(/ERR_PACKAGE_PATH_NOT_EXPORTED/);
    }
  });

  it('runs as a CLI and reads a PDF without the canvas addon', () => {
    const run = node(['node_modules/kamerbrief/bin/kamerbrief.js', 'extract', SEED_PDF]);
    expect(run.status, run.stderr).toBe(0);
    expect(run.stderr).toBe('');
    expect(JSON.parse(run.stdout).source.format).toBe('pdf');
  });

  it('has types for require (CommonJS) and for import (ES module)', { timeout: 180_000 }, () => {
    writeFileSync(
      join(app, 'tsconfig.json'),
      JSON.stringify({
        compilerOptions: {
          module: 'nodenext',
          target: 'es2022',
          strict: true,
          noEmit: true,
          skipLibCheck: true,
          types: ['node'],
        },
        files: ['a.cts', 'b.mts'],
      }),
    );
    writeFileSync(
      join(app, 'a.cts'),
      `import kamerbrief = require('kamerbrief');
import type { Letter } from 'kamerbrief';
const letter: Promise<Letter> = kamerbrief.extract('letter.pdf');
const version: string = kamerbrief.VERSION;
export = { letter, version };
`,
    );
    writeFileSync(
      join(app, 'b.mts'),
      `import { extract, type Letter, VERSION } from 'kamerbrief';
const letter: Promise<Letter> = extract('letter.pdf');
const version: string = VERSION;
export { letter, version };
`,
    );
    const tsc = join(ROOT, 'node_modules/typescript/bin/tsc');
    const run = node([tsc, '-p', '.', '--listFiles']);
    expect(run.status, run.stdout).toBe(0);
    const files = run.stdout.split('\n').map((f) => f.slice(app.length + 1));
    expect(files).toContain('node_modules/kamerbrief/dist/cjs/index.d.ts');
    expect(files).toContain('node_modules/kamerbrief/dist/index.d.ts');
    // The types really constrain: a wrong use is an error in either form.
    writeFileSync(
      join(app, 'a.cts'),
      "import kamerbrief = require('kamerbrief');\nconst n: number = kamerbrief.VERSION;\n",
    );
    const wrong = node([tsc, '-p', '.']);
    expect(wrong.status).not.toBe(0);
    expect(wrong.stdout).toMatch(/a\.cts.*TS2322/);
  });
});
