#!/usr/bin/env node
// CommonJS (bin/package.json): Node starts a script ~30 ms sooner without its ES module loader,
// which `--help` then never needs. The CLI itself is ESM, loaded with import().
const { readFileSync } = require('node:fs');
const { join } = require('node:path');

const args = process.argv.slice(2);
const dist = join(__dirname, '..', 'dist');

// `kamerbrief --help` from the text stored at build time: no module loading (see scripts/write-help.mjs).
if (args.length === 1 && (args[0] === '--help' || args[0] === '-h')) {
  let help = null;
  try {
    help = readFileSync(join(dist, 'help.txt'));
  } catch {}
  if (help) {
    process.stdout.write(help);
    process.exit(0);
  }
}

// Node 22.1 and later keep V8's compiled code of our modules on disk (in os.tmpdir(), or in
// NODE_COMPILE_CACHE), so the next run starts sooner; NODE_DISABLE_COMPILE_CACHE=1 turns it off.
// The environment passes the directory on to the worker threads and batch workers.
const { enableCompileCache } = require('node:module');
if (typeof enableCompileCache === 'function') {
  try {
    const cache = enableCompileCache();
    if (cache?.directory && !process.env.NODE_COMPILE_CACHE) process.env.NODE_COMPILE_CACHE = cache.directory;
  } catch {}
}

const fail = (err) => {
  // The CLI's own prefix ("kamerbrief extract: error: ..."), for a failure before it could say it.
  const command = ['extract', 'batch', 'check', 'schema'].includes(args[0]) ? ` ${args[0]}` : '';
  process.stderr.write(`kamerbrief${command}: error: ${err instanceof Error ? err.message : String(err)}\n`);
  if (args.includes('--debug') && err instanceof Error) process.stderr.write(`${err.stack}\n`);
  process.exitCode = 1;
};

(async () => {
  // `kamerbrief extract letter.pdf`: start its worker threads (pdfjs, the pipeline) now, while the
  // CLI loads and parses its arguments; the extraction takes them over (see src/isolate/early.ts).
  // Any other input: the pipeline's thread alone. `--help` and `-h` need neither.
  const operands = args.slice(1).filter((a) => a === '-' || !a.startsWith('-'));
  if (args[0] === 'extract' && operands.length > 0 && !args.includes('--help') && !args.includes('-h')) {
    try {
      (await import('../dist/bundle/early.js')).startEarly(operands.some((a) => /\.pdf$/i.test(a)));
    } catch {}
  }
  // dist/bundle/: the CLI bundled into a few files, which Node loads much faster (scripts/bundle.mjs).
  const { main } = await import('../dist/bundle/cli.js');
  await main();
})().catch(fail);
