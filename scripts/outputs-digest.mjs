#!/usr/bin/env node
// Prints one line per input: md5 of `kamerbrief extract FILE`'s stdout, its exit code and the
// md5 of its stderr, so that the outputs of two builds can be compared with `diff`:
//
//   node scripts/outputs-digest.mjs > /tmp/before.txt           # on the base build
//   node scripts/outputs-digest.mjs > /tmp/after.txt            # after a change (npm run build first)
//   diff /tmp/before.txt /tmp/after.txt
//
// Options:
//   --bin PATH     the CLI to run (default bin/kamerbrief.js); e.g. a build of another commit
//   --save DIR     also write each output (stdout, and stderr when not empty) under DIR
//   --jobs N       processes at a time (default 2)
//   FILE|DIR ...   inputs (default: seeds, fixtures/real/letters, fixtures/real/docs,
//                  fixtures/heldout/letters and ../shared/corpus when present)
// Inputs are run with the paths as given, relative to the working directory, because the
// JSON records the source path: run both sides from the same directory.
import { spawn } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { dirname, extname, join } from 'node:path';

const EXTENSIONS = new Set(['.pdf', '.docx', '.odt', '.xml', '.html', '.htm', '.txt']);
const DEFAULT_INPUTS = [
  'seeds',
  'fixtures/real/letters',
  'fixtures/real/docs',
  'fixtures/heldout/letters',
  '../shared/corpus',
];

const args = process.argv.slice(2);
let bin = 'bin/kamerbrief.js';
let save = null;
let jobs = 2;
const inputs = [];
for (let i = 0; i < args.length; i++) {
  const arg = args[i];
  if (arg === '--bin') bin = args[++i];
  else if (arg === '--save') save = args[++i];
  else if (arg === '--jobs') jobs = Math.max(1, Number(args[++i]) || 1);
  else inputs.push(arg);
}

function walk(path) {
  if (statSync(path).isDirectory()) {
    return readdirSync(path)
      .sort()
      .flatMap((name) => walk(join(path, name)));
  }
  return EXTENSIONS.has(extname(path).toLowerCase()) ? [path] : [];
}

const roots = inputs.length > 0 ? inputs : DEFAULT_INPUTS.filter((path) => existsSync(path));
const files = roots.flatMap(walk);

const md5 = (data) => createHash('md5').update(data).digest('hex');

function run(file) {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [bin, 'extract', file], {
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    const out = [];
    const err = [];
    child.stdout.on('data', (chunk) => out.push(chunk));
    child.stderr.on('data', (chunk) => err.push(chunk));
    child.on('close', (code, signal) => {
      resolve({ stdout: Buffer.concat(out), stderr: Buffer.concat(err), code: code ?? signal });
    });
  });
}

function saveOutput(file, result) {
  const base = join(save, file.replace(/^(\.\.\/)+/, '_up/'));
  mkdirSync(dirname(base), { recursive: true });
  writeFileSync(`${base}.out`, result.stdout);
  if (result.stderr.length > 0 || result.code !== 0) {
    writeFileSync(`${base}.err`, `exit ${result.code}\n${result.stderr}`);
  }
}

const lines = new Array(files.length);
let next = 0;
async function worker() {
  while (next < files.length) {
    const index = next++;
    const file = files[index];
    const result = await run(file);
    if (save) saveOutput(file, result);
    lines[index] = `${md5(result.stdout)} ${result.code} ${md5(result.stderr)} ${file}`;
  }
}
await Promise.all(Array.from({ length: Math.min(jobs, files.length) }, worker));
process.stdout.write(`${lines.join('\n')}\n`);
