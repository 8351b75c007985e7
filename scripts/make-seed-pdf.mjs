#!/usr/bin/env node
/**
 * Builds fixtures/pdf/seed-2024-11-12-vro-bo-leefomgeving.pdf: a PDF of the seed letter set in the
 * Rijksoverheid letter template, so the PDF reader can be tested against the seed's gold facts.
 *
 *   node scripts/make-seed-pdf.mjs [seed.txt] [out.pdf]
 *
 * Layout: A4; body 10 pt Helvetica at x = 79.4 pt, 365 pt wide, re-flowed; headings bold (12 pt
 * when numbered, 11 pt otherwise) after a blank line; bullets with a hanging indent; a right-hand
 * column on every page (ministry in bold, "Datum", "Onze referentie", on page 1 "Bijlage(n)", and
 * "Pagina N van M" at the bottom); page 1 with the return address, the addressee block and
 * "Betreft"; footnote markers as raised 6 pt digits after their word, and the footnotes in 7.5 pt
 * at the bottom of the page that holds the marker; the closing and the signature.
 *
 * This is a fixture builder, not the product: it reads the seed with its own simple rules (blank
 * lines, page starts, footnote lines before a page start, the gold headings). The output is
 * deterministic (no dates, no producer), so rebuilding gives the same bytes.
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { PDFDocument, rgb, StandardFonts } from 'pdf-lib';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const seedPath = process.argv[2] ?? join(root, 'seeds/2024-11-12-vro-bo-leefomgeving.txt');
const outPath = process.argv[3] ?? join(root, 'fixtures/pdf/seed-2024-11-12-vro-bo-leefomgeving.pdf');
const gold = JSON.parse(readFileSync(join(root, 'fixtures/seed-gold.json'), 'utf8'));

const META = {
  ministry: ['Ministerie van', 'Volkshuisvesting en', 'Ruimtelijke Ordening'],
  date: '12 november 2024',
  reference: '2024-0000820011',
  subject: 'Uitkomsten BO’s Leefomgeving 2024',
  returnAddress: '> Retouradres Postbus 20011 2500 EA Den Haag',
  addressee: [
    'Aan de Voorzitter van de Tweede Kamer',
    'der Staten-Generaal',
    'Postbus 20018',
    '2500 EA  DEN HAAG',
  ],
};

// ---------------------------------------------------------------------------------------------
// 1. Read the seed into blocks: headings, paragraphs (with hard line breaks), bullets, footnotes.

const norm = (s) => s.replace(/\s+/g, ' ').trim();
const headingTexts = gold.headings.map((h) => norm(h.number ? `${h.number}. ${h.heading}` : h.heading));
const headingLevel = new Map(
  gold.headings.map((h) => [norm(h.number ? `${h.number}. ${h.heading}` : h.heading), h.number ? 1 : 2]),
);
const PAGE_FURNITURE = [...META.ministry, 'Datum', META.date, 'Onze referentie', META.reference];

const rawLines = readFileSync(seedPath, 'utf8').replace(/\r\n?/g, '\n').split('\n');
// The seed is double-spaced: drop the empty spacer lines, keep whitespace-only lines (blank lines).
const lines = rawLines.filter((l) => l !== '');
const footnotes = new Map();
const blocks = [];
let para = null;
const endPara = () => {
  if (para) blocks.push(para);
  para = null;
};
let expectedFootnote = 1;
let atPageStart = false;
for (let i = 0; i < lines.length; i++) {
  const rawLine = lines[i];
  if (rawLine.trim() === '') {
    if (atPageStart) continue;
    // Blank lines before the footnotes and the page break are page layout: the paragraph runs on
    // over the page unless its text ended a sentence.
    const ahead = lines.slice(i + 1).find((l) => l.trim() !== '');
    const pageEnd = ahead === undefined || ahead.startsWith(' ') || /^\d{1,2} \S/.test(ahead);
    if (pageEnd && para && !/[.:;!?]$/.test(para.parts[para.parts.length - 1])) continue;
    endPara();
    blocks.push({ type: 'blank' });
    continue;
  }
  if (rawLine.startsWith(' ')) atPageStart = true;
  const line = rawLine.trim();
  const next = lines.slice(i + 1).find((l) => l.trim() !== '');
  // Footnotes sit at a page's end: "1 Tweede Kamer, ..." followed by a page start or the end.
  const fn = /^(\d{1,2}) (\S.*)$/.exec(line);
  if (
    fn &&
    Number(fn[1]) === expectedFootnote &&
    (next === undefined || next.startsWith(' ') || /^\d{1,2} \S/.test(next))
  ) {
    footnotes.set(expectedFootnote++, norm(fn[2]));
    continue;
  }
  // The page header printed once before a page of the seed: not body text.
  if (atPageStart && (PAGE_FURNITURE.includes(line) || /^Pagina \d+ van \d+$/.test(line))) continue;
  atPageStart = false;
  // Headings, possibly wrapped over two lines.
  const two = next ? norm(`${line} ${next}`) : '';
  if (headingTexts.includes(norm(line)) || headingTexts.includes(two)) {
    endPara();
    const text = headingTexts.includes(norm(line)) ? norm(line) : two;
    if (text === two) i = lines.indexOf(next, i + 1);
    blocks.push({ type: 'heading', text, level: headingLevel.get(text) });
    continue;
  }
  if (/^De minister van .*,$/.test(line) && i >= lines.length - 3) {
    endPara();
    blocks.push({
      type: 'closing',
      lines: lines
        .slice(i)
        .map((l) => l.trim())
        .filter(Boolean),
    });
    break;
  }
  if (line.startsWith('• ')) {
    endPara();
    para = { type: 'bullet', parts: [line.slice(2)] };
  } else if (para) para.parts.push(line);
  else para = { type: 'para', parts: [line] };
  // Two trailing spaces end a paragraph without a blank line (a hard line break); a bullet ends
  // with its sentence.
  if (/ {2}$/.test(rawLine) || (para?.type === 'bullet' && /[.;:]$/.test(line))) endPara();
}
endPara();

/** Words of a paragraph; a word glued to the next footnote number carries a marker. */
let expectedMarker = 1;
function words(parts) {
  let text = '';
  for (const p of parts) text = !text ? p : /\p{L}-$/u.test(text) ? text + p : `${text} ${p}`;
  return norm(text)
    .split(' ')
    .map((w) => {
      const m = /^(.*\p{Ll})(\d{1,2})([,.;:)]*)$/u.exec(w);
      if (m && Number(m[2]) === expectedMarker && footnotes.has(expectedMarker)) {
        return { before: m[1], marker: expectedMarker++, after: m[3] };
      }
      return { before: w, marker: null, after: '' };
    });
}

// ---------------------------------------------------------------------------------------------
// 2. Lay out.

const doc = await PDFDocument.create({ updateMetadata: false });
const regular = await doc.embedFont(StandardFonts.Helvetica);
const bold = await doc.embedFont(StandardFonts.HelveticaBold);

const W = 595.28;
const H = 841.89;
const LEFT = 79.4;
const WIDTH = 365;
const SIDE = 467.7;
const BODY = 10;
const LEAD = 14;
const FN = 7.5;
const FN_LEAD = 9.5;
const MARK = 6;
const TOP = 130; // first baseline on pages after the first
const BOTTOM = 770; // lowest baseline of body or footnotes

const widthOf = (w, font = regular, size = BODY) =>
  font.widthOfTextAtSize(w.before, size) +
  (w.marker ? regular.widthOfTextAtSize(String(w.marker), MARK) : 0) +
  font.widthOfTextAtSize(w.after, size);

function wrap(ws, width, font = regular, size = BODY) {
  const out = [];
  let line = [];
  let used = 0;
  const space = font.widthOfTextAtSize(' ', size);
  for (const w of ws) {
    const ww = widthOf(w, font, size);
    if (line.length > 0 && used + space + ww > width) {
      out.push(line);
      line = [];
      used = 0;
    }
    used += (line.length > 0 ? space : 0) + ww;
    line.push(w);
  }
  if (line.length > 0) out.push(line);
  return out;
}

const fnLines = (n) => wrap(words0(footnotes.get(n)), WIDTH - 8, regular, FN);
function words0(text) {
  return text.split(' ').map((w) => ({ before: w, marker: null, after: '' }));
}

/** Pages: { ops: [{x, y, words|text, font, size}], footnotes: [n] } */
const pages = [];
let page;
let y;
const newPage = () => {
  page = { ops: [], footnotes: [] };
  pages.push(page);
  y = TOP;
};
const footnoteHeight = (list) =>
  list.length === 0 ? 0 : 14 + list.reduce((h, n) => h + fnLines(n).length * FN_LEAD + 2, 0);
const fits = (baseline, extraFootnotes = []) =>
  baseline + footnoteHeight([...page.footnotes, ...extraFootnotes]) <= BOTTOM;

newPage();
// Page 1 heading: return address, addressee, subject.
page.ops.push({ x: LEFT, y: 135, text: META.returnAddress, font: regular, size: 6.5 });
META.addressee.forEach((t, k) => {
  page.ops.push({ x: LEFT, y: 170 + k * LEAD, text: t, font: regular, size: BODY });
});
page.ops.push({ x: LEFT, y: 290, text: 'Betreft', font: regular, size: BODY });
page.ops.push({ x: LEFT + 58, y: 290, text: META.subject, font: regular, size: BODY });
y = 290 + 3 * LEAD;
let pendingBlank = false;
let first = true;

for (const block of blocks) {
  if (block.type === 'blank') {
    pendingBlank = true;
    continue;
  }
  if (block.type === 'heading') {
    const size = block.level === 1 ? 12 : 11;
    const hl = wrap(words0(block.text), WIDTH, bold, size);
    const lead = size + 4;
    let start = y + (first ? 0 : LEAD);
    // Keep the heading with two lines of its text.
    if (!fits(start + hl.length * lead + 2 * LEAD)) {
      newPage();
      start = y;
    }
    for (const l of hl) {
      page.ops.push({ x: LEFT, y: start, words: l, font: bold, size });
      start += lead;
    }
    y = start - lead + LEAD + 2;
    pendingBlank = false;
    first = false;
    continue;
  }
  if (block.type === 'closing') {
    y += LEAD;
    if (!fits(y + 4 * LEAD)) newPage();
    page.ops.push({ x: LEFT, y, text: block.lines[0], font: regular, size: BODY });
    y += 4 * LEAD;
    for (const t of block.lines.slice(1)) {
      page.ops.push({ x: LEFT, y, text: t, font: regular, size: BODY });
      y += LEAD;
    }
    continue;
  }
  const indent = block.type === 'bullet' ? 14 : 0;
  const ls = wrap(words(block.parts), WIDTH - indent);
  if (pendingBlank && !first) y += LEAD;
  pendingBlank = false;
  first = false;
  ls.forEach((l, k) => {
    const markers = l.filter((w) => w.marker).map((w) => w.marker);
    if (!fits(y, markers)) newPage();
    if (block.type === 'bullet' && k === 0)
      page.ops.push({ x: LEFT, y, text: '•', font: regular, size: BODY });
    page.ops.push({ x: LEFT + indent, y, words: l, font: regular, size: BODY });
    page.footnotes.push(...markers);
    y += LEAD;
  });
}

// ---------------------------------------------------------------------------------------------
// 3. Draw.

const total = pages.length;
pages.forEach((p, index) => {
  const pdfPage = doc.addPage([W, H]);
  const draw = (text, x, top, font, size) => pdfPage.drawText(text, { x, y: H - top, font, size });
  for (const op of p.ops) {
    if (op.text !== undefined) {
      draw(op.text, op.x, op.y, op.font, op.size);
      continue;
    }
    // A line of words: plain runs, with raised marker digits in between.
    let x = op.x;
    let run = '';
    const flush = () => {
      if (!run) return;
      draw(run, x, op.y, op.font, op.size);
      x += op.font.widthOfTextAtSize(run, op.size);
      run = '';
    };
    op.words.forEach((w, k) => {
      if (k > 0) run += ' ';
      run += w.before;
      if (w.marker) {
        flush();
        const digits = String(w.marker);
        draw(digits, x, op.y - 3.5, regular, MARK);
        x += regular.widthOfTextAtSize(digits, MARK);
      }
      run += w.after;
    });
    flush();
  }
  // Footnotes at the bottom of the page.
  if (p.footnotes.length > 0) {
    let fy = BOTTOM - footnoteHeight(p.footnotes) + 14;
    pdfPage.drawLine({
      start: { x: LEFT, y: H - (fy - 10) },
      end: { x: LEFT + 120, y: H - (fy - 10) },
      thickness: 0.5,
      color: rgb(0, 0, 0),
    });
    for (const n of p.footnotes) {
      draw(String(n), LEFT, fy - 3, regular, MARK);
      for (const l of fnLines(n)) {
        draw(l.map((w) => w.before).join(' '), LEFT + 8, fy, regular, FN);
        fy += FN_LEAD;
      }
      fy += 2;
    }
  }
  // The right-hand column.
  let sy = 155;
  for (const t of META.ministry) {
    draw(t, SIDE, sy, bold, 7.5);
    sy += 9.5;
  }
  sy += 18;
  const fields = [
    ['Datum', META.date],
    ['Onze referentie', META.reference],
  ];
  if (index === 0) fields.push(['Bijlage(n)', '1']);
  for (const [label, value] of fields) {
    draw(label, SIDE, sy, bold, 6.5);
    draw(value, SIDE, sy + 9, regular, 6.5);
    sy += 27;
  }
  draw(`Pagina ${index + 1} van ${total}`, SIDE, 805, regular, 6.5);
});

const bytes = await doc.save({ useObjectStreams: false });
mkdirSync(dirname(outPath), { recursive: true });
writeFileSync(outPath, bytes);
const used = [...footnotes.keys()].filter((n) => n < expectedMarker);
console.error(
  `${outPath}: ${total} pages, ${bytes.length} bytes, ${blocks.filter((b) => b.type === 'heading').length} headings, footnotes ${used.join(',')}`,
);
