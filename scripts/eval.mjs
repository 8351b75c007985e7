#!/usr/bin/env node
/**
 * npm run eval [-- --set letters|docs] [--quiet] [--write-floors] [--kinds all]
 *
 * Runs the built pipeline in-process on the real letters in fixtures/real, prints one line per
 * letter (stderr) and the micro-averaged figures per set (stdout), and compares them with the
 * floors committed in fixtures/real/floors.json. Exit 1 when a figure is below its floor.
 * --write-floors raises the floors to today's figures (never lowers one).
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { extract } from '../dist/index.js';
import { belowFloors, evaluate, HIGHER_IS_BETTER, LOWER_IS_BETTER, readFloors, SETS } from './eval/run.mjs';

const args = process.argv.slice(2);
const root = join(import.meta.dirname ?? new URL('.', import.meta.url).pathname, '..', 'fixtures', 'real');
const only = args.includes('--set') ? args[args.indexOf('--set') + 1] : null;
const quiet = args.includes('--quiet');
// --kinds all: list every kind (to see what the default leaves out); the floors hold for the default only
const kinds = args.includes('--kinds')
  ? args[args.indexOf('--kinds') + 1] === 'all'
    ? ['promise', 'plan', 'expectation', 'in-force']
    : args[args.indexOf('--kinds') + 1].split(',')
  : undefined;
if (kinds && args.includes('--write-floors')) {
  console.error('--write-floors holds for the default kinds only');
  process.exit(2);
}
const floors = readFloors(root);
let bad = 0;
const results = {};
for (const setName of Object.keys(SETS)) {
  if (only && only !== setName) continue;
  const { rows, figures, traps, unexpected } = await evaluate(
    (p) => extract(p, kinds ? { kinds } : {}),
    root,
    setName,
  );
  results[setName] = figures;
  if (!quiet) {
    for (const r of rows) {
      if (r.error) {
        console.error(`${setName}/${r.name}: ERROR ${r.error}`);
        continue;
      }
      const m = r.metrics;
      console.error(
        `${setName}/${r.name}: ${JSON.stringify({ meta: m.metadata, head: m.headings, com: m.commitments, am: m.amounts, ref: m.references, fn: m.footnotes, leaks: m.furniture_leaks, unexpected: m.unexpected_municipalities })}`,
      );
    }
    if (traps.length) console.error(`${setName}: false municipalities: ${traps.join(', ')}`);
    if (unexpected.length) console.error(`${setName}: unexpected municipalities: ${unexpected.join(', ')}`);
  }
  console.log(JSON.stringify({ set: setName, ...figures }));
  for (const b of belowFloors(figures, floors[setName] ?? {})) {
    bad++;
    console.log(`below floor: ${setName} ${b.figure} ${b.value} (floor ${b.floor})`);
  }
}
if (args.includes('--write-floors')) {
  for (const [setName, figures] of Object.entries(results)) {
    floors[setName] = floors[setName] ?? {};
    const f = floors[setName];
    for (const k of HIGHER_IS_BETTER) if (figures[k] !== null) f[k] = Math.max(f[k] ?? 0, figures[k]);
    for (const k of LOWER_IS_BETTER) f[k] = Math.min(f[k] ?? Number.POSITIVE_INFINITY, figures[k]);
  }
  writeFileSync(join(root, 'floors.json'), `${JSON.stringify(floors, null, 2)}\n`);
  console.log('floors raised where the figures rose');
}
process.exit(bad ? 1 : 0);
