/** Builds small ZIP archives in memory for the DOCX/ODT reader tests (deflate through node:zlib). */
import { deflateRawSync } from 'node:zlib';

export interface ZipEntry {
  name: string;
  data: string | Uint8Array;
  /** Store without compression. */
  stored?: boolean;
  /** Write this uncompressed size into the headers instead of the real one (a lying archive). */
  declaredSize?: number;
}

function crc32(bytes: Uint8Array): number {
  let c = ~0;
  for (const b of bytes) {
    c ^= b;
    for (let k = 0; k < 8; k++) c = c & 1 ? (c >>> 1) ^ 0xedb88320 : c >>> 1;
  }
  return ~c >>> 0;
}

export function buildZip(entries: ZipEntry[]): Uint8Array {
  const locals: Buffer[] = [];
  const centrals: Buffer[] = [];
  let offset = 0;
  for (const e of entries) {
    const raw = typeof e.data === 'string' ? Buffer.from(e.data, 'utf8') : Buffer.from(e.data);
    const packed = e.stored ? raw : deflateRawSync(raw);
    const name = Buffer.from(e.name, 'utf8');
    const size = e.declaredSize ?? raw.length;
    const crc = crc32(raw);
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(20, 4);
    local.writeUInt16LE(0x0800, 6);
    local.writeUInt16LE(e.stored ? 0 : 8, 8);
    local.writeUInt32LE(crc, 14);
    local.writeUInt32LE(packed.length, 18);
    local.writeUInt32LE(size, 22);
    local.writeUInt16LE(name.length, 26);
    const central = Buffer.alloc(46);
    central.writeUInt32LE(0x02014b50, 0);
    central.writeUInt16LE(20, 4);
    central.writeUInt16LE(20, 6);
    central.writeUInt16LE(0x0800, 8);
    central.writeUInt16LE(e.stored ? 0 : 8, 10);
    central.writeUInt32LE(crc, 16);
    central.writeUInt32LE(packed.length, 20);
    central.writeUInt32LE(size, 24);
    central.writeUInt16LE(name.length, 28);
    central.writeUInt32LE(offset, 42);
    locals.push(local, name, packed);
    centrals.push(central, name);
    offset += local.length + name.length + packed.length;
  }
  const dir = Buffer.concat(centrals);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(entries.length, 8);
  end.writeUInt16LE(entries.length, 10);
  end.writeUInt32LE(dir.length, 12);
  end.writeUInt32LE(offset, 16);
  return new Uint8Array(Buffer.concat([...locals, dir, end]));
}

const W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"';
const NS = `${W} xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships" xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006" xmlns:wp="http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing"`;
const REL = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';

export interface DocxParts {
  /** The inside of <w:body>. */
  body: string;
  /** <w:style> elements. */
  styles?: string;
  /** <w:footnote> elements (ids from 1). */
  footnotes?: string;
  /** Header parts: the inside of <w:hdr>, each. */
  headers?: string[];
  /** <w:abstractNum> and <w:num> elements of word/numbering.xml. */
  numbering?: string;
  /** docProps/custom.xml properties. */
  custom?: Record<string, string>;
  /** Page width and right margin, twips (A4 and the house style's wide right margin by default). */
  page?: { width: number; right: number };
}

/** A minimal Word document with the given parts. */
export function buildDocx(parts: DocxParts): Uint8Array {
  const headers = parts.headers ?? [];
  const page = parts.page ?? { width: 11906, right: 2818 };
  const sect = `<w:sectPr>${headers.map((_, i) => `<w:headerReference w:type="${i === 0 ? 'default' : 'first'}" r:id="rIdH${i}"/>`).join('')}<w:pgSz w:w="${page.width}" w:h="16838"/><w:pgMar w:top="1440" w:right="${page.right}" w:bottom="1440" w:left="1588"/></w:sectPr>`;
  const rels = [
    `<Relationship Id="rIdS" Type="${REL}/styles" Target="styles.xml"/>`,
    `<Relationship Id="rIdF" Type="${REL}/footnotes" Target="footnotes.xml"/>`,
    `<Relationship Id="rIdN" Type="${REL}/numbering" Target="numbering.xml"/>`,
    ...headers.map((_, i) => `<Relationship Id="rIdH${i}" Type="${REL}/header" Target="header${i}.xml"/>`),
  ];
  const entries: ZipEntry[] = [
    {
      name: '[Content_Types].xml',
      data: '<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"/>',
    },
    {
      name: '_rels/.rels',
      data: `<?xml version="1.0"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="${REL}/officeDocument" Target="word/document.xml"/></Relationships>`,
    },
    {
      name: 'word/document.xml',
      data: `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:document ${NS}><w:body>${parts.body}${sect}</w:body></w:document>`,
    },
    {
      name: 'word/_rels/document.xml.rels',
      data: `<?xml version="1.0"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">${rels.join('')}</Relationships>`,
    },
    {
      name: 'word/styles.xml',
      data: `<?xml version="1.0"?><w:styles ${W}><w:style w:type="paragraph" w:default="1" w:styleId="Standaard"><w:name w:val="Normal"/></w:style><w:style w:type="paragraph" w:styleId="Kop1"><w:name w:val="heading 1"/><w:basedOn w:val="Standaard"/><w:pPr><w:outlineLvl w:val="0"/></w:pPr><w:rPr><w:b/></w:rPr></w:style><w:style w:type="paragraph" w:styleId="Kop2"><w:name w:val="heading 2"/><w:basedOn w:val="Standaard"/></w:style><w:style w:type="paragraph" w:styleId="Titel"><w:name w:val="Title"/></w:style>${parts.styles ?? ''}</w:styles>`,
    },
    {
      name: 'word/footnotes.xml',
      data: `<?xml version="1.0"?><w:footnotes ${NS}><w:footnote w:type="separator" w:id="-1"><w:p><w:r><w:separator/></w:r></w:p></w:footnote>${parts.footnotes ?? ''}</w:footnotes>`,
    },
    {
      name: 'word/numbering.xml',
      data: `<?xml version="1.0"?><w:numbering ${W}>${parts.numbering ?? ''}</w:numbering>`,
    },
    ...headers.map((h, i) => ({
      name: `word/header${i}.xml`,
      data: `<?xml version="1.0"?><w:hdr ${NS}>${h}</w:hdr>`,
    })),
  ];
  if (parts.custom) {
    const props = Object.entries(parts.custom)
      .map(
        ([k, v], i) =>
          `<property fmtid="{D5CDD505-2E9C-101B-9397-08002B2CF9AE}" pid="${i + 2}" name="${k}"><vt:lpwstr>${v}</vt:lpwstr></property>`,
      )
      .join('');
    entries.push({
      name: 'docProps/custom.xml',
      data: `<?xml version="1.0"?><Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/custom-properties" xmlns:vt="http://schemas.openxmlformats.org/officeDocument/2006/docPropsVTypes">${props}</Properties>`,
    });
  }
  return buildZip(entries);
}

/** A paragraph: `p('text')`, `p('text', { style: 'Kop1' })`, runs given as XML with `xml`. */
export function p(text: string, o: { style?: string; bold?: boolean; xml?: string } = {}): string {
  const pPr = o.style ? `<w:pPr><w:pStyle w:val="${o.style}"/></w:pPr>` : '';
  const run = text
    ? `<w:r>${o.bold ? '<w:rPr><w:b/></w:rPr>' : ''}<w:t xml:space="preserve">${text}</w:t></w:r>`
    : '';
  return `<w:p>${pPr}${run}${o.xml ?? ''}</w:p>`;
}
