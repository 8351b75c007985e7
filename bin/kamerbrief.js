#!/usr/bin/env node
import { readFileSync } from 'node:fs';

const args = process.argv.slice(2);
// `kamerbrief --help` from the text stored at build time: no module loading (see scripts/write-help.mjs).
if (args.length === 1 && (args[0] === '--help' || args[0] === '-h')) {
  let help = null;
  try {
    help = readFileSync(new URL('../dist/help.txt', import.meta.url));
  } catch {}
  if (help) {
    process.stdout.write(help);
    process.exit(0);
  }
}

// `kamerbrief extract letter.pdf`: start its worker threads (pdfjs, the pipeline) now, while the
// CLI loads and parses its arguments; the extraction takes them over (see src/cli/early.ts).
if (args[0] === 'extract' && args.some((a) => !a.startsWith('-') && /\.pdf$/i.test(a))) {
  try {
    (await import('../dist/bundle/early.js')).startEarly();
  } catch {}
}

// dist/bundle/: the CLI bundled into a few files, which Node loads much faster (scripts/bundle.mjs).
const { main } = await import('../dist/bundle/cli.js');
main().catch((err) => {
  process.stderr.write(`error: ${err instanceof Error ? err.message : String(err)}\n`);
  if (process.argv.includes('--debug') && err instanceof Error) process.stderr.write(`${err.stack}\n`);
  process.exitCode = 1;
});
