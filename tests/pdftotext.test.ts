/**
 * Text as `pdftotext` (poppler, default mode) prints real PDFs: single-spaced, form feeds between
 * pages, the side column as loose blocks, footnote numbers on their own line. Fixtures made with
 * `pdftotext FILE.pdf OUT.txt` from ../shared/corpus/pdf/2011-03-01-venj-draagmoederschap.pdf
 * and fixtures/pdf/seed-2024-11-12-vro-bo-leefomgeving.pdf.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { extractText } from '../src/pipeline.js';
import { ROOT } from './helpers.js';

const read = (name: string) => readFileSync(join(ROOT, 'fixtures', 'text', name), 'utf8');

describe('pdftotext output of the 2011 letter', () => {
  const letter = extractText(read('2011-03-01-venj-draagmoederschap.pdftotext.txt'));
  const body = letter.sections.map((s) => `${s.heading} ${s.text}`).join(' ');

  it('has its metadata', () => {
    expect(letter.metadata).toMatchObject({
      date: '2011-03-01',
      reference: '5687928/11',
      subject: 'Draagmoederschap',
      signatories: [{ name: 'F. Teeven', role: 'De staatssecretaris van Veiligheid en Justitie' }],
    });
    expect(letter.source.pages).toBe(3);
  });

  it('has its six headings and footnote, and no side column in the body', () => {
    expect(letter.sections.filter((s) => s.heading).map((s) => s.heading)).toEqual([
      'Rapport',
      'Vraagstukken rond het draagmoederschap',
      'Vrijwilligheid',
      'Belangen',
      'Draagmoederschap of adoptie?',
      'Handhaafbaarheid van normen en regels',
    ]);
    expect(letter.footnotes).toHaveLength(1);
    expect(letter.footnotes[0].text).toMatch(/^Bij hoogtechnologisch draagmoederschap/);
    for (const s of ['Directoraat-Generaal', 'Schedeldoekshaven', 'Postbus', 'Pagina', 'Retouradres'])
      expect(body).not.toContain(s);
  });
});

describe('pdftotext output of the seed PDF', () => {
  const letter = extractText(read('seed-pdf.pdftotext.txt'));
  it('has the 4 footnotes, metadata and pages', () => {
    expect(letter.footnotes.map((f) => f.number)).toEqual([1, 2, 3, 4]);
    expect(letter.footnotes.map((f) => f.page)).toEqual([2, 3, 4, 9]);
    expect(letter.metadata.reference).toBe('2024-0000820011');
    expect(letter.source.pages).toBe(10);
  });
});
