/**
 * Whole-pipeline tests on PDFs: every real PDF in the repo (fixtures/real/docs) and in the shared
 * corpus ../shared/corpus/pdf when that folder is there; the tests of named letters of the shared
 * corpus (not in the repo: skipped without it, saying which files they need); and the seed letter
 * PDF (fixtures/pdf, built by scripts/make-seed-pdf.mjs), which must give the seed's gold facts and
 * the same results as the seed's text version.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { InputError } from '../src/model/errors.js';
import { type Letter, LetterSchema } from '../src/model/letter.js';
import { extractFile } from '../src/pipeline.js';
import { norm, ROOT, SEED, SHARED } from './helpers.js';

const CORPUS = join(SHARED, 'corpus', 'pdf');
const DOCS = join(ROOT, 'fixtures', 'real', 'docs');
const SCAN = '2021-12-03-lnv-beslisnota-nitraat-blg-1007826-scan.pdf';
/** The shared corpus's letters that the tests below name; none of them is in the repo. */
const NAMED = [
  '2011-03-01-venj-draagmoederschap.pdf',
  '2021-bnc-fiche-5-herziening-mifid-mifir.pdf',
  '2021-07-06-tk-motie-kst-32545-143.pdf',
  '2021-szw-antwoord-kamervragen-tozo-ah-tk-20202021-3235.pdf',
  SCAN,
];
const missing = NAMED.filter((f) => !existsSync(join(CORPUS, f)));
const hasCorpus = missing.length === 0;
const pdfsIn = (dir: string) =>
  existsSync(dir) ? readdirSync(dir).filter((f) => f.toLowerCase().endsWith('.pdf')) : [];
/** Every real PDF there is: the repo's own, and the shared corpus's when present. */
const ALL = [DOCS, CORPUS].flatMap((dir) => pdfsIn(dir).map((f) => join(dir, f)));
const SEED_PDF = join(ROOT, 'fixtures', 'pdf', 'seed-2024-11-12-vro-bo-leefomgeving.pdf');
const gold = JSON.parse(readFileSync(join(ROOT, 'fixtures', 'seed-gold.json'), 'utf8'));

const bodyOf = (letter: Letter) => letter.sections.map((s) => `${s.heading}\n${s.text}`).join('\n');

async function extractOrError(path: string): Promise<Letter | InputError> {
  try {
    return await extractFile(path);
  } catch (error) {
    if (error instanceof InputError) return error;
    throw error;
  }
}

describe(`every real PDF: fixtures/real/docs${existsSync(CORPUS) ? ` and ${CORPUS}` : ''}`, () => {
  const results = new Map<string, Letter | InputError>();
  beforeAll(async () => {
    for (const path of ALL) results.set(path, await extractOrError(path));
  }, 120_000);

  it('processes every PDF: a valid letter with sections, or a clear input error', () => {
    expect(pdfsIn(DOCS).length).toBeGreaterThanOrEqual(20);
    for (const f of ALL) {
      const r = results.get(f);
      if (r instanceof InputError) {
        expect(r.code, f).toBe('no-text-layer');
        continue;
      }
      expect(LetterSchema.safeParse(r).success, f).toBe(true);
      expect(r?.source.format).toBe('pdf');
      expect(r?.sections.length, f).toBeGreaterThan(0);
      const body = bodyOf(r as Letter);
      expect(body, f).not.toMatch(/Pagina \d+ van \d+/);
    }
  });
});

const SKIPPED = hasCorpus ? '' : ` (skipped: not in the repo, and absent: ${missing.join(', ')})`;
describe.skipIf(!hasCorpus)(`named letters of the shared corpus in ${CORPUS}${SKIPPED}`, () => {
  const results = new Map<string, Letter | InputError>();
  beforeAll(async () => {
    for (const f of NAMED) results.set(f, await extractOrError(join(CORPUS, f)));
  });
  const letter = (name: string) => {
    const r = results.get(name);
    if (!(r instanceof Object) || r instanceof InputError) throw new Error(`${name}: ${String(r)}`);
    return r as Letter;
  };

  it('refuses the scanned beslisnota: no text layer, run OCR', () => {
    const r = results.get(SCAN);
    expect(r).toBeInstanceOf(InputError);
    expect((r as InputError).code).toBe('no-text-layer');
    expect((r as InputError).message).toMatch(/OCR/);
  });

  describe('the 2011 letter on surrogacy (2011 Rijksoverheid template)', () => {
    const name = '2011-03-01-venj-draagmoederschap.pdf';

    it('has its date, reference, subject, addressee and signatory', () => {
      const md = letter(name).metadata;
      expect(md.date).toBe('2011-03-01');
      expect(md.reference).toBe('5687928/11');
      expect(md.subject).toBe('Draagmoederschap');
      expect(md.addressee).toBe('Aan de Voorzitter van de Tweede Kamer der Staten-Generaal');
      expect(md.signatories.map((s) => s.name)).toEqual(['F. Teeven']);
      expect(md.signatories[0].role).toMatch(/^De staatssecretaris van Veiligheid en Justitie$/i);
    });

    it('has its six italic headings', () => {
      const headings = letter(name)
        .sections.filter((s) => s.heading !== '')
        .map((s) => s.heading);
      expect(headings).toEqual([
        'Rapport',
        'Vraagstukken rond het draagmoederschap',
        'Vrijwilligheid',
        'Belangen',
        'Draagmoederschap of adoptie?',
        'Handhaafbaarheid van normen en regels',
      ]);
    });

    it('has its footnote, and its marker is out of the body text', () => {
      const l = letter(name);
      expect(l.footnotes).toHaveLength(1);
      expect(l.footnotes[0].number).toBe(1);
      expect(l.footnotes[0].page).toBe(2);
      expect(l.footnotes[0].text).toMatch(
        /^Bij hoogtechnologisch draagmoederschap .* De draagmoeder is dan de genetische moeder\.$/,
      );
      const body = bodyOf(l);
      expect(body).toContain('bevoegd inzake ideëel hoogtechnologisch draagmoederschap. Het VUmc');
      expect(body).not.toContain('Bij hoogtechnologisch draagmoederschap wordt een embryo');
    });

    it('keeps the address block and the side column out of the body', () => {
      const body = bodyOf(letter(name));
      for (const text of [
        'Retouradres',
        'Postbus',
        'DEN HAAG',
        'Schedeldoekshaven',
        'Ons kenmerk',
        '5687928/11',
        'Directoraat-Generaal',
        'www.rijksoverheid.nl',
        'Onderwerp',
      ]) {
        expect(body).not.toContain(text);
      }
      expect(body.startsWith('\nDraagmoederschap is een complex onderwerp')).toBe(true);
    });
  });

  describe('the BNC fiche (15 pages, numbered sections, 13 footnotes)', () => {
    const name = '2021-bnc-fiche-5-herziening-mifid-mifir.pdf';

    it('finds the 13 footnotes in order, each on its page', () => {
      const l = letter(name);
      expect(l.footnotes.map((f) => f.number)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13]);
      expect(l.footnotes.every((f) => f.page !== null && f.page >= 2)).toBe(true);
      expect(l.footnotes[5].text).toBe(
        'https://www.esma.europ.eu/sites/default/files/library/esma-70-156-4572_mifid-_ii_final_report_on_algortihmic_trading.pdf.',
      );
    });

    it('keeps the footnote text out of the body', () => {
      const body = bodyOf(letter(name));
      expect(body).not.toContain(
        'Brokers zijn beleggingsondernemingen in de zin van de Wet op het financieel toezicht',
      );
      expect(body).toContain('toegang tot die handelsdata.');
    });
  });

  describe('the typeset Kamerstukken (motion and answers to questions)', () => {
    it('reads the motion text', () => {
      const body = bodyOf(letter('2021-07-06-tk-motie-kst-32545-143.pdf'));
      expect(norm(body)).toContain(norm('verzoekt de regering, om een grensspaarsaldo te definiëren'));
      expect(body).not.toMatch(/ISSN 0921/);
    });

    it('reads the answers', () => {
      const body = bodyOf(letter('2021-szw-antwoord-kamervragen-tozo-ah-tk-20202021-3235.pdf'));
      expect(norm(body)).toContain(norm('Het Bbz geldt als laatste vangnet.'));
    });
  });
});

describe('the seed letter as a PDF (fixtures/pdf)', () => {
  let pdf: Letter;
  let text: Letter;
  beforeAll(async () => {
    pdf = await extractFile(SEED_PDF);
    text = await extractFile(SEED);
  });
  const headed = () => pdf.sections.filter((s) => s.heading !== '');

  it('is a valid letter from a PDF, with its page count', () => {
    expect(LetterSchema.safeParse(pdf).success).toBe(true);
    expect(pdf.source.format).toBe('pdf');
    expect(pdf.source.pages).toBeGreaterThanOrEqual(8);
  });

  it('has the gold metadata, and the subject and addressee the PDF adds', () => {
    expect(pdf.metadata.date).toBe(gold.metadata.date);
    expect(pdf.metadata.reference).toBe(gold.metadata.reference);
    expect(pdf.metadata.ministry).toBe(gold.metadata.ministry);
    expect(pdf.metadata.signatories).toEqual(gold.metadata.signatories);
    expect(pdf.metadata.subject).toBe('Uitkomsten BO’s Leefomgeving 2024');
    expect(pdf.metadata.addressee).toBe('Aan de Voorzitter van de Tweede Kamer der Staten-Generaal');
  });

  it('finds exactly the 11 headings, with numbers, topics and pages', () => {
    expect(headed().map((s) => norm(s.heading))).toEqual(
      gold.headings.map((h: { heading: string }) => norm(h.heading)),
    );
    for (const [i, h] of gold.headings.entries()) {
      expect(headed()[i].number).toBe(h.number);
      for (const t of h.topics) expect(headed()[i].topics).toContain(t);
    }
    const pages = pdf.sections.map((s) => s.page);
    expect(pages.every((p) => p !== null && p >= 1 && p <= (pdf.source.pages ?? 0))).toBe(true);
    expect([...pages].sort((a, b) => (a ?? 0) - (b ?? 0))).toEqual(pages);
  });

  it('has the 4 footnotes with their text and pages', () => {
    expect(pdf.footnotes.map((f) => [f.number, norm(f.text)])).toEqual(
      gold.footnotes.map((f: { number: number; text: string }) => [f.number, norm(f.text)]),
    );
    expect(pdf.footnotes.every((f) => f.page !== null)).toBe(true);
  });

  it('keeps furniture and footnote text out of the body, and the Woontop sentence whole', () => {
    const body = pdf.sections.map((s) => `${s.heading} ${s.text}`).join(' ');
    for (const s of gold.furniture_must_not_appear_in_body) expect(norm(body)).not.toContain(norm(s));
    expect(norm(body)).not.toContain('retouradres');
    expect(norm(body)).not.toContain('uitkomsten bo’s leefomgeving 2024');
    expect(body).toContain('aan de Tweede Kamer is gestuurd,');
    expect(body).toContain('de motie van het lid Minhas, die');
    expect(norm(body)).toContain(norm(gold.joined_across_page_break));
  });

  it('gives the same sections, commitments, regions and amounts as the text version', () => {
    const sections = (l: Letter) => l.sections.map((s) => [s.heading, s.number, s.level, norm(s.text)]);
    expect(sections(pdf)).toEqual(sections(text));
    const commitments = (l: Letter) => l.commitments.map((c) => [norm(c.text), c.when]);
    expect(commitments(pdf)).toEqual(commitments(text));
    expect(pdf.commitments.every((c) => c.page !== null)).toBe(true);
    const regions = (l: Letter) => l.regions.map((r) => [r.name, r.type, r.mentions]);
    expect(regions(pdf)).toEqual(regions(text));
    const amounts = (l: Letter) => l.amounts.map((a) => [a.text, a.value, a.unit]);
    expect(amounts(pdf)).toEqual(amounts(text));
    const references = (l: Letter) =>
      l.references.map((r) => JSON.stringify({ ...r, page: undefined, sectionId: undefined }));
    expect(references(pdf)).toEqual(references(text));
  });
});
