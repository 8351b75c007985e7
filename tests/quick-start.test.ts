/**
 * The README's quick start (issue 17, item 7): its first command prints only the letter on
 * standard output, and `npm test` after `npm ci` does not build a second time
 * (scripts/build-if-stale.mjs), while a clean clone and every edit still build.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import {
  appendFileSync,
  cpSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ROOT } from './helpers.js';

const readme = readFileSync(join(ROOT, 'README.md'), 'utf8');
const quickStart = (readme.split('## Quick start')[1] ?? '').split('```sh\n')[1]?.split('```')[0] ?? '';
const [first = '', second = ''] = quickStart.trim().split('\n');
const pkg = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as {
  scripts: Record<string, string>;
};

describe('the quick start', () => {
  it('first command: npm says nothing on standard output, only the letter is printed', () => {
    expect(first).toMatch(/^npm ci\b.*&& npx kamerbrief extract seeds\/\S+\.txt$/);
    // The command as written, with npm's flags, in a project of its own: `npm ci` here would
    // reinstall node_modules under the running tests. That project has a `prepare` script, as this
    // one has (npm prints its banner, and "up to date" or "added N packages", on standard output).
    const project = mkdtempSync(join(tmpdir(), 'kb-quick-'));
    writeFileSync(
      join(project, 'package.json'),
      JSON.stringify({ name: 'p', version: '1.0.0', private: true, scripts: { prepare: 'node -e ""' } }),
    );
    writeFileSync(
      join(project, 'package-lock.json'),
      JSON.stringify({
        name: 'p',
        version: '1.0.0',
        lockfileVersion: 3,
        requires: true,
        packages: { '': { name: 'p', version: '1.0.0' } },
      }),
    );
    const command = first
      .replace(/npx kamerbrief/, `"${process.execPath}" "${join(ROOT, 'bin', 'kamerbrief.js')}"`)
      .replace(/ seeds\//, ` ${join(ROOT, 'seeds')}/`);
    const run = spawnSync('sh', ['-c', command], { cwd: project, encoding: 'utf8', maxBuffer: 64 << 20 });
    rmSync(project, { recursive: true, force: true });
    expect(run.status, run.stderr).toBe(0);
    expect(JSON.parse(run.stdout).schemaVersion).toBe('1');
  });

  it('second command: npm test builds through the staleness check, as prepare does', () => {
    expect(second).toBe('npm ci && npm test');
    expect(pkg.scripts.prepare).toBe('node scripts/build-if-stale.mjs');
    expect(pkg.scripts.test).toMatch(/^node scripts\/build-if-stale\.mjs && /);
    expect(pkg.scripts.test).not.toMatch(/npm run build/);
  });
});

describe('scripts/build-if-stale.mjs', () => {
  let dir: string;
  const builds = () =>
    existsSync(join(dir, 'builds.log')) ? readFileSync(join(dir, 'builds.log'), 'utf8').length : 0;
  const check = (...args: string[]) =>
    execFileSync(process.execPath, [join(dir, 'scripts', 'build-if-stale.mjs'), ...args], {
      cwd: dir,
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'pipe'],
    });

  beforeAll(() => {
    // A small project with the same layout: its build makes the outputs and counts itself.
    dir = mkdtempSync(join(tmpdir(), 'kb-stale-'));
    mkdirSync(join(dir, 'scripts'));
    mkdirSync(join(dir, 'src', 'cli'), { recursive: true });
    cpSync(join(ROOT, 'scripts', 'build-if-stale.mjs'), join(dir, 'scripts', 'build-if-stale.mjs'));
    writeFileSync(
      join(dir, 'package.json'),
      JSON.stringify({
        name: 'p',
        private: true,
        type: 'module',
        scripts: { build: 'node scripts/build.mjs' },
      }),
    );
    writeFileSync(join(dir, 'package-lock.json'), '{}\n');
    writeFileSync(join(dir, 'tsconfig.json'), '{}\n');
    writeFileSync(
      join(dir, 'scripts', 'build.mjs'),
      `import { appendFileSync, mkdirSync, writeFileSync } from 'node:fs';
mkdirSync('dist/bundle', { recursive: true });
for (const f of ['dist/index.js', 'dist/bundle/cli.js', 'dist/help.txt']) writeFileSync(f, '');
appendFileSync('builds.log', 'x');
`,
    );
    writeFileSync(join(dir, 'src', 'index.ts'), 'export const a = 1;\n');
    writeFileSync(join(dir, 'src', 'cli', 'index.ts'), 'export const b = 2;\n');
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('builds a clean clone, then not again until something the build reads changes', () => {
    check();
    expect(builds()).toBe(1);
    check();
    expect(builds()).toBe(1);
    appendFileSync(join(dir, 'src', 'cli', 'index.ts'), '// edited\n');
    check();
    expect(builds()).toBe(2);
    writeFileSync(join(dir, 'src', 'new.ts'), 'export {};\n');
    check();
    expect(builds()).toBe(3);
    rmSync(join(dir, 'src', 'new.ts'));
    check();
    expect(builds()).toBe(4);
    appendFileSync(join(dir, 'scripts', 'build.mjs'), '// the build script changed\n');
    check();
    expect(builds()).toBe(5);
    writeFileSync(join(dir, 'package-lock.json'), '{ "lockfileVersion": 3 }\n');
    check();
    expect(builds()).toBe(6);
    check();
    expect(builds()).toBe(6);
  });

  it('builds when an output is missing, or with --force', () => {
    const before = builds();
    rmSync(join(dir, 'dist', 'help.txt'));
    check();
    expect(builds()).toBe(before + 1);
    check('--force');
    expect(builds()).toBe(before + 2);
    check();
    expect(builds()).toBe(before + 2);
  });
});
