#!/usr/bin/env node
/**
 * Build step, after tsc:
 *
 * 1. The CLI's entry points (the CLI, its worker threads and the batch worker) bundled into
 *    dist/bundle/, one file per entry plus shared chunks. Node loads one file much faster than the
 *    ~150 modules of dist/ and its dependencies (chrono-node alone is ~100 files): the pipeline's
 *    import took ~120-170 ms per thread and takes ~55 ms bundled. pdfjs-dist stays external (one
 *    file already, loaded only for PDFs). dist/ itself stays as tsc wrote it: the library's ES
 *    module entry (`import { extract } from 'kamerbrief'`) and its types.
 * 2. The library as CommonJS, for `require('kamerbrief')`: dist/cjs/index.js (dist/cjs/package.json
 *    says commonjs), the runtime dependencies external (a user's install keeps one copy of each),
 *    pdfjs-dist loaded with import() as in the ES build. Its types are tsc's declarations copied
 *    into dist/cjs/, where TypeScript reads them as CommonJS ones.
 */
import { copyFileSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { build } from 'rolldown';

const root = new URL('..', import.meta.url);
const from = (path) => new URL(path, root).pathname;
const pkg = JSON.parse(readFileSync(from('package.json'), 'utf8'));
/** A runtime dependency, or a subpath of one (chrono-node/nl). */
const dependency = new RegExp(`^(?:${Object.keys(pkg.dependencies).join('|')})(?:/|$)`);

rmSync(from('dist/bundle'), { recursive: true, force: true });
await build({
  input: {
    cli: from('dist/cli/index.js'),
    early: from('dist/isolate/early.js'),
    'extract-worker': from('dist/isolate/extract-worker.js'),
    'pdf-worker': from('dist/isolate/pdf-worker.js'),
    worker: from('dist/batch/worker.js'),
  },
  platform: 'node',
  external: [/^pdfjs-dist(?:\/|$)/, /^node:/],
  logLevel: 'warn',
  // registry.ts loads the text readers lazily (for the library's sniffing callers); pipeline.ts's
  // extractText needs them at once. Both are right, and the bundle simply keeps them in one chunk:
  // no warning on every `npm ci` (the quick start prints nothing but the letter's JSON).
  checks: { ineffectiveDynamicImport: false },
  output: {
    dir: from('dist/bundle'),
    format: 'esm',
    entryFileNames: '[name].js',
    chunkFileNames: 'chunk-[hash].js',
  },
});

// dist/cjs/ sits two levels below the package root, as dist/extract/ does: the data files the
// code finds relative to its own file (../../data/gazetteer.json) are found from either.
rmSync(from('dist/cjs'), { recursive: true, force: true });
await build({
  input: { index: from('dist/index.js') },
  platform: 'node',
  external: [dependency, /^node:/],
  logLevel: 'warn',
  // registry.ts loads the text readers lazily (for the library's sniffing callers); pipeline.ts's
  // extractText needs them at once. Both are right, and the bundle simply keeps them in one chunk:
  // no warning on every `npm ci` (the quick start prints nothing but the letter's JSON).
  checks: { ineffectiveDynamicImport: false },
  output: {
    dir: from('dist/cjs'),
    format: 'cjs',
    entryFileNames: '[name].js',
    chunkFileNames: 'chunk-[hash].js',
  },
});
writeFileSync(from('dist/cjs/package.json'), `${JSON.stringify({ type: 'commonjs' }, null, 2)}\n`);
for (const rel of readdirSync(from('dist'), { recursive: true, encoding: 'utf8' })) {
  if (!rel.endsWith('.d.ts') || rel.startsWith('cjs/') || rel.startsWith('bundle/')) continue;
  mkdirSync(dirname(from(`dist/cjs/${rel}`)), { recursive: true });
  copyFileSync(from(`dist/${rel}`), from(`dist/cjs/${rel}`));
}
