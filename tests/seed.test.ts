/**
 * The seed letter against its hand-checked gold (fixtures/seed-gold.json, a copy of
 * shared/spec/seed-gold.json), in all three text shapes: the layout and structure facts.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { type Letter, LetterSchema } from '../src/model/letter.js';
import { extractText } from '../src/pipeline.js';
import { norm, ROOT, SEED } from './helpers.js';

const gold = JSON.parse(readFileSync(join(ROOT, 'fixtures', 'seed-gold.json'), 'utf8'));

const shapes: Array<[string, string]> = [
  ['pdf-text (the seed)', SEED],
  ['official publication', join(ROOT, 'fixtures', 'text', 'seed-official.txt')],
  ['paragraph per line', join(ROOT, 'fixtures', 'text', 'seed-paragraphs.txt')],
];

describe.each(shapes)('seed letter as %s', (_name, path) => {
  const letter: Letter = extractText(readFileSync(path, 'utf8'), path);
  const headed = letter.sections.filter((s) => s.heading !== '');
  const body = letter.sections.map((s) => `${s.heading} ${s.text}`).join(' ');

  it('is a valid letter', () => {
    expect(LetterSchema.safeParse(letter).success).toBe(true);
  });

  it('has the gold metadata', () => {
    expect(letter.metadata.date).toBe(gold.metadata.date);
    expect(letter.metadata.ministry).toBe(gold.metadata.ministry);
    expect(letter.metadata.signatories.map((s) => s.role)).toEqual(
      gold.metadata.signatories.map((s: { role: string }) => s.role),
    );
    if (!path.endsWith('seed-official.txt')) {
      expect(letter.metadata.reference).toBe(gold.metadata.reference);
      expect(letter.metadata.signatories).toEqual(gold.metadata.signatories);
    }
  });

  it('finds exactly the 11 headings, with numbers and topics', () => {
    expect(headed.map((s) => norm(s.heading))).toEqual(
      gold.headings.map((h: { heading: string }) => norm(h.heading)),
    );
    for (const [i, h] of gold.headings.entries()) {
      expect(headed[i].number).toBe(h.number);
      for (const t of h.topics) expect(headed[i].topics).toContain(t);
    }
  });

  it('builds the section tree', () => {
    const byHeading = new Map(headed.map((s) => [s.heading, s]));
    const water = byHeading.get('Water');
    const novex = byHeading.get('Voortgang NOVEX');
    expect(water?.parent).toBe(novex?.id);
    expect(water?.level).toBe(2);
    expect(byHeading.get('Woningbouw en mobiliteit')?.level).toBe(1);
  });

  it('has the 4 footnotes with their text', () => {
    expect(letter.footnotes.map((f) => [f.number, norm(f.text)])).toEqual(
      gold.footnotes.map((f: { number: number; text: string }) => [f.number, norm(f.text)]),
    );
  });

  it('keeps furniture and footnote text out of the body', () => {
    for (const s of gold.furniture_must_not_appear_in_body) expect(norm(body)).not.toContain(norm(s));
    // Markers glued to words are gone: "gestuurd1" → "gestuurd".
    expect(body).toContain('aan de Tweede Kamer is gestuurd,');
    expect(body).toContain('de motie van het lid Minhas, die');
  });

  it('joins the Woontop sentence across the page break', () => {
    expect(norm(body)).toContain(norm(gold.joined_across_page_break));
  });

  it('keeps Dutch compound hyphens across line breaks', () => {
    expect(body).toContain('Noord-Holland');
    expect(body).toContain('NOVEX-verstedelijkingsgebieden');
    expect(body).toContain('Noord- en Midden-Limburg');
  });
});

describe('seed letter pages (pdf-text shape)', () => {
  const letter = extractText(readFileSync(SEED, 'utf8'), SEED);
  it('counts 10 pages and places sections and footnotes on them', () => {
    expect(letter.source.pages).toBe(10);
    const page = (h: string) => letter.sections.find((s) => s.heading === h)?.page;
    expect(page('Voortgang NOVEX')).toBe(3);
    expect(page('Woningbouw en mobiliteit')).toBe(9);
    expect(letter.footnotes.map((f) => f.page)).toEqual([2, 3, 4, 9]);
  });
});
