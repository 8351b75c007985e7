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

const { main } = await import('../dist/cli/index.js');
main().catch((err) => {
  process.stderr.write(`error: ${err instanceof Error ? err.message : String(err)}\n`);
  if (process.argv.includes('--debug') && err instanceof Error) process.stderr.write(`${err.stack}\n`);
  process.exitCode = 1;
});
