/**
 * Properties of the text pipeline over generated input: any string or byte sequence gives a letter
 * that LetterSchema accepts after a JSON round trip AND that the JSON Schema printed by
 * `kamerbrief schema` accepts — or an InputError; never any other exception. Dutch-looking letters
 * built from fragments (headings, dates, amounts, references, footnote markers, page breaks) also
 * keep their internal references consistent (section ids, parents, footnote numbers).
 */
import { spawnSync } from 'node:child_process';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { LetterSchema, letterJsonSchema } from '../../src/model/letter.js';
import { extractBytes, extractText } from '../../src/pipeline.js';
import { ROOT } from '../helpers.js';
import { checkLetter, letterOrInputError } from './check-letter.js';
import { CLI } from './harness.js';
import { validate } from './json-schema.js';

/** Fixed seed and run count in CI; KB_FUZZ_SEED and KB_FUZZ_RUNS (a multiplier) for a longer hunt. */
const runs = (numRuns: number) => ({
  seed: process.env.KB_FUZZ_SEED ? Number(process.env.KB_FUZZ_SEED) : 20261130,
  numRuns: Math.round(numRuns * Number(process.env.KB_FUZZ_RUNS ?? 1)),
});

const schema = letterJsonSchema() as Record<string, unknown>;

// Fragments of Dutch ministerial letters (generic: not the seed's own sentences).
const months = [
  'januari',
  'februari',
  'maart',
  'april',
  'mei',
  'juni',
  'juli',
  'augustus',
  'september',
  'oktober',
  'november',
  'december',
];
const year = fc.integer({ min: 1990, max: 2040 });
const date = fc.oneof(
  fc
    .tuple(fc.integer({ min: 1, max: 31 }), fc.constantFrom(...months), year)
    .map(([d, m, y]) => `${d} ${m} ${y}`),
  year.map((y) => `voor de zomer van ${y}`),
  fc
    .tuple(fc.constantFrom('eerste', 'tweede', 'derde', 'vierde'), year)
    .map(([q, y]) => `in het ${q} kwartaal van ${y}`),
  fc.tuple(fc.constantFrom('begin', 'medio', 'eind', 'uiterlijk'), year).map(([w, y]) => `${w} ${y}`),
  fc.constantFrom(
    'voor het einde van het jaar',
    'na de zomer',
    'dit najaar',
    'volgend jaar',
    'binnenkort',
    'Prinsjesdag',
  ),
);
const amount = fc.oneof(
  fc
    .tuple(fc.integer({ min: 1, max: 999 }), fc.constantFrom('miljoen', 'miljard', 'mln', 'mld', ''))
    .map(([n, u]) => `€ ${n}${u ? ` ${u}` : ''}`),
  fc
    .tuple(fc.integer({ min: 1, max: 99 }), fc.integer({ min: 0, max: 9 }))
    .map(([a, b]) => `EUR ${a},${b} miljoen`),
  fc.integer({ min: 1000, max: 9_999_999 }).map((n) => `€ ${n.toLocaleString('nl-NL')},-`),
  fc
    .tuple(fc.integer({ min: 1, max: 9 }), fc.integer({ min: 10, max: 20 }))
    .map(([a, b]) => `€ ${a} à ${b} miljard per jaar`),
);
const reference = fc.oneof(
  fc
    .tuple(fc.integer({ min: 20000, max: 36999 }), fc.integer({ min: 1, max: 999 }))
    .map(([d, n]) => `Kamerstuk ${d}, nr. ${n}`),
  fc
    .tuple(year, fc.integer({ min: 21000, max: 36999 }), fc.integer({ min: 1, max: 400 }))
    .map(
      ([y, d, n]) =>
        `Kamerstukken II ${y}/${String((y + 1) % 100).padStart(2, '0')}, ${String(d).replace(/(\d\d)(\d\d\d)/, '$1 $2')}, nr. ${n}`,
    ),
  fc.constantFrom(
    'de motie van het lid Jansen',
    'het amendement van de leden De Vries en Bakker',
    'de Omgevingswet',
  ),
);
const region = fc.constantFrom(
  'provincie Groningen',
  'gemeente Utrecht',
  'Noord-Brabant',
  'de regio Twente',
  'Zeeland',
  'Amsterdam',
  'waterschap Rivierenland',
);
const subject = fc.constantFrom('Het kabinet', 'Ik', 'Wij', 'De minister', 'De staatssecretaris', 'Het Rijk');
const verb = fc.constantFrom('zal', 'wil', 'gaat', 'verwacht', 'streeft ernaar om', 'informeert');
const word = fc.constantFrom(
  'woningbouw',
  'stikstof',
  'infrastructuur',
  'de Kamer',
  'uw Kamer',
  'het programma',
  'de aanpak',
  'de regeling',
  'het onderzoek',
  'de uitvoering',
);
const marker = fc.oneof(fc.constant(''), fc.integer({ min: 1, max: 20 }).map(String));
const noise = fc.string({ unit: 'grapheme', maxLength: 30 });

const sentence = fc.oneof(
  fc
    .tuple(subject, verb, word, date, marker)
    .map(([s, v, w, d, m]) => `${s} ${v} ${w} ${d} naar de Kamer sturen.${m}`),
  fc.tuple(word, amount, region).map(([w, a, r]) => `Voor ${w} is ${a} beschikbaar in ${r}.`),
  fc.tuple(reference, date).map(([r, d]) => `Zoals toegezegd in ${r} informeer ik u ${d}.`),
  fc.tuple(region, word, marker).map(([r, w, m]) => `In ${r} loopt ${w} vertraging op${m}.`),
  fc.tuple(word, noise).map(([w, n]) => `Over ${w} ${n}.`),
);
const heading = fc.oneof(
  fc.tuple(fc.integer({ min: 1, max: 12 }), word).map(([n, w]) => `${n}. ${w[0].toUpperCase()}${w.slice(1)}`),
  fc
    .tuple(fc.integer({ min: 1, max: 9 }), fc.integer({ min: 1, max: 9 }), word)
    .map(([a, b, w]) => `${a}.${b} ${w}`),
  word.map((w) => `${w[0].toUpperCase()}${w.slice(1)}`),
  fc.constantFrom('Inleiding', 'Tot slot', 'Vervolg', 'Financiën', 'Planning'),
);
const paragraph = fc.array(sentence, { minLength: 1, maxLength: 5 }).map((s) => s.join(' '));
const section = fc
  .tuple(heading, fc.array(paragraph, { minLength: 1, maxLength: 3 }))
  .map(([h, ps]) => `${h}\n\n${ps.join('\n\n')}`);
const footnotes = fc
  .array(reference, { maxLength: 4 })
  .map((rs) => rs.map((r, i) => `${i + 1} ${r}`).join('\n'));
const header = fc
  .tuple(
    fc.integer({ min: 1, max: 28 }),
    fc.constantFrom(...months),
    year,
    fc.integer({ min: 1000, max: 99999999 }),
  )
  .map(
    ([d, m, y, ref]) =>
      `Aan de Voorzitter van de Tweede Kamer der Staten-Generaal\nPostbus 20018\n2500 EA  DEN HAAG\n\nDatum ${d} ${m} ${y}\nBetreft Voortgang ${m}\nOns kenmerk ${y}-${ref}\n\nGeachte voorzitter,`,
  );
const closing = fc.constantFrom(
  'Hoogachtend,\n\nde minister van Binnenlandse Zaken en Koninkrijksrelaties,\n\nJ. Jansen',
  'De staatssecretaris van Financiën,\n\nA.B. de Vries',
  '',
);
/** A whole letter: header, sections, footnotes, closing; pages split by a line starting with a space. */
const letterText = fc
  .tuple(
    fc.option(header, { nil: '' }),
    fc.array(section, { minLength: 1, maxLength: 6 }),
    footnotes,
    closing,
    fc.boolean(),
    fc.boolean(),
  )
  .map(([h, secs, fns, c, paged, doubleSpaced]) => {
    let body = [h, ...secs].filter(Boolean).join('\n\n');
    if (paged) body = body.replace(/\n\n(?=\d+\. )/g, `\n\n${fns}\n\n `);
    let text = `${body}\n\n${c}\n\n${fns}\n`;
    if (doubleSpaced) text = text.replace(/\n/g, '\n\n');
    return text;
  });

describe('property: the text pipeline never throws anything but InputError, and its letters are valid', () => {
  it('any grapheme string', async () => {
    await fc.assert(
      fc.asyncProperty(fc.string({ unit: 'grapheme', maxLength: 400 }), (s) =>
        letterOrInputError(() => extractText(s)),
      ),
      runs(150),
    );
  });

  it('any binary (code point) string, including lone surrogates and controls', async () => {
    await fc.assert(
      fc.asyncProperty(fc.string({ unit: 'binary', maxLength: 400 }), (s) =>
        letterOrInputError(() => extractText(s)),
      ),
      runs(150),
    );
  });

  it('strings made of letter-ish pieces and odd whitespace', async () => {
    const piece = fc.oneof(
      sentence,
      heading,
      fc.constantFrom(
        '\n',
        '\n\n',
        ' \n',
        '\r\n',
        '\t',
        '\f',
        '\u00a0',
        '\u2028',
        '•',
        '-',
        '1',
        '€',
        '.',
        ':',
        '’',
        '\u200b',
      ),
    );
    await fc.assert(
      fc.asyncProperty(
        fc.array(piece, { maxLength: 60 }).map((p) => p.join('')),
        (s) => letterOrInputError(() => extractText(s)),
      ),
      runs(150),
    );
  });

  it('any bytes named .txt or .pdf (extractBytes)', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.uint8Array({ maxLength: 2000 }),
        fc.constantFrom('x.txt', 'x.pdf', 'x'),
        (bytes, name) => letterOrInputError(() => extractBytes(bytes, name)),
      ),
      runs(200),
    );
  });

  it('bytes that start like a PDF (extractBytes → pdfjs)', async () => {
    const pdfish = fc
      .tuple(fc.uint8Array({ maxLength: 600 }), fc.boolean())
      .map(([b, eof]) => Buffer.concat([Buffer.from('%PDF-1.7\n'), b, Buffer.from(eof ? '\n%%EOF\n' : '')]));
    await fc.assert(
      fc.asyncProperty(pdfish, (bytes) =>
        letterOrInputError(() => extractBytes(bytes, 'x.pdf', { timeoutMs: 10_000 })),
      ),
      runs(40),
    );
  });

  it('Dutch-looking letters: valid, consistent, and recognised as letters when they have a header', async () => {
    await fc.assert(
      fc.asyncProperty(letterText, (text) => {
        const letter = extractText(text);
        checkLetter(letter);
        if (/^Aan de Voorzitter/.test(text.trimStart())) {
          expect(letter.metadata.date, 'a dated header gives a date').not.toBeNull();
          expect(letter.warnings.map((w) => w.code)).not.toContain('not-a-letter');
        }
        expect(letter.warnings.map((w) => w.code)).not.toContain('not-dutch');
      }),
      runs(120),
    );
  });
});

describe('kamerbrief schema', () => {
  const r = spawnSync(process.execPath, [CLI, 'schema'], { cwd: ROOT, encoding: 'utf8' });
  const printed = JSON.parse(r.stdout) as {
    $schema: string;
    type: string;
    required: string[];
    properties: Record<string, unknown>;
  };

  it('prints a draft 2020-12 JSON Schema of an object, exit 0, nothing on stderr', () => {
    expect(r.status).toBe(0);
    expect(r.stderr).toBe('');
    expect(printed.$schema).toBe('https://json-schema.org/draft/2020-12/schema');
    expect(printed.type).toBe('object');
    expect(printed).toEqual(schema);
  });

  it("has the letter's keys: required = the always-present keys, properties = all keys", () => {
    const letter = extractText(
      'Geachte voorzitter,\n\nHet kabinet zal voor de zomer van 2025 € 5 miljoen uittrekken.\n',
    );
    const optional = new Set(['furniture']);
    expect([...printed.required].sort()).toEqual(
      Object.keys(letter)
        .filter((k) => !optional.has(k))
        .sort(),
    );
    expect(Object.keys(printed.properties).sort()).toEqual(Object.keys(LetterSchema.shape).sort());
    const withFurniture = extractText('Geachte voorzitter,\n\nTekst.\n', 'x.txt', { furniture: true });
    expect(Object.keys(withFurniture).sort()).toEqual(Object.keys(printed.properties).sort());
    expect(validate(printed, JSON.parse(JSON.stringify(withFurniture)))).toEqual([]);
  });

  it('the checker itself rejects what the schema forbids (a test that can fail)', () => {
    const letter = JSON.parse(JSON.stringify(extractText('Geachte voorzitter,\n\nTekst.\n')));
    expect(validate(printed, { ...letter, schemaVersion: '2' })).not.toEqual([]);
    expect(validate(printed, { ...letter, sections: [{ id: 1 }] })).not.toEqual([]);
    const { warnings: _w, ...missing } = letter;
    expect(validate(printed, missing)).not.toEqual([]);
    expect(
      validate(printed, { ...letter, extra: true }).length > 0 || printed.properties.extra === undefined,
    ).toBe(true);
  });
});
