/**
 * A generated corpus of hostile and broken inputs, written to tests/robustness/.corpus/ (gitignored).
 * Deterministic (a fixed PRNG seed) and quick: everything is derived from the seed letter, the PDF
 * fixtures and the shared corpus PDFs (../shared/corpus/pdf, when present).
 *
 * Each entry says what the CLI must do with it:
 *  - exit 0: readable, JSON on stdout (maybe with warnings: `warnings` must all appear on stderr);
 *  - exit 1: unreadable, one `kamerbrief extract: error:` line on stderr naming the file (`message` must match it);
 *  - exit [0, 1]: mutated or repaired PDFs that may or may not be recoverable; either outcome is
 *    fine as long as it is clean (valid JSON, or one clear error line).
 */
import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { deflateSync } from 'node:zlib';
import { PDFDocument } from 'pdf-lib';
import { ROOT, SEED, SHARED } from '../helpers.js';

export const CORPUS_DIR = join(ROOT, 'tests', 'robustness', '.corpus');
export const PRNG_SEED = 0x6b616d72; // 'kamr'

export interface CorpusEntry {
  /** File name inside CORPUS_DIR (or an absolute path for committed fixtures). */
  name: string;
  file: string;
  /** What kind of abuse this is (for the summary). */
  kind: string;
  /** Allowed exit codes of `kamerbrief extract`. */
  exit: 0 | 1 | [0, 1];
  /** For exit 1: the error line must match this. */
  message?: RegExp;
  /** For exit 0: these warning codes must be printed on stderr. */
  warnings?: string[];
  /** Run only in-process / in the bulk runner, not through one CLI process each (cheap, many). */
  bulk?: boolean;
  /** A known bug (see /work/helpers/robustness-bugs.md) that this input shows. */
  bug?: string;
  /** Exit 0 is only fine with at least one warning on stderr (silence would hide the problem). */
  mustSay?: boolean;
  /** For exit 0: this must not appear in the output (e.g. an expanded entity, a script's text, a local file). */
  notInOutput?: RegExp;
  /** For exit 0: the JSON output must stay below this many bytes. */
  maxOutputBytes?: number;
}

/** mulberry32: small, fast, deterministic. */
export function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const randomBytes = (rand: () => number, n: number) => {
  const out = Buffer.alloc(n);
  for (let i = 0; i < n; i++) out[i] = Math.floor(rand() * 256);
  return out;
};

/** The source PDFs: the shared corpus (when present) and the committed fixtures. */
export function sourcePdfs(): string[] {
  const dirs = [join(SHARED, 'corpus', 'pdf'), join(ROOT, 'fixtures', 'pdf')];
  const out: string[] = [];
  for (const dir of dirs) {
    if (!existsSync(dir)) continue;
    for (const f of readdirSync(dir).sort()) {
      if (f.endsWith('.pdf') && !f.startsWith('encrypted')) out.push(join(dir, f));
    }
  }
  return out;
}

export const SEED_PDF = join(ROOT, 'fixtures', 'pdf', 'seed-2024-11-12-vro-bo-leefomgeving.pdf');

/** Windows-1252 encoding (Node has no encoder for it); unmappable characters become '?'. */
const CP1252_HIGH = '€\u0081‚ƒ„…†‡ˆ‰Š‹Œ\u008dŽ\u008f\u0090‘’“”•–—˜™š›œ\u009džŸ';
export function encodeCp1252(text: string): Buffer {
  const out: number[] = [];
  for (const ch of text) {
    const c = ch.codePointAt(0) ?? 0x3f;
    if (c < 0x80 || (c >= 0xa0 && c <= 0xff)) out.push(c);
    else {
      const i = CP1252_HIGH.indexOf(ch);
      out.push(i >= 0 ? 0x80 + i : 0x3f);
    }
  }
  return Buffer.from(out);
}

const utf16be = (text: string) => Buffer.from(text, 'utf16le').swap16();

/** The seed letter in the encodings a Dutch text file may come in; all must decode to the same letter. */
export function seedEncodings(seedText: string): Array<[string, Buffer]> {
  return [
    ['seed-utf16le-bom.txt', Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(seedText, 'utf16le')])],
    ['seed-utf16be-bom.txt', Buffer.concat([Buffer.from([0xfe, 0xff]), utf16be(seedText)])],
    ['seed-utf16le-nobom.txt', Buffer.from(seedText, 'utf16le')],
    ['seed-utf16be-nobom.txt', utf16be(seedText)],
    ['seed-windows-1252.txt', encodeCp1252(seedText)],
    ['seed-utf8-bom-crlf.txt', Buffer.from(`\ufeff${seedText.replace(/\n/g, '\r\n')}`)],
  ];
}

/**
 * One mutant of a PDF: 0 = overwrite up to 64 random bytes, 1 = duplicate a chunk, 2 = delete a chunk,
 * 3 = change a few of its numbers (object numbers, lengths, offsets). Returns a short label and the bytes.
 */
export function mutate(bytes: Buffer, mode: number, rand: () => number): [string, Buffer] {
  const at = Math.floor(rand() * bytes.length);
  const len = 1 + Math.floor(rand() * 4000);
  if (mode === 1)
    return [
      `dup${at}`,
      Buffer.concat([bytes.subarray(0, at), bytes.subarray(at, at + len), bytes.subarray(at)]),
    ];
  if (mode === 2) return [`del${at}`, Buffer.concat([bytes.subarray(0, at), bytes.subarray(at + len)])];
  if (mode === 3) {
    let changed = 0;
    const text = bytes.toString('latin1').replace(/\d+/g, (d) => {
      if (rand() >= 0.02) return d;
      changed++;
      return String(Math.floor(rand() * 1e6));
    });
    return [`num${changed}`, Buffer.from(text, 'latin1')];
  }
  const copy = Buffer.from(bytes);
  const n = 1 + Math.floor(rand() * 64);
  for (let k = 0; k < n; k++) copy[Math.floor(rand() * copy.length)] = Math.floor(rand() * 256);
  return [`set${n}`, copy];
}

/** A minimal hand-built PDF from object bodies (1-based numbering), with a correct xref table. */
export function buildPdf(objects: Array<string | Buffer>, rootObj = 1): Buffer {
  const parts: Buffer[] = [Buffer.from('%PDF-1.7\n%\xe2\xe3\xcf\xd3\n', 'latin1')];
  let offset = parts[0].length;
  const offsets: number[] = [];
  objects.forEach((body, i) => {
    offsets.push(offset);
    const chunk = Buffer.concat([
      Buffer.from(`${i + 1} 0 obj\n`, 'latin1'),
      typeof body === 'string' ? Buffer.from(body, 'latin1') : body,
      Buffer.from('\nendobj\n', 'latin1'),
    ]);
    parts.push(chunk);
    offset += chunk.length;
  });
  const xref = [`xref\n0 ${objects.length + 1}\n0000000000 65535 f \n`];
  for (const o of offsets) xref.push(`${String(o).padStart(10, '0')} 00000 n \n`);
  xref.push(`trailer\n<< /Size ${objects.length + 1} /Root ${rootObj} 0 R >>\nstartxref\n${offset}\n%%EOF\n`);
  parts.push(Buffer.from(xref.join(''), 'latin1'));
  return Buffer.concat(parts);
}

/** A PDF stream object body. */
export const stream = (dict: string, data: Buffer) =>
  Buffer.concat([
    Buffer.from(`<< ${dict} /Length ${data.length} >>\nstream\n`, 'latin1'),
    data,
    Buffer.from('\nendstream', 'latin1'),
  ]);

/** A one-page PDF whose page has the given content stream (Helvetica as F1). */
function onePage(content: Buffer, filter = ''): Buffer {
  return buildPdf([
    '<< /Type /Catalog /Pages 2 0 R >>',
    '<< /Type /Pages /Kids [3 0 R] /Count 1 >>',
    '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 5 0 R >> >> /Contents 4 0 R >>',
    stream(filter, content),
    '<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>',
  ]);
}

const DUTCH_NOT_A_LETTER = `Recept: erwtensoep voor vier personen

Week de spliterwten een nacht in ruim koud water. Giet ze daarna af en breng ze met twee liter water
aan de kook. Voeg de varkenspoot en het stuk spek toe en laat het geheel ongeveer een uur zachtjes
koken. Schep het schuim er regelmatig af. Snijd intussen de prei, de wortel, de ui en de knolselderij
in kleine stukjes. Doe de groenten bij de soep en laat alles nog een half uur koken, tot de erwten
helemaal uit elkaar zijn gevallen. Haal het vlees uit de pan, snijd het in stukjes en doe het terug.
Voeg op het laatst de rookworst toe en laat die een kwartier meewarmen. Breng de soep op smaak met
peper en zout. De soep is het lekkerst als hij een dag heeft gestaan: de lepel moet er in blijven staan.
Serveer met roggebrood en katenspek. Eet smakelijk!
`;

const ENGLISH_LETTER = `Dear Sir or Madam,

Thank you for your letter of 3 March regarding the maintenance of the bridge over the river. We have
looked into the matter carefully and can inform you that the works will start in the spring of next
year. The contractor has been selected and the budget of three million pounds has been approved by
the council. We expect the bridge to be closed for about six weeks, during which a ferry service will
be available for pedestrians and cyclists. We will keep you informed about the exact dates as soon as
they are known. Should you have any further questions, please do not hesitate to contact our office.

Yours faithfully,

The Director of Public Works
`;

const RTL_EMOJI = `Geachte voorzitter,

مرحبا بالعالم — dit is een brief met Arabisch ‏עברית‎ en emoji 🇳🇱🏛️📜👩🏽‍⚖️ door elkaar.
In 2025 wordt € 3,5 miljoen 💶 geïnvesteerd in de provincie Groningen 🐄. ‮Deze tekst staat omgekeerd‬.
Zalgo: D̷̢̛e̵͓͝ ̶͈̈́K̴̰̈a̷̤͊m̸͚̈́e̸̬͑r̷̙̈́ wordt voor de zomer van 2025 geïnformeerd.
Combining: e\u0301e\u0301n ge\u0308i\u0308nformeerd; zero width:\u200b\u200c\u200d\u2060 tussen\u200bwoorden.

Hoogachtend,

de minister 🙂
`;

/** The seed letter with many control characters sprinkled in (no NUL: that is binary by design). */
function withControls(text: string, rand: () => number): string {
  const controls = [
    '\x01',
    '\x07',
    '\x08',
    '\x0b',
    '\x0c',
    '\x1b',
    '\x7f',
    '\u0085',
    '\u2028',
    '\u2029',
    '\ufeff',
    '\ufffe',
    '\r',
  ];
  let out = '';
  for (const ch of text) {
    out += ch;
    if (rand() < 0.01) out += controls[Math.floor(rand() * controls.length)];
  }
  return out;
}

/** Hostile markup (HTML and the official publication XML): name, text, expectations. */
export function hostileMarkup(): Array<[string, string, Omit<CorpusEntry, 'name' | 'file'>]> {
  const out: Array<[string, string, Omit<CorpusEntry, 'name' | 'file'>]> = [];
  const lol = ['<!ENTITY lol0 "lollollollollollollollollollol">'];
  for (let i = 1; i <= 9; i++) lol.push(`<!ENTITY lol${i} "${`&lol${i - 1};`.repeat(10)}">`);
  const pub = (dtd: string, body: string) =>
    `<?xml version="1.0" encoding="UTF-8"?>\n<!DOCTYPE officiele-publicatie [\n${dtd}\n]>\n<officiele-publicatie><kamerstuk><stuk><al>Geachte voorzitter,</al><al>${body}</al><al>Het kabinet zal voor de zomer van 2025 de Kamer informeren.</al></stuk></kamerstuk></officiele-publicatie>\n`;
  out.push([
    'billion-laughs.xml',
    pub(lol.join('\n'), '&lol9;'),
    {
      kind: 'hostile-markup',
      exit: [0, 1],
      notInOutput: /(?:lol){20}/,
      maxOutputBytes: 1_000_000,
    },
  ]);
  out.push([
    'external-entity.xml',
    pub('<!ENTITY xxe SYSTEM "file:///etc/passwd">', 'Inhoud: &xxe; einde.'),
    {
      kind: 'hostile-markup',
      exit: [0, 1],
      notInOutput: /root:|\/bin\/(?:ba)?sh/,
    },
  ]);
  out.push([
    'external-entity-http.xml',
    pub('<!ENTITY net SYSTEM "http://127.0.0.1:9/x">', 'Inhoud: &net; einde.'),
    {
      kind: 'hostile-markup',
      exit: [0, 1],
    },
  ]);
  out.push([
    'nested-divs-100k.html',
    `<!DOCTYPE html><html lang="nl"><body>${'<div>'.repeat(100_000)}<p>Geachte voorzitter, het kabinet zal voor de zomer van 2025 de Kamer informeren.</p>${'</div>'.repeat(100_000)}</body></html>`,
    {
      kind: 'hostile-markup',
      exit: [0, 1],
    },
  ]);
  out.push([
    'unclosed-tags-50k.html',
    `<!DOCTYPE html><html lang="nl"><body>${'<p><b><i><span>Tekst '.repeat(50_000)}</body></html>`,
    {
      kind: 'hostile-markup',
      exit: [0, 1],
      // 50,000 one-word paragraphs: no running text, so no letter (or, on a slow machine, a timeout).
      message: /timed out|not a letter/,
    },
  ]);
  out.push([
    'script-and-style.html',
    `<!DOCTYPE html><html lang="nl"><head><style>${'p{color:red}'.repeat(10_000)}</style><script>var geheim = "GEHEIM-SCRIPT-TEKST"; ${'x=1;'.repeat(50_000)}</script></head><body><main><p>Geachte voorzitter,</p><p>Het kabinet zal voor de zomer van 2025 de Kamer informeren over de woningbouw.</p><script>document.write("GEHEIM-SCRIPT-TEKST")</script></main></body></html>`,
    {
      kind: 'hostile-markup',
      exit: 0,
      notInOutput: /GEHEIM-SCRIPT-TEKST|color:red/,
    },
  ]);
  out.push([
    'odd-entities.html',
    `<!DOCTYPE html><html lang="nl"><body><main><p>Geachte voorzitter, &#0; &#xD800; &#99999999; &#x110000; &bogus; &amp &lt;script&gt; ${'&'.repeat(200_000)} &#x1F600; einde.</p></main></body></html>`,
    {
      kind: 'hostile-markup',
      exit: [0, 1],
    },
  ]);
  return out;
}

export interface GenerateOptions {
  /** Truncation points per source PDF for the bulk set. */
  truncations?: number;
  /** Byte-flip mutants per source PDF for the bulk set. */
  mutants?: number;
}

/** Write the corpus and return its entries (CLI entries first, then the bulk ones). */
export async function generateCorpus(options: GenerateOptions = {}): Promise<CorpusEntry[]> {
  const truncations = options.truncations ?? 6;
  const mutants = options.mutants ?? 6;
  // No wiping: concurrent runs (several test processes in one tree) write identical bytes, each file
  // atomically (temporary name + rename), so a reader never sees a half-written input.
  mkdirSync(CORPUS_DIR, { recursive: true });
  const rand = prng(PRNG_SEED);
  const entries: CorpusEntry[] = [];
  const add = (name: string, data: Buffer | string, e: Omit<CorpusEntry, 'name' | 'file'>) => {
    const file = join(CORPUS_DIR, name);
    const tmp = `${file}.${process.pid}.tmp`;
    writeFileSync(tmp, data);
    renameSync(tmp, file);
    entries.push({ name, file, ...e });
  };
  const seedText = readFileSync(SEED, 'utf8');
  const seedPdf = readFileSync(SEED_PDF);

  // Empty and random.
  add('empty.txt', '', { kind: 'empty', exit: 1, message: /empty/ });
  add('empty.pdf', '', { kind: 'empty', exit: 1, message: /empty/ });
  add('whitespace-only.txt', ' \n\n\t \r\n   \n', {
    kind: 'empty',
    exit: [0, 1],
    message: /empty/,
    mustSay: true,
    bug: 'RB4',
  });
  add('random-4k.pdf', randomBytes(rand, 4096), { kind: 'random', exit: 1, message: /not a PDF/ });
  add('random-64k.txt', randomBytes(rand, 65536), { kind: 'random', exit: 1, message: /not a text file/ });
  add('random-with-pdf-header.pdf', Buffer.concat([Buffer.from('%PDF-1.4\n'), randomBytes(rand, 8192)]), {
    kind: 'corrupt',
    exit: 1,
    bulk: true,
    message: /corrupt PDF/,
  });
  add(
    'random-with-pdf-header-and-eof.pdf',
    Buffer.concat([Buffer.from('%PDF-1.4\n'), randomBytes(rand, 8192), Buffer.from('\n%%EOF\n')]),
    {
      kind: 'corrupt',
      exit: 1,
      message: /corrupt PDF|no text layer/,
    },
  );
  add('pdf-header-in-a-txt.txt', Buffer.concat([Buffer.from('%PDF-1.4\n'), randomBytes(rand, 2048)]), {
    kind: 'corrupt',
    exit: 1,
    bulk: true,
  });

  // Other formats named .pdf.
  add(
    'html-page.pdf',
    '<!DOCTYPE html>\n<html><head><title>Kamerbrief</title></head><body><p>Geachte voorzitter,</p></body></html>\n',
    {
      kind: 'not-pdf',
      exit: 1,
      message: /not a PDF.*HTML/,
    },
  );
  add(
    'word.pdf',
    Buffer.concat([
      Buffer.from('PK\x03\x04\x14\x00\x06\x00', 'latin1'),
      Buffer.from('[Content_Types].xml'),
      randomBytes(rand, 2000),
    ]),
    {
      kind: 'not-pdf',
      exit: 1,
      message: /not a PDF.*(ZIP|Word)/,
    },
  );
  add(
    'image.pdf',
    Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), randomBytes(rand, 1000)]),
    {
      kind: 'not-pdf',
      exit: 1,
      message: /not a PDF/,
      bulk: true,
    },
  );
  add('plain-text-named.pdf', seedText.slice(0, 4000), {
    kind: 'not-pdf',
    exit: 1,
    message: /not a PDF/,
    bulk: true,
  });

  // Truncated PDFs (a few through the CLI; many more in the bulk set).
  for (const frac of [0.02, 0.5, 0.98]) {
    const cut = Math.floor(seedPdf.length * frac);
    add(`seed-truncated-${Math.round(frac * 100)}pct.pdf`, seedPdf.subarray(0, cut), {
      kind: 'truncated',
      exit: 1,
      message: /corrupt PDF|truncated/,
      bulk: frac !== 0.5,
    });
  }
  // Truncated, with a forged %%EOF so the reader's cheap check passes and pdfjs must cope.
  for (const frac of [0.3, 0.7]) {
    const cut = Math.floor(seedPdf.length * frac);
    add(
      `seed-truncated-${Math.round(frac * 100)}pct-forged-eof.pdf`,
      Buffer.concat([seedPdf.subarray(0, cut), Buffer.from('\n%%EOF\n')]),
      {
        kind: 'truncated',
        exit: [0, 1],
        bulk: frac !== 0.7,
      },
    );
  }
  // Byte flips.
  for (let m = 0; m < 3; m++) {
    const copy = Buffer.from(seedPdf);
    const flips = [1, 16, 256][m];
    for (let k = 0; k < flips; k++) copy[Math.floor(rand() * copy.length)] ^= 1 + Math.floor(rand() * 255);
    add(`seed-mutated-${flips}-flips.pdf`, copy, { kind: 'mutated', exit: [0, 1], bulk: flips !== 16 });
  }

  // Encrypted (committed fixtures, made with qpdf by the PDF reader's author).
  const encrypted = join(ROOT, 'fixtures', 'pdf', 'encrypted-user-password.pdf');
  if (existsSync(encrypted)) {
    entries.push({
      name: 'encrypted-user-password.pdf',
      file: encrypted,
      kind: 'encrypted',
      exit: 1,
      message: /encrypted/,
    });
  }
  const ownerOnly = join(ROOT, 'fixtures', 'pdf', 'encrypted-owner-only.pdf');
  if (existsSync(ownerOnly)) {
    // Owner-password-only encryption: anyone can open it, so it must be read.
    entries.push({ name: 'encrypted-owner-only.pdf', file: ownerOnly, kind: 'encrypted', exit: 0 });
  }

  // A scan (no text layer) from the shared corpus, when present.
  const scan = sourcePdfs().find((f) => /scan/i.test(f));
  if (scan)
    entries.push({ name: 'scan.pdf', file: scan, kind: 'no-text-layer', exit: 1, message: /no text layer/ });

  // Thousands of empty pages.
  const many = await PDFDocument.create();
  for (let i = 0; i < 3000; i++) many.addPage([595, 842]);
  add('3000-empty-pages.pdf', Buffer.from(await many.save({ useObjectStreams: true })), {
    kind: 'huge',
    exit: 1,
    message: /no text layer|timed out/,
    bug: 'RB2',
  });

  // Hand-built hostile PDFs.
  const nested = Buffer.from(
    `BT /F1 12 Tf 72 700 Td ${'['.repeat(100_000)}(diep)${']'.repeat(100_000)} TJ ET`,
    'latin1',
  );
  add('deeply-nested-arrays.pdf', onePage(nested), { kind: 'hostile-pdf', exit: [0, 1] });
  // A content stream that inflates to 64 MB of spaces (a small "zip bomb").
  const bomb = deflateSync(Buffer.alloc(64 * 1024 * 1024, 0x20), { level: 9 });
  add('flate-bomb-64mb.pdf', onePage(bomb, '/Filter /FlateDecode'), {
    kind: 'hostile-pdf',
    exit: 1,
    message: /no text layer|corrupt/,
  });
  // A page tree that contains itself.
  add(
    'page-tree-loop.pdf',
    buildPdf([
      '<< /Type /Catalog /Pages 2 0 R >>',
      '<< /Type /Pages /Kids [2 0 R 3 0 R] /Count 2 >>',
      '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] >>',
    ]),
    { kind: 'hostile-pdf', exit: 1 },
  );
  // A page count that lies (claims a billion pages).
  add(
    'lying-page-count.pdf',
    buildPdf([
      '<< /Type /Catalog /Pages 2 0 R >>',
      '<< /Type /Pages /Kids [3 0 R] /Count 1000000000 >>',
      '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 5 0 R >> >> /Contents 4 0 R >>',
      stream(
        '',
        Buffer.from('BT /F1 12 Tf 72 700 Td (Geachte voorzitter, hierbij informeer ik uw Kamer.) Tj ET'),
      ),
      '<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>',
    ]),
    { kind: 'hostile-pdf', exit: [0, 1] },
  );

  // Encodings of the seed letter: all must decode to the same Dutch letter.
  for (const [name, bytes] of seedEncodings(seedText)) {
    add(name, bytes, {
      kind: 'encoding',
      exit: 0,
      bulk: !/utf16le-nobom|windows-1252/.test(name),
      ...(name.includes('1252') ? { bug: 'RB5' } : {}),
    });
  }

  // Size and shape.
  const words = seedText.replace(/\s+/g, ' ');
  let long = '';
  while (long.length < 10 * 1024 * 1024) long += words;
  // Size inputs may end in a clean 'timed out' error (exit 1) instead of a letter; either way within the limit.
  const size = { kind: 'size', exit: [0, 1] as [0, 1], message: /timed out/ };
  add('10mb-one-line.txt', long.slice(0, 10 * 1024 * 1024), { ...size, bug: 'RB2' });
  const shortLines: string[] = [];
  const seedWords = words.split(' ').filter(Boolean);
  for (let i = 0; i < 100_000; i++) shortLines.push(seedWords[i % seedWords.length]);
  add('100k-short-lines.txt', `${shortLines.join('\n')}\n`, size);
  add('date-phrases-100k.txt', 'voor de zomer van 2025 '.repeat(100_000), { ...size, bug: 'RB2' });
  add('amounts-100k.txt', '€ 1,5 miljoen en '.repeat(100_000), { ...size, bug: 'RB6' });
  add(
    'footnote-markers-10k.txt',
    `${'zie noot1 2 3 '.repeat(10_000)}\n\n${Array.from({ length: 2000 }, (_, i) => `${i + 1} Kamerstukken II 2023/24, 32 847, nr. ${i}`).join('\n')}\n`,
    size,
  );
  add('headings-50k.txt', Array.from({ length: 50_000 }, (_, i) => `${i + 1}. Kop\n\nTekst.\n`).join('\n'), {
    ...size,
    bug: 'RB1',
  });

  // Odd characters.
  add('control-characters.txt', withControls(seedText, rand), { kind: 'characters', exit: 0 });
  add('rtl-and-emoji.txt', RTL_EMOJI, { kind: 'characters', exit: 0 });
  add(
    'lone-surrogate-bytes.txt',
    Buffer.concat([
      Buffer.from(seedText.slice(0, 3000)),
      Buffer.from([0xed, 0xa0, 0x80, 0xc0, 0xaf, 0xff]),
      Buffer.from(seedText.slice(3000, 6000)),
    ]),
    {
      kind: 'characters',
      exit: 0,
      bulk: true,
    },
  );
  add(
    'nul-sprinkled.txt',
    seedText.replace(/ /g, (s, i: number) => (i % 97 === 0 ? '\0' : s)),
    { kind: 'characters', exit: [0, 1], bulk: true },
  );

  // Hostile markup (HTML and the official publication XML).
  for (const [name, text, e] of hostileMarkup()) add(name, text, e);

  // Readable, but not what we expect.
  add('dutch-not-a-letter.txt', DUTCH_NOT_A_LETTER, {
    kind: 'not-a-letter',
    exit: 0,
    warnings: ['not-a-letter'],
  });
  add('english-letter.txt', ENGLISH_LETTER, { kind: 'not-dutch', exit: 0, warnings: ['not-dutch'] });

  // The real corpus PDFs themselves (in the bulk run, which runs under the sandbox preload).
  for (const src of sourcePdfs()) {
    const name = src.split('/').pop() ?? src;
    const scan = /scan/i.test(src);
    entries.push({
      name: `corpus-${name}`,
      file: src,
      kind: 'corpus',
      exit: scan ? 1 : 0,
      bulk: true,
      ...(scan ? { message: /no text layer/ } : {}),
    });
  }

  // Bulk: many truncations (plain and with a forged %%EOF) and byte-flip mutants of every source PDF.
  for (const src of sourcePdfs()) {
    if (/scan/i.test(src)) continue; // large and image-only: tells nothing new
    const bytes = readFileSync(src);
    const base =
      src
        .split('/')
        .pop()
        ?.replace(/\.pdf$/, '') ?? 'pdf';
    for (let t = 0; t < truncations; t++) {
      const cut = Math.floor(rand() * bytes.length);
      const forged = t % 2 === 1;
      const data = forged
        ? Buffer.concat([bytes.subarray(0, cut), Buffer.from('\n%%EOF\n')])
        : bytes.subarray(0, cut);
      add(`bulk-${base}-cut${cut}${forged ? '-eof' : ''}.pdf`, data, {
        kind: 'truncated',
        exit: forged ? [0, 1] : 1,
        bulk: true,
      });
    }
    for (let m = 0; m < mutants; m++) {
      const [how, data] = mutate(bytes, m % 4, rand);
      add(`bulk-${base}-mut${m}-${how}.pdf`, data, { kind: 'mutated', exit: [0, 1], bulk: true });
    }
  }
  return entries;
}
