/**
 * The regression set of real letters (fixtures/real): run the pipeline in-process on every fixture
 * that has gold, score each with score.mjs (the shared eval's rules) and micro-average the counts
 * the way ../shared/eval/run.mjs does.
 *
 * evaluate(extract, set) → { rows: [{ name, metrics } | { name, error }], figures }
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { score } from './score.mjs';

/** The two sets: letters as users meet them, and original documents (house-style PDF, Word). */
export const SETS = {
  letters: { inputs: 'letters', gold: 'gold', ext: '.txt' },
  docs: { inputs: 'docs', gold: 'docs-gold', ext: '.pdf' },
  /** A second set of real letters (fixtures/heldout), gold written before the tool was run on them. */
  heldout: { root: '../heldout', inputs: 'letters', gold: 'gold', ext: '.txt' },
};

/** Figures where a higher value is better; every other figure in `figures` is a count of errors. */
export const HIGHER_IS_BETTER = [
  'metadata',
  'headings_f1',
  'headings_precision',
  'topics',
  'commitments_recall',
  'commitments_dated',
  'commitments_precision',
  'promise_plan_precision',
  'provinces',
  'municipalities',
  'amounts',
  'references',
  'footnotes',
];
export const LOWER_IS_BETTER = [
  'failed',
  'past_as_commitment',
  'past_as_promise_plan',
  'furniture_leaks',
  'false_municipalities',
  'unexpected_municipalities',
];

const ratio = (a, b) => (b ? Math.round((a / b) * 1000) / 1000 : null);

/**
 * @param {(path: string) => Promise<object>} extract  the pipeline: a path → the letter JSON
 * @param {string} root  the folder that holds the set (fixtures/real); a set's own `root` is relative to it
 * @param {keyof typeof SETS} setName
 */
export async function evaluate(extract, root, setName) {
  const set = SETS[setName];
  // A set may live in its own folder, relative to the root of the development set.
  if (set.root) root = join(root, set.root);
  const goldDir = join(root, set.gold);
  const rows = [];
  const sum = {};
  const add = (k, v) => {
    sum[k] = (sum[k] ?? v.map(() => 0)).map((x, j) => x + v[j]);
  };
  let failed = 0;
  let leaks = 0;
  const kindCounts = {};
  const traps = [];
  const unexpected = [];
  for (const g of readdirSync(goldDir)
    .filter((f) => f.endsWith('.json'))
    .sort()) {
    const gold = JSON.parse(readFileSync(join(goldDir, g), 'utf8'));
    const input = join(root, set.inputs, gold.file ?? g.replace(/\.json$/, set.ext));
    if (!existsSync(input)) {
      failed++;
      rows.push({ name: g, error: `no input ${input}` });
      continue;
    }
    let out;
    try {
      // Through JSON, as the CLI's output is scored: undefined fields drop out.
      out = JSON.parse(JSON.stringify(await extract(input)));
    } catch (e) {
      failed++;
      rows.push({ name: g, error: String(e?.message ?? e).split('\n')[0] });
      continue;
    }
    const m = score(gold, out);
    for (const [k, v] of Object.entries(m.counts)) {
      if (k !== 'kinds') add(k, v);
      else for (const [kind, n] of Object.entries(v)) kindCounts[kind] = (kindCounts[kind] ?? 0) + n;
    }
    traps.push(...m.false_municipalities.map((t) => `${g}:${t}`));
    unexpected.push(...(m.unexpected_municipalities ?? []).map((t) => `${g}:${t}`));
    leaks += m.furniture_leaks.length;
    rows.push({ name: g, metrics: m });
  }
  const h = sum.headings ?? [0, 0, 0];
  const cm = sum.commitments ?? [0, 0, 0, 0, 0, 0];
  const pp = sum.promisePlan ?? [0, 0, 0];
  const hp = ratio(h[0], h[1]);
  const hr = ratio(h[0], h[2]);
  const figures = {
    files: rows.length,
    failed,
    metadata: ratio(...(sum.metadata ?? [0, 0])),
    headings_f1:
      hp === null || hr === null || hp + hr === 0
        ? null
        : Math.round(((2 * hp * hr) / (hp + hr)) * 1000) / 1000,
    headings_precision: hp,
    headings: { tp: h[0], predicted: h[1], gold: h[2] },
    topics: ratio(...(sum.topics ?? [0, 0])),
    commitments_recall: ratio(cm[0], cm[2]),
    commitments_dated: ratio(cm[1], cm[2]),
    commitments_precision: cm[3] ? ratio(cm[3] - cm[4], cm[3]) : null,
    commitments_predicted: cm[3],
    past_as_commitment: cm[5],
    // precision of the commitments listed as promise or plan (must + allowed right, the rest wrong)
    promise_plan_precision: pp[0] ? ratio(pp[0] - pp[1], pp[0]) : null,
    promise_plan_predicted: pp[0],
    past_as_promise_plan: pp[2],
    commitment_kinds: kindCounts,
    provinces: ratio(...(sum.provinces ?? [0, 0])),
    municipalities: ratio(...(sum.municipalities ?? [0, 0])),
    amounts: ratio(...(sum.amounts ?? [0, 0])),
    references: ratio(...(sum.references ?? [0, 0])),
    footnotes: ratio(...(sum.footnotes ?? [0, 0])),
    furniture_leaks: leaks,
    false_municipalities: traps.length,
    unexpected_municipalities: unexpected.length,
  };
  return { rows, figures, traps, unexpected };
}

/** The figures that fall below their floor: [{ set, figure, floor, value }]. */
export function belowFloors(figures, floors) {
  const out = [];
  for (const k of HIGHER_IS_BETTER) {
    if (floors[k] === undefined || floors[k] === null) continue;
    if (figures[k] === null || figures[k] < floors[k])
      out.push({ figure: k, floor: floors[k], value: figures[k] });
  }
  for (const k of LOWER_IS_BETTER) {
    if (floors[k] === undefined || floors[k] === null) continue;
    if (figures[k] > floors[k]) out.push({ figure: k, floor: floors[k], value: figures[k] });
  }
  return out;
}

/** The floors file: { letters: {...}, docs: {...} }. */
export function readFloors(root) {
  return JSON.parse(readFileSync(join(root, 'floors.json'), 'utf8'));
}
