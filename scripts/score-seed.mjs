#!/usr/bin/env node
/**
 * Scores kamerbrief's output for the seed letter against its gold file, for every shape we
 * have of it (the seed text, the official and paragraph shapes, the generated PDF).
 * Usage: npm run build && node scripts/score-seed.mjs [--json]
 */
import { existsSync, readFileSync } from 'node:fs';
import { extractFile } from '../dist/pipeline.js';

const gold = JSON.parse(readFileSync('fixtures/seed-gold.json', 'utf8'));
const norm = (s) => s.replace(/\s+/g, ' ').trim().toLowerCase();
const inputs = [
  'seeds/2024-11-12-vro-bo-leefomgeving.txt',
  'fixtures/text/seed-official.txt',
  'fixtures/text/seed-paragraphs.txt',
  'fixtures/text/seed-pdf.pdftotext.txt',
  'fixtures/pdf/seed-2024-11-12-vro-bo-leefomgeving.pdf',
].filter((f) => existsSync(f));

function f1(found, expected) {
  const tp = found.filter((x) => expected.includes(x)).length;
  const p = found.length ? tp / found.length : 1;
  const r = expected.length ? tp / expected.length : 1;
  return { precision: p, recall: r, f1: p + r ? (2 * p * r) / (p + r) : 0 };
}

const rows = [];
for (const path of inputs) {
  const l = await extractFile(path);
  const md = l.metadata;
  const metaOk = [
    md.date === gold.metadata.date,
    md.ministry === gold.metadata.ministry,
    md.reference === gold.metadata.reference,
    JSON.stringify(md.signatories.map((s) => s.role)) ===
      JSON.stringify(gold.metadata.signatories.map((s) => s.role)),
  ];
  const headings = f1(
    l.sections.filter((s) => s.heading).map((s) => norm(s.heading)),
    gold.headings.map((h) => norm(h.heading)),
  );
  const topicsOk = gold.headings.filter((h) => {
    const s = l.sections.find((x) => norm(x.heading) === norm(h.heading));
    return s && h.topics.every((t) => s.topics.includes(t));
  }).length;
  const must = gold.commitments.must;
  const mustFound = must.filter((m) =>
    l.commitments.some(
      (c) =>
        norm(c.text).includes(norm(m.contains)) && c.when.timex === m.timex && c.when.modifier === m.modifier,
    ),
  ).length;
  const ok = (c) =>
    must.some((m) => norm(c.text).includes(norm(m.contains))) ||
    gold.commitments.allowed.some((a) => norm(c.text).includes(norm(a)));
  const past = l.commitments.filter((c) =>
    gold.commitments.past_not_commitments.some((p) => norm(c.text).includes(norm(p))),
  ).length;
  const counted = l.commitments.filter(
    (c) => !gold.commitments.allowed.some((a) => norm(c.text).includes(norm(a))),
  );
  const precision = counted.length ? counted.filter(ok).length / counted.length : 1;
  const provinces = gold.regions.provinces.filter((p) =>
    l.regions.some((r) => r.name === p && r.type === 'province'),
  ).length;
  const munis = gold.regions.municipalities.filter((p) =>
    l.regions.some((r) => r.name === p && r.type === 'municipality'),
  ).length;
  const traps = gold.regions.must_not_be_municipalities.filter((p) =>
    l.regions.some((r) => r.name === p && r.type === 'municipality'),
  ).length;
  const amounts = gold.amounts.filter((a) =>
    l.amounts.some(
      (x) => x.value === a.value && x.unit === a.unit && (a.per === undefined || x.per === a.per),
    ),
  ).length;
  const refs = gold.references.filter((g) =>
    l.references.some(
      (r) =>
        r.kind === g.kind &&
        (g.dossier === undefined || r.dossier === g.dossier) &&
        (g.number === undefined || r.number === g.number) &&
        (g.member === undefined || r.member === g.member),
    ),
  ).length;
  const footnotes = gold.footnotes.filter((g) =>
    l.footnotes.some((f) => f.number === g.number && norm(f.text) === norm(g.text)),
  ).length;
  rows.push({
    input: path.split('/').pop(),
    metadata: `${metaOk.filter(Boolean).length}/${metaOk.length}`,
    headingsF1: headings.f1.toFixed(2),
    topics: `${topicsOk}/${gold.headings.length}`,
    mustCommitments: `${mustFound}/${must.length}`,
    commitmentPrecision: precision.toFixed(2),
    pastListed: past,
    provinces: `${provinces}/12`,
    municipalities: `${munis}/4`,
    traps,
    amounts: `${amounts}/${gold.amounts.length}`,
    references: `${refs}/${gold.references.length}`,
    footnotes: `${footnotes}/4`,
  });
}
if (process.argv.includes('--json')) console.log(JSON.stringify(rows, null, 2));
else console.table(rows);
