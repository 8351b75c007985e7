#!/usr/bin/env node
import { main } from '../dist/cli/index.js';

main().catch((err) => {
  process.stderr.write(`error: ${err instanceof Error ? err.message : String(err)}\n`);
  if (process.argv.includes('--debug') && err instanceof Error) process.stderr.write(`${err.stack}\n`);
  process.exitCode = 1;
});
