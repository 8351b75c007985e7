import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { readMarkup } from '../src/ingest/markup.js';
import { readText } from '../src/ingest/text.js';
import type { KDocument } from '../src/model/document.js';
import { LetterSchema } from '../src/model/letter.js';
import type { Line, RawDocument } from '../src/model/page.js';
import { processRaw, toLetter } from '../src/pipeline.js';
import { corpus, norm, ROOT, SEED } from './helpers.js';

interface ExpectedLine {
  text: string;
  bold?: boolean | null;
  size?: number;
  gapBefore?: boolean | null;
  markers?: Array<[number, number]>;
}
interface Case {
  name: string;
  markup: string;
  lines: ExpectedLine[];
}

const lines = (raw: RawDocument): Line[] => raw.pages.flatMap((p) => p.lines);
const fixture = (name: string) => readFileSync(join(ROOT, 'fixtures', 'markup', name), 'utf8');
const run = (raw: RawDocument): KDocument =>
  processRaw(raw, { path: 't', sha256: '', format: 'text', pages: raw.pageCount });
const markupDoc = (name: string) => {
  const raw = readMarkup(fixture(name));
  if (!raw) throw new Error(`${name}: not read as markup`);
  return run(raw);
};
const textDoc = (path: string) => run(readText(readFileSync(path, 'utf8')));
const body = (doc: KDocument) => doc.sections.flatMap((s) => s.paragraphs.map((p) => p.text)).join(' ');
const outline = (doc: KDocument) => doc.sections.map((s) => [s.number, s.heading, s.level, s.parent]);
/** Section texts without paragraph breaks: list items are paragraphs of their own in markup. */
const sectionTexts = (doc: KDocument) =>
  doc.sections.map((s) => norm(s.paragraphs.map((p) => p.text).join(' ')));
const noted = (doc: KDocument) =>
  doc.sentences.filter((s) => s.footnotes.length > 0).map((s) => [norm(s.text), s.footnotes]);

describe('markup reader: data table', () => {
  const table = corpus<{ cases: Case[]; notMarkup: string[] }>('markup');
  for (const c of table.cases) {
    it(c.name, () => {
      const raw = readMarkup(c.markup);
      expect(raw).not.toBeNull();
      if (!raw) return;
      expect(['html', 'xml']).toContain(raw.format);
      expect(raw.bodySize).toBe(10);
      const got = lines(raw);
      expect(got.map((l) => l.text)).toEqual(c.lines.map((l) => l.text));
      for (const [i, want] of c.lines.entries()) {
        const line = got[i];
        expect(line.page).toBeNull();
        if (want.bold !== undefined) expect(!!line.bold, `bold of "${want.text}"`).toBe(!!want.bold);
        if (want.size !== undefined) expect(line.size).toBe(want.size);
        if (want.gapBefore !== undefined)
          expect(!!line.gapBefore, `gap before "${want.text}"`).toBe(!!want.gapBefore);
        if (want.markers !== undefined) expect(line.markers).toEqual(want.markers);
      }
    });
  }
  it('refuses text that is no markup', () => {
    for (const t of table.notMarkup) expect(readMarkup(t), JSON.stringify(t)).toBeNull();
  });
});

describe('markup reader: the corpus motion (kst-32545-143), XML and HTML', () => {
  const xml = markupDoc('kst-32545-143.xml');
  const html = markupDoc('kst-32545-143.html');

  it('finds the Kamerstuk in the official header, which stays out of the body', () => {
    for (const doc of [xml, html]) {
      expect(doc.metadata.kamerstuk).toEqual({ dossier: '32545', number: '143' });
      expect(body(doc)).not.toContain('Wet- en regelgeving financiële markten');
      expect(body(doc)).not.toContain('MOTIE VAN DE LEDEN');
      expect(doc.furniture.map((f) => f.text)).toContain('Tweede Kamer der Staten-Generaal');
    }
  });

  it('gives the motion text as body, the same from both', () => {
    for (const doc of [xml, html]) {
      const b = norm(body(doc));
      expect(b).toContain(
        norm('De Kamer, gehoord de beraadslaging, constaterende dat diverse financiële instellingen'),
      );
      expect(b).toContain(
        norm(
          'verzoekt de regering, om een grensspaarsaldo te definiëren waaronder een negatieve spaarrente onwenselijk is',
        ),
      );
      expect(b).toContain(norm('en gaat over tot de orde van de dag.'));
      expect(b).toContain('€ 100.000');
    }
    expect(norm(body(html))).toBe(norm(body(xml)));
  });

  it('is a valid letter', () => {
    expect(LetterSchema.safeParse(toLetter(xml)).success).toBe(true);
    expect(LetterSchema.safeParse(toLetter(html)).success).toBe(true);
  });
});

describe('markup reader: the corpus answers to Kamervragen (ah-tk-20202021-3235), XML and HTML', () => {
  for (const name of ['ah-tk-20202021-3235.xml', 'ah-tk-20202021-3235.html']) {
    it(`${name}: a question and an answer heading per pair, with their text`, () => {
      const doc = markupDoc(name);
      const headings = doc.sections.map((s) => s.heading).filter(Boolean);
      expect(headings).toEqual(
        Array.from({ length: 9 }, (_, i) => [`Vraag ${i + 1}`, `Antwoord ${i + 1}`]).flat(),
      );
      const answer3 = doc.sections.find((s) => s.heading === 'Antwoord 3');
      expect(norm(answer3?.paragraphs.map((p) => p.text).join(' ') ?? '')).toContain(
        norm('Het Bbz geldt als laatste vangnet.'),
      );
      expect(norm(body(doc))).toContain(norm('(Staatsblad 2020, 118)'));
    });
  }
});

describe('markup reader: the seed letter as official XML, as its HTML rendering and as a Word web page', () => {
  const seed = textDoc(SEED);
  const official = textDoc(join(ROOT, 'fixtures', 'text', 'seed-official.txt'));
  const docs: Array<[string, KDocument]> = [
    ['kst-34682-205.xml', markupDoc('kst-34682-205.xml')],
    ['kst-34682-205.html', markupDoc('kst-34682-205.html')],
    ['word-export-kamerbrief.html', markupDoc('word-export-kamerbrief.html')],
  ];

  for (const [name, doc] of docs) {
    describe(name, () => {
      it('has the seed text’s sections: numbers, headings, levels, parents', () => {
        expect(outline(doc)).toEqual(outline(seed));
        expect(outline(doc).filter(([, h]) => h)).toHaveLength(11);
      });

      it('has the seed text’s section texts', () => {
        expect(sectionTexts(doc)).toEqual(sectionTexts(seed));
      });

      it('has the seed text’s footnotes, referred to by the same sentences', () => {
        expect(doc.footnotes.map((f) => [f.number, f.text])).toEqual(
          seed.footnotes.map((f) => [f.number, f.text]),
        );
        expect(noted(doc)).toEqual(noted(seed));
        expect(noted(doc)).toHaveLength(4);
      });

      it('has the letter’s date, addressee, ministry and signatory', () => {
        const md = doc.metadata;
        expect(md.date).toBe('2024-11-12');
        expect(md.addressee).toBe('Aan de Voorzitter van de Tweede Kamer der Staten-Generaal');
        expect(md.ministry).toBe('Ministerie van Volkshuisvesting en Ruimtelijke Ordening');
        expect(md.signatories.map((s) => s.role)).toEqual(seed.metadata.signatories.map((s) => s.role));
        expect(body(doc)).not.toContain('Keijzer');
      });

      it('is a valid letter without warnings', () => {
        const letter = toLetter(doc);
        expect(LetterSchema.safeParse(letter).success).toBe(true);
        expect(letter.warnings).toEqual([]);
      });
    });
  }

  it('the official renderings have the Kamerstuk and signatory of the official text', () => {
    for (const [name, doc] of docs.slice(0, 2)) {
      expect(doc.metadata.kamerstuk, name).toEqual({ dossier: '34682', number: '205' });
      expect(doc.metadata.signatories, name).toEqual(official.metadata.signatories);
    }
  });

  it('the Word page has the template fields and the signature of the seed', () => {
    const doc = docs[2][1];
    expect(doc.metadata.subject).toBe('Uitkomsten Bestuurlijke Overleggen Leefomgeving 2024');
    expect(doc.metadata.signatories).toEqual(seed.metadata.signatories);
  });
});

describe('markup reader: many footnotes', () => {
  it('keeps 45 notes in sequence with their markers (pages of at most 24 notes)', () => {
    const paras = Array.from(
      { length: 45 },
      (_, i) =>
        `<al>Alinea ${i + 1} verwijst naar een eerder stuk<noot type="voet"><noot.nr>${i + 1}</noot.nr><noot.al>Kamerstuk 36 ${String(100 + i)}, nr. ${i + 1}</noot.al></noot> over dit onderwerp.</al>`,
    );
    const xml = `<officiele-publicatie><kamerstuk><stuk><algemeen><vrije-tekst><tekst>${paras.join('')}</tekst></vrije-tekst></algemeen></stuk></kamerstuk></officiele-publicatie>`;
    const raw = readMarkup(xml);
    expect(raw).not.toBeNull();
    if (!raw) return;
    expect(raw.pages.length).toBe(2);
    const doc = run(raw);
    expect(doc.footnotes.map((f) => f.number)).toEqual(Array.from({ length: 45 }, (_, i) => i + 1));
    expect(doc.footnotes[44].text).toBe('Kamerstuk 36 144, nr. 45');
    expect(noted(doc).map(([, n]) => n)).toEqual(Array.from({ length: 45 }, (_, i) => [i + 1]));
    expect(body(doc)).not.toContain('Kamerstuk 36');
  });
});

describe('markup reader: large and hostile input (no timing here; see the report and npm run bench)', () => {
  it('reads a 1 MB single-line page', () => {
    const p = (i: number) =>
      `<p class="x">Dit is alinea <b>${i}</b> van de brief, met &eacute;&eacute;n entiteit en een <a href="https://x.nl/${i}">link</a>.</p>`;
    const parts: string[] = ['<!DOCTYPE html><html><head><title>t</title></head><body><main>'];
    let size = 0;
    let n = 0;
    while (size < 1_000_000) {
      const s = p(n++);
      parts.push(s);
      size += s.length;
    }
    parts.push('</main></body></html>');
    const html = parts.join('');
    expect(html).not.toContain('\n');
    const raw = readMarkup(html);
    expect(raw).not.toBeNull();
    if (!raw) return;
    const got = lines(raw);
    expect(got).toHaveLength(n);
    expect(got[n - 1].text).toBe(`Dit is alinea ${n - 1} van de brief, met één entiteit en een link.`);
  });

  it('survives deep nesting, unclosed tags and comments, unterminated quotes and runs of "<"', () => {
    const deep = `${'<div>'.repeat(50_000)}diep${'</div>'.repeat(50_000)}`;
    expect(lines(readMarkup(`<html><body>${deep}</body></html>`) as RawDocument).map((l) => l.text)).toEqual([
      'diep',
    ]);
    const unclosed = `<html><body>${'<p><b><i><span>tekst '.repeat(20_000)}</body></html>`;
    expect(lines(readMarkup(unclosed) as RawDocument).length).toBeGreaterThan(0);
    const comment = `<html><body><p>voor</p><!--${'x'.repeat(500_000)}</body></html>`;
    expect(lines(readMarkup(comment) as RawDocument).map((l) => l.text)).toEqual(['voor']);
    const quote = `<html><body><p>voor</p><p class="${'x'.repeat(500_000)}>na</p></body></html>`;
    expect(lines(readMarkup(quote) as RawDocument).map((l) => l.text)).toEqual(['voor']);
    const lts = `<html><body><p>${'< '.repeat(200_000)}</p></body></html>`;
    expect(lines(readMarkup(lts) as RawDocument)[0].text.startsWith('< < <')).toBe(true);
    const links = `<html><body><p>${'<a href="#n">1</a>'.repeat(30_000)}</p><p id="n">1 noot</p></body></html>`;
    expect(readMarkup(links)).not.toBeNull();
  });

  it('cuts a 1 MB paragraph into lines of at most 20,000 characters, keeping its markers', () => {
    const words = 'woord '.repeat(200_000);
    const xml = `<officiele-publicatie><al>${words}eind<noot><noot.nr>1</noot.nr><noot.al>De noot.</noot.al></noot> slot.</al></officiele-publicatie>`;
    const raw = readMarkup(xml) as RawDocument;
    const got = lines(raw);
    expect(got.every((l) => l.text.length <= 20_000)).toBe(true);
    const withMarker = got.filter((l) => l.markers);
    expect(withMarker).toHaveLength(1);
    const [[at, n]] = withMarker[0].markers as Array<[number, number]>;
    expect(n).toBe(1);
    expect(withMarker[0].text.slice(at - 4, at)).toBe('eind');
    expect(got.at(-1)?.text).toBe('1 De noot.');
  });
});

describe('markup reader: properties of any tag soup', () => {
  /** Pieces of HTML and official XML, whole and broken. */
  const piece = fc.constantFrom(
    '<p>',
    '</p>',
    '<div>',
    '</div>',
    '<b>',
    '</b>',
    '<strong>',
    '</strong>',
    '<br>',
    '<br/>',
    '<hr>',
    '<h2>',
    '</h2>',
    '<ul>',
    '<li>',
    '</li>',
    '</ul>',
    '<ol start="3">',
    '</ol>',
    '<table><tr><td>',
    '</td><td>',
    '</td></tr></table>',
    '<sup><a href="#n1">1</a></sup>',
    '<a href="#n2">[2]</a>',
    '<div id="n1">1 Noot een.</div>',
    '<p id="n2">[2] Noot twee.</p>',
    '<al>',
    '</al>',
    '<tussenkop>',
    '</tussenkop>',
    '<noot><noot.nr>1</noot.nr><noot.al>Kamerstuk 1</noot.al></noot>',
    '<ondertekening><functie>De minister van Defensie,</functie><naam><voornaam>J.</voornaam><achternaam>Jansen</achternaam></naam></ondertekening>',
    '<lijst><li><li.nr>•</li.nr><al>punt</al></li></lijst>',
    '<nav>menu</nav>',
    '<script>x < y</script>',
    '<!-- c -->',
    '<![CDATA[a < b]]>',
    '<?pi?>',
    '<',
    '>',
    '&',
    '&amp;',
    '&euml;',
    '&#8364;',
    '&#x;',
    '"',
    "'",
    '<p class="x',
    '<main>',
    '</main>',
    '<pre>\nregel\n\nregel</pre>',
    'tekst',
    ' ',
    '\n',
    'Zin één. ',
    'Kop',
    'woord',
    '\u00a0',
    '\u00ad',
  );
  const soup = fc.array(piece, { maxLength: 80 }).map((ps) => `<html><body>${ps.join('')}</body></html>`);

  it('never throws; lines are trimmed and non-empty, markers lie inside their line, notes are numbered 1..n', () => {
    fc.assert(
      fc.property(soup, (html) => {
        const raw = readMarkup(html);
        expect(raw).not.toBeNull();
        if (!raw) return;
        const all = lines(raw);
        for (const l of all) {
          expect(l.text.length).toBeGreaterThan(0);
          expect(l.text).toBe(l.text.trim());
          expect(l.text).not.toMatch(/\s{2}|[\u00a0\u00ad]/);
          for (const [at] of l.markers ?? []) {
            expect(at).toBeGreaterThanOrEqual(0);
            expect(at).toBeLessThanOrEqual(l.text.length);
          }
        }
        const marked = [...new Set(all.flatMap((l) => (l.markers ?? []).map(([, n]) => n)))].sort(
          (a, b) => a - b,
        );
        expect(marked).toEqual(marked.map((_, i) => i + 1));
        const doc = run(raw);
        expect(LetterSchema.safeParse(toLetter(doc)).success).toBe(true);
      }),
      { numRuns: 300 },
    );
  });
});
