#!/usr/bin/env node
/**
 * node scripts/pdf-dump.mjs OUT_DIR  (after `npm run build`)
 *
 * Extracts every fixture PDF (fixtures/pdf, fixtures/real/docs, ../shared/corpus/pdf when present)
 * with the built library and writes each letter's JSON to OUT_DIR/NAME.json, an error as
 * OUT_DIR/NAME.error.txt. Used to compare two pdfjs-dist versions (or two Node versions) byte for
 * byte: dump with each, then `diff -r A B`. Prints the installed pdfjs-dist version and Node's.
 */
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join, relative, resolve } from 'node:path';
import { extract } from '../dist/index.js';

const ROOT = resolve(import.meta.dirname, '..');
const out = process.argv[2];
if (!out) {
  console.error('usage: node scripts/pdf-dump.mjs OUT_DIR');
  process.exit(2);
}
mkdirSync(out, { recursive: true });
const dirs = ['fixtures/pdf', 'fixtures/real/docs', '../shared/corpus/pdf'].map((d) => join(ROOT, d));
const pdfjs = createRequire(import.meta.url)('pdfjs-dist/package.json').version;
let n = 0;
const started = performance.now();
for (const dir of dirs.filter((d) => existsSync(d))) {
  for (const name of readdirSync(dir, { recursive: true })
    .filter((f) => f.toLowerCase().endsWith('.pdf'))
    .sort()) {
    n++;
    try {
      const path = join(dir, name);
      const letter = await extract(readFileSync(path), { path: relative(ROOT, path) });
      writeFileSync(join(out, `${name.replaceAll('/', '__')}.json`), `${JSON.stringify(letter, null, 2)}\n`);
    } catch (err) {
      writeFileSync(
        join(out, `${name.replaceAll('/', '__')}.error.txt`),
        `${err?.code ?? ''} ${err?.message ?? err}\n`,
      );
    }
  }
}
console.log(
  `${n} PDFs, pdfjs-dist ${pdfjs}, node ${process.version}, ${Math.round(performance.now() - started)} ms`,
);
