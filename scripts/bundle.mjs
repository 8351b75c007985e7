#!/usr/bin/env node
/**
 * Build step: bundle the CLI's entry points (the CLI, its worker threads and the batch worker) into
 * dist/bundle/, one file per entry plus shared chunks. Node loads one file much faster than the
 * ~150 modules of dist/ and its dependencies (chrono-node alone is ~100 files): the pipeline's
 * import took ~120-170 ms per thread and takes ~55 ms bundled. pdfjs-dist stays external (one
 * file already, loaded only for PDFs). dist/ itself stays as tsc wrote it: the library entry
 * (`import { extract } from 'kamerbrief'`) and its types.
 */
import { rmSync } from 'node:fs';
import { build } from 'rolldown';

const root = new URL('..', import.meta.url);
const from = (path) => new URL(path, root).pathname;
rmSync(from('dist/bundle'), { recursive: true, force: true });
await build({
  input: {
    cli: from('dist/cli/index.js'),
    early: from('dist/cli/early.js'),
    'extract-worker': from('dist/cli/extract-worker.js'),
    'pdf-worker': from('dist/cli/pdf-worker.js'),
    worker: from('dist/batch/worker.js'),
  },
  platform: 'node',
  external: [/^pdfjs-dist(?:\/|$)/, /^node:/],
  logLevel: 'warn',
  output: {
    dir: from('dist/bundle'),
    format: 'esm',
    entryFileNames: '[name].js',
    chunkFileNames: 'chunk-[hash].js',
  },
});
