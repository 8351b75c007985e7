#!/usr/bin/env node
/**
 * `npm run build`, unless dist/ was built from exactly the sources there are now.
 *
 * `npm ci` builds (the `prepare` script), and `npm test` used to build again right after. This
 * hashes what the build reads: every file under src/, the scripts the build script names, the
 * tsconfigs, package.json and package-lock.json (names, sizes and contents, so that an edit, an
 * added or a deleted file, a switched branch all count). The hash of the last build made here is
 * kept in dist/.build-inputs; when it matches and the build's outputs are there, the build is
 * skipped. A clean clone has no dist/, so it always builds; `--force` builds anyway.
 *
 * Usage: node scripts/build-if-stale.mjs [--force]
 */
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const STAMP = join(root, 'dist', '.build-inputs');
/** Outputs every build makes: without them dist/ is not a build, whatever the stamp says. */
const OUTPUTS = ['dist/index.js', 'dist/bundle/cli.js', 'dist/help.txt'];

function filesUnder(dir) {
  const out = [];
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const full = join(dir, entry.name);
    if (entry.isDirectory()) out.push(...filesUnder(full));
    else if (entry.isFile()) out.push(full);
  }
  return out;
}

/** The build's inputs, as paths relative to the root, sorted. */
function inputs() {
  const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
  const scripts = [...(pkg.scripts?.build ?? '').matchAll(/\bscripts\/[\w./-]+\.[cm]?js\b/g)].map(
    (m) => m[0],
  );
  const files = [
    ...filesUnder(join(root, 'src')).map((f) => relative(root, f)),
    ...scripts,
    'tsconfig.json',
    'tsconfig.build.json',
    'package.json',
    'package-lock.json',
  ].filter((f) => existsSync(join(root, f)));
  return [...new Set(files.map((f) => f.split('\\').join('/')))].sort();
}

function inputsHash() {
  const hash = createHash('sha256');
  for (const file of inputs()) {
    const bytes = readFileSync(join(root, file));
    hash.update(`${file}\0${bytes.length}\0`);
    hash.update(bytes);
  }
  return hash.digest('hex');
}

const started = performance.now();
const hash = inputsHash();
const built = existsSync(STAMP) ? readFileSync(STAMP, 'utf8').trim() : null;
const complete = OUTPUTS.every((f) => existsSync(join(root, f)));
if (!process.argv.includes('--force') && built === hash && complete) {
  const ms = Math.round(performance.now() - started);
  process.stderr.write(`build: dist/ is up to date with the sources (checked in ${ms} ms)\n`);
  process.exit(0);
}
const npm = process.env.npm_execpath;
const run = npm
  ? spawnSync(process.execPath, [npm, 'run', 'build'], { cwd: root, stdio: 'inherit' })
  : spawnSync('npm', ['run', 'build'], { cwd: root, stdio: 'inherit', shell: process.platform === 'win32' });
if (run.status !== 0) process.exit(run.status ?? 1);
// The hash of the sources as they were when the build started: an edit during the build rebuilds.
writeFileSync(STAMP, `${hash}\n`);
