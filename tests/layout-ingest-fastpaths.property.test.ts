/**
 * The fast paths of ingest and layout equal the plain definitions they replace: UTF-8 decoding through
 * transcode and the control-byte search (decodeText), the one-search normalisation (normaliseText),
 * the text-shape test without trimming (detectShape), one marker pattern for every footnote number
 * (findMarker), and the combined furniture pattern with the field pre-test (PAGE_RETURN_CONTACT, WEB_OR_EMAIL, mayBeField).
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { decodeText, decodeWindows1252, sniffBinary } from '../src/ingest/decode.js';
import { detectShape, isDoubleSpaced, normaliseText } from '../src/ingest/text.js';
import { findMarker, YEAR_RUN } from '../src/layout/footnotes.js';
import { firstTight, isStreet, kindByForm, STREET, sideKind } from '../src/layout/side-column.js';
import { FIELD_LINE, mayBeField } from '../src/lexicon/fields.js';
import {
  CONTACT,
  EMAIL_LINE,
  PAGE_NUMBER,
  PAGE_RETURN_CONTACT,
  RETURN_ADDRESS,
  WEB_OR_EMAIL,
  WEBSITE,
} from '../src/lexicon/page-furniture.js';
import { joinedFrom } from './helpers.js';

/** decodeText as it was: every byte counted, TextDecoder with fatal: true. */
function decodeReference(bytes: Uint8Array): string {
  if (bytes.length >= 2 && bytes[0] === 0xff && bytes[1] === 0xfe)
    return new TextDecoder('utf-16le').decode(bytes.subarray(2));
  if (bytes.length >= 2 && bytes[0] === 0xfe && bytes[1] === 0xff)
    return new TextDecoder('utf-16be').decode(bytes.subarray(2));
  const sample = bytes.subarray(0, Math.min(bytes.length, 65536));
  let nulEven = 0;
  let nulOdd = 0;
  let control = 0;
  for (let i = 0; i < sample.length; i++) {
    const b = sample[i] as number;
    if (b === 0) {
      if (i % 2 === 0) nulEven++;
      else nulOdd++;
    } else if (b < 9 || (b > 13 && b < 32 && b !== 27)) control++;
  }
  const half = sample.length / 2;
  if (half > 8 && nulOdd > half * 0.3 && nulEven < half * 0.05)
    return new TextDecoder('utf-16le').decode(bytes);
  if (half > 8 && nulEven > half * 0.3 && nulOdd < half * 0.05)
    return new TextDecoder('utf-16be').decode(bytes);
  const kind = sniffBinary(bytes);
  if (kind) return `error: ${kind}`;
  if (nulEven + nulOdd > 0 || control > sample.length * 0.05) return 'error: binary data';
  try {
    const text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
    return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  } catch {
    return decodeWindows1252(bytes);
  }
}

function decodeNew(bytes: Uint8Array): string {
  try {
    return decodeText(bytes, 'x');
  } catch (e) {
    const m = /\((?:it is )?([^)]*)\)$/.exec((e as Error).message);
    return `error: ${m?.[1]}`;
  }
}

/** Byte pieces: ASCII, valid and broken UTF-8, BOMs, NUL and control bytes. */
const BYTE_PIECES: number[][] = [
  [0x61],
  [0x20],
  [0x0a],
  [0x0d],
  [0x09],
  [0x0c],
  [0x1b],
  [0x00],
  [0x01],
  [0x1f],
  [0x7f],
  [0xc3, 0xa9],
  [0xe2, 0x80, 0x99],
  [0xe2, 0x82, 0xac],
  [0xf0, 0x9f, 0x98, 0x80],
  [0xef, 0xbb, 0xbf],
  [0xef, 0xbf, 0xbe],
  [0xef, 0xbf, 0xbf],
  [0xc0, 0x80],
  [0xed, 0xa0, 0x80],
  [0xf4, 0x90, 0x80, 0x80],
  [0xe2, 0x82],
  [0x80],
  [0xff],
  [0xe9],
];

describe('decodeText', () => {
  it('equals the byte count and TextDecoder on bytes built from the pieces that matter', () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...BYTE_PIECES), { maxLength: 60 }), (pieces) => {
        const bytes = Uint8Array.from(pieces.flat());
        expect(decodeNew(bytes)).toBe(decodeReference(bytes));
      }),
      { numRuns: 3000 },
    );
  });

  it('equals them on arbitrary bytes and on text', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 80 }), (bytes) => {
        expect(decodeNew(bytes)).toBe(decodeReference(bytes));
      }),
      { numRuns: 2000 },
    );
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme', maxLength: 80 }), (text) => {
        const bytes = new TextEncoder().encode(text);
        expect(decodeNew(bytes)).toBe(decodeReference(bytes));
      }),
      { numRuns: 1000 },
    );
  });
});

const TEXT_PIECES = [
  'a',
  'Z',
  ' ',
  '  ',
  '\n',
  '\r',
  '\r\n',
  '\t',
  '\f',
  '\u000b',
  '\u0000',
  '\u0007',
  '\u001f',
  '\u007f',
  '\u00a0',
  '\u2002',
  '\u200b',
  '\u200e',
  '\u202f',
  '\u205f',
  '\u2067',
  '\u3000',
  '\ufeff',
  '\u2028',
  '’',
  'é',
  '😀',
  '\ud835',
  '.',
  'Hoogachtend,',
  '34 682 Nationale Omgevingsvisie',
  'Nr. 205',
  'x'.repeat(170),
];
// biome-ignore lint/suspicious/noControlCharactersInRegex: the reference's own pattern
const CONTROL = /[\u0000-\u0008\u000b\u000e-\u001f\u007f\u200b\u200e\u200f\u202a-\u202e\u2066-\u2069\ufeff]/g;
const SPACES = /[\u00a0\u2000-\u200a\u202f\u205f\u3000\t]/g;
const normaliseReference = (text: string) =>
  text.replace(/\r\n?/g, '\n').replace(CONTROL, '').replace(SPACES, ' ');

function detectShapeReference(lines: string[]) {
  const nonEmpty = lines.filter((l) => l.trim() !== '');
  if (nonEmpty.length === 0) return 'paragraph-per-line';
  const head = nonEmpty.slice(0, 15);
  if (
    head.some((l) => /^\s*\d{2} \d{3}(?: [A-Z]{1,5})?(?:\s|$)/.test(l)) &&
    head.some((l) =>
      /^\s*(?:Nr\. \d+|BRIEF VAN |Vergaderjaar \d{4}|Tweede Kamer der Staten-Generaal|Eerste Kamer der Staten-Generaal)/.test(
        l,
      ),
    )
  )
    return 'official';
  if (isDoubleSpaced(lines)) return 'pdf-text';
  const long = nonEmpty.filter((l) => l.trim().length > 160).length;
  if (long >= 2 && long >= nonEmpty.length * 0.2) return 'paragraph-per-line';
  return 'pdf-text';
}

describe('normaliseText and detectShape', () => {
  const text = joinedFrom(TEXT_PIECES, 80);
  it('normaliseText equals its three replacements', () => {
    fc.assert(
      fc.property(text, (t) => {
        expect(normaliseText(t)).toBe(normaliseReference(t));
      }),
      { numRuns: 3000 },
    );
  });
  it('detectShape equals its definition with trim()', () => {
    fc.assert(
      fc.property(text, (t) => {
        const lines = t.split('\n');
        expect(detectShape(lines)).toBe(detectShapeReference(lines));
      }),
      { numRuns: 3000 },
    );
  });
});

describe('findMarker', () => {
  const markerPattern = (n: number) =>
    new RegExp(`(?<=(?:\\p{L}{2}\\p{Ll}|\\p{Ll}[.,;:)’”"]))${n}(?=[\\s.,;:)’”"]|$)`, 'u');
  const PIECES = [
    'a',
    'b',
    'É',
    'é',
    'ß',
    '𝐚',
    '1',
    '2',
    '3',
    '12',
    '0',
    ' ',
    '.',
    ',',
    ')',
    '’',
    '”',
    '"',
    ':',
    '-',
    'x',
  ];
  it('finds what the pattern of footnote n finds', () => {
    fc.assert(
      fc.property(
        fc.array(fc.constantFrom(...PIECES), { maxLength: 30 }),
        fc.constantFrom(0, 1, 2, 3, 12, 21, 123),
        (parts, n) => {
          const text = parts.join('');
          expect(findMarker(text, String(n))).toBe(markerPattern(n).exec(text)?.index ?? -1);
        },
      ),
      { numRuns: 4000 },
    );
  });
});

describe('PAGE_RETURN_CONTACT, WEB_OR_EMAIL and mayBeField', () => {
  const separate = (t: string) =>
    PAGE_NUMBER.test(t)
      ? 'page-number'
      : RETURN_ADDRESS.test(t)
        ? 'return-address'
        : WEBSITE.test(t) || CONTACT.test(t) || EMAIL_LINE.test(t)
          ? 'header'
          : null;
  const combined = (t: string) => {
    const m = PAGE_RETURN_CONTACT.exec(t);
    if (m) return m[1] !== undefined ? 'page-number' : m[2] !== undefined ? 'return-address' : 'header';
    return !t.includes(' ') && WEB_OR_EMAIL.test(t) ? 'header' : null;
  };
  const PIECES = [
    'Pagina ',
    'Page',
    'Pag.',
    'blad',
    ' van ',
    ' of ',
    '/',
    '-',
    ' ',
    '3',
    '10',
    '12345',
    '> ',
    'Retouradres',
    'retouradres ',
    'Postbus 20401',
    'www.',
    'https://',
    'rijksoverheid',
    '.nl',
    '.COM',
    'T',
    'Tel.',
    'E-mail',
    'fax',
    ':',
    '+31',
    '070',
    '(0)',
    'naam@',
    'minvro',
    'x',
    'K',
    'ſ',
    'é',
    'Datum',
    'onze referentie',
    'Bijlage(n)',
    '\u00a0',
  ];
  const line = joinedFrom(PIECES, 8);
  it('the two patterns say what the separate five say', () => {
    fc.assert(
      fc.property(line, (t) => {
        expect(combined(t)).toBe(separate(t));
      }),
      { numRuns: 5000 },
    );
    for (const t of [
      'Pagina 3 van 10',
      '3',
      '- 4 -',
      '> Retouradres Postbus 1',
      'www.rijksoverheid.nl',
      'T 070-1234567',
      'a@b.nl',
    ])
      expect(combined(t)).toBe(separate(t));
  });
  it('a line that FIELD_LINE matches passes mayBeField', () => {
    fc.assert(
      fc.property(fc.oneof(line, fc.string({ maxLength: 20 })), (t) => {
        if (FIELD_LINE.test(t)) expect(mayBeField(t)).toBe(true);
      }),
      { numRuns: 5000 },
    );
  });
});

describe('footnote markers: one search per line', () => {
  it('a line with five digits in a row has YEAR_RUN (so a line without it is spared the five-digit search)', () => {
    fc.assert(
      fc.property(joinedFrom(['1', '2', '0', '9', '.', ' ', 'a', ',', '١'], 12), (text) => {
        if (/\d{5}/.test(text)) expect(YEAR_RUN.test(text)).toBe(true);
      }),
      { numRuns: 20000 },
    );
  });
});

describe('side column: the first-character filter', () => {
  // Column lines and their pieces, with first characters of every kind before them.
  const PIECES = [
    'Pagina 2 van 8',
    'P agina 2 van 7',
    'Blad 1/3',
    'Postbus 20401',
    '2500 EK Den Haag',
    '2 5 00 E X Den Haag',
    'Bezoekadres',
    'Retouradres',
    'Afzendadres',
    'T 070 379 8911',
    'Tel. 070-456 1111',
    'Fax 070 123 4567',
    'M 06 1234 5678',
    'E info@minezk.nl',
    'E-mail: a@b.nl',
    'www.rijksoverheid.nl/ezk',
    'https://www.rijksoverheid.nl',
    'Datum',
    'Betreft',
    'Ons kenmerk',
    'Uw brief van',
    'Bijlage(n)',
    'Aantal bijlagen',
    'Contactpersoon',
    'Inlichtingen',
    'Behandeld door',
    'Doorkiesnummer',
    'Overheidsidentificatienr',
    'Kenmerk',
    'de',
    'Gemeente',
    'x',
    'É',
    'ı',
    'ſ',
    '\u212a',
    '1',
    '(',
    '-',
    ' ',
    '  ',
    '\t',
    '\u00a0',
    '\u3000',
    // body text, and column lines whose text without spaces is longer than the short labels
    'deze eenmalig in het najaar gehouden.',
    'Tijdens de BO’s Leefomgeving',
    'Met deze brief',
    'T 070 379 8911 (algemeen)',
    'F 0 7 0-456 1111',
    'T e l .',
    '(algemeenenzovoortsenzovoort)',
    'Fax:',
    '+31',
    '(',
    '@',
    'e-mail ',
    'info@ministerie-van-binnenlandse-zaken.nl',
    'www.rijksoverheid.nl/ministeries/ezk',
    'Heel',
    'Overheidsidentificatienummer',
    'Overheidsidentificatienr.',
    'O verheidsidentificatien r .',
    '.',
    ',',
    ')',
    'R',
    '00000001822477348000',
    '2595 BD DEN HAAG',
    'Den Haag',
  ];
  it('sideKind equals its tests without the filter', () => {
    fc.assert(
      fc.property(joinedFrom(PIECES, 6), (text) => {
        expect(sideKind(text)).toBe(kindByForm(text));
      }),
      { numRuns: 5000 },
    );
    // Long lines: only a phone number, an e-mail address, a website or a postcode line can be one.
    const longLine = fc
      .tuple(
        fc.constantFrom(
          'T',
          'M',
          'F',
          'Tel.',
          'T e l',
          'Fax',
          'E',
          'e',
          'E-mail',
          'Met',
          'www.',
          'https://www.',
          'W',
          'h',
          '2500',
          '2 5 00',
          'Heel',
          'x',
        ),
        fc.constantFrom('', ' ', ':', ': ', '.', '+'),
        fc.string({ unit: fc.constantFrom('0', '7', '1', ' ', '(', ')', '-', '+'), maxLength: 24 }),
        fc.constantFrom(
          '',
          '(algemeenenzovoortsenzovoort)',
          'info@ministerie-van-binnenlandse-zaken.nl',
          '@minbzk.nl',
          'rijksoverheid.nl/ministeries',
          ' EX DEN HAAG',
          'EXDen Haag',
          ' eenmalig in het najaar gehouden',
        ),
      )
      .map((parts) => parts.join(''));
    fc.assert(
      fc.property(longLine, (text) => {
        expect(sideKind(text)).toBe(kindByForm(text));
      }),
      { numRuns: 20000 },
    );
    expect(sideKind('  Postbus 20401')).toBe('address');
    expect(sideKind('T 070 379 8911 (algemeenenzovoortsenzovoort)')).toBe('header');
    expect(sideKind('E info@ministerie-van-binnenlandse-zaken.nl')).toBe('header');
    expect(sideKind('deze eenmalig in het najaar gehouden.')).toBeNull();
    expect(sideKind('Gemeente Utrecht')).toBeNull();
  });
});

describe('side column: the street test only of a line with a capital first (isStreet)', () => {
  const PIECES = [
    'Rijnstraat',
    ' ab',
    'Cd',
    'rijnstraat',
    ' ',
    '8',
    '147',
    'a',
    'B',
    '-',
    '–',
    'É',
    'Ł',
    '’',
    '.',
    "'",
    'x',
    '1',
  ];
  it('equals STREET.test', () => {
    fc.assert(
      fc.property(joinedFrom(PIECES, 6), (text) => {
        expect(isStreet(text)).toBe(STREET.test(text));
      }),
      { numRuns: 5000 },
    );
    expect(isStreet('Rijnstraat 8')).toBe(true);
    expect(isStreet('Rijnstraat 8 ab')).toBe(true);
    expect(isStreet('Turfmarkt 147-149')).toBe(true);
    expect(isStreet('Élysée 12')).toBe(true);
    expect(isStreet('rijnstraat 8')).toBe(false);
  });
});

describe('side column: the first character of a line without its spaces (firstTight)', () => {
  // The plain definition: the line with every \s run removed (tight), its first code unit.
  const plain = (t: string) => t.replace(/\s+/g, '').charCodeAt(0);
  const PIECES = [
    ' ',
    '\t',
    '\u00a0',
    '\u2009',
    '\u3000',
    '\ufeff',
    '\u200b',
    '\n',
    'M',
    'm',
    'Ministerie van',
    '1',
    '0',
    'a',
    'é',
    '\u2028',
  ];
  it('equals tight(line).charCodeAt(0), and "M"/digit gates the tight tests', () => {
    fc.assert(
      fc.property(joinedFrom(PIECES, 8), (text) => {
        expect(Object.is(firstTight(text), plain(text))).toBe(true);
        const tight = text.replace(/\s+/g, '');
        const f = firstTight(text);
        expect((f | 0x20) === 0x6d && /^Ministerievan/i.test(tight)).toBe(/^Ministerievan/i.test(tight));
        expect(f >= 0x30 && f <= 0x39 && /^\d{12,24}$/.test(tight)).toBe(/^\d{12,24}$/.test(tight));
      }),
      { numRuns: 10000 },
    );
    expect(firstTight('  M inisterie')).toBe(0x4d);
  });
});
