#!/usr/bin/env node
/**
 * Writes the seed letter in the two other text shapes users have, so that tests can hold all
 * three shapes to the same facts:
 *  - fixtures/text/seed-official.txt: the official publication's plain text (Kamerstuk header,
 *    hard-wrapped at 72 columns, footnotes at the end, closing with initials);
 *  - fixtures/text/seed-paragraphs.txt: one paragraph per line.
 * It reads the seed through kamerbrief's own text pipeline (run `npm run build` first) and
 * re-typesets what it finds; the outputs are committed, so tests do not depend on this script.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { buildDocument } from '../dist/pipeline.js';

const seed = 'seeds/2024-11-12-vro-bo-leefomgeving.txt';
const doc = await buildDocument(readFileSync(seed), seed);

function withMarkers(p) {
  let text = p.text;
  for (const m of [...p.markers].sort((a, b) => b.offset - a.offset))
    text = text.slice(0, m.offset) + m.number + text.slice(m.offset);
  return text;
}

function wrap(text, width = 72) {
  const out = [];
  let line = '';
  for (const word of text.split(' ')) {
    if (line && line.length + 1 + word.length > width) {
      out.push(line);
      line = word;
    } else line = line ? `${line} ${word}` : word;
  }
  if (line) out.push(line);
  return out;
}

const heading = (s) => (s.number ? `${s.number}. ${s.heading}` : s.heading);

// Official publication shape.
const official = [
  'Tweede Kamer der Staten-Generaal',
  'Vergaderjaar 2024–2025',
  '',
  '34 682 Nationale Omgevingsvisie',
  '',
  'Nr. 205 BRIEF VAN DE MINISTER VAN VOLKSHUISVESTING EN RUIMTELIJKE',
  'ORDENING',
  '',
  'Aan de Voorzitter van de Tweede Kamer der Staten-Generaal',
  '',
  'Den Haag, 12 november 2024',
  '',
];
for (const s of doc.sections) {
  if (s.heading) official.push(...wrap(heading(s)), '');
  for (const p of s.paragraphs) official.push(...wrap(withMarkers(p)), '');
}
official.push('De Minister van Volkshuisvesting en Ruimtelijke Ordening,', 'M.C.G. Keijzer', '', '');
for (const f of doc.footnotes) official.push(...wrap(`${f.number} ${f.text}`), '');
writeFileSync('fixtures/text/seed-official.txt', `${official.join('\n').trimEnd()}\n`);

// One paragraph per line.
const paras = ['Datum 12 november 2024', 'Onze referentie 2024-0000820011', ''];
for (const s of doc.sections) {
  if (s.heading) paras.push(heading(s));
  for (const p of s.paragraphs) paras.push(withMarkers(p));
}
paras.push('De minister van Volkshuisvesting en Ruimtelijke Ordening,', 'Mona Keijzer', '');
for (const f of doc.footnotes) paras.push(`${f.number} ${f.text}`);
writeFileSync('fixtures/text/seed-paragraphs.txt', `${paras.join('\n')}\n`);
console.log('wrote fixtures/text/seed-official.txt and fixtures/text/seed-paragraphs.txt');
