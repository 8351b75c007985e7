/**
 * The readers, in one list that `extract`, `batch`, `check` and the library all use. A reader has a
 * format name, the file name endings that batch and check look for in folders, a sniff on the bytes
 * (the content decides, never the name) and a read into the page model. A reader's module is loaded
 * only when a file of its format comes (pdfjs is large), so this file stays light: the CLI's main
 * thread imports it to sniff.
 *
 * A new format is one file (its reader) plus one entry here.
 */
import { InputError } from '../model/errors.js';
import type { SourceFormat } from '../model/letter.js';
import type { RawDocument } from '../model/page.js';
import { decodeText, sniffBinary } from './decode.js';
import { head, isPdf } from './sniff.js';
import { isZip, openZip } from './zip.js';

export interface Reader {
  format: SourceFormat;
  /** File name endings (lower case, with the dot) that folders are searched for. */
  extensions: readonly string[];
  /** True when the bytes are in this format. Cheap: magic numbers and a look at the start. */
  sniff(bytes: Uint8Array): boolean;
  /** Bytes → pages of lines. Throws InputError for input it cannot read. */
  read(bytes: Uint8Array, path: string): Promise<RawDocument>;
}

export { isPdf };

/** What an archive holds, by its directory: a Word document, an OpenDocument text, or something else. */
export function zipKind(bytes: Uint8Array): 'docx' | 'odt' | 'zip' | null {
  if (!isZip(bytes)) return null;
  try {
    const zip = openZip(bytes, '');
    if (zip.has('word/document.xml')) return 'docx';
    if (zip.has('content.xml')) {
      const mime = zip.text('mimetype') ?? '';
      if (mime === '' || mime.startsWith('application/vnd.oasis.opendocument.text')) return 'odt';
    }
    // A Word document whose main part lies elsewhere (named in _rels/.rels).
    const rels = zip.text('_rels/.rels') ?? '';
    if (
      /officeDocument"[^>]*Target="\/?word\//.test(rels) ||
      /Target="\/?word\/[^"]*"[^>]*officeDocument/.test(rels)
    )
      return 'docx';
  } catch {
    // An archive whose directory cannot be read: the reader, if any, says why.
  }
  return 'zip';
}

/** Text formats: decoded (UTF-8, UTF-16, Windows-1252), then markup if it is markup, else plain text. */
async function readTextual(bytes: Uint8Array, path: string): Promise<RawDocument> {
  const text = decodeText(bytes, path);
  if (text.trim() === '') throw new InputError(`${path}: empty file (only white space)`, 'empty', path);
  const { describeRecord, hasRunningText, readMarkup } = await import('./markup.js');
  const markup = readMarkup(text);
  if (markup) {
    // A search result record or a metadata file is no letter: refused, so that check fails it.
    if (!hasRunningText(markup)) {
      const what = describeRecord(text, markup);
      throw new InputError(`${path}: not a letter (${what} without running text)`, 'not-a-letter', path);
    }
    return markup;
  }
  const { readText } = await import('./text.js');
  return readText(text);
}

const MARKUP_HEAD = /^(?:\ufeff|\xef\xbb\xbf)?\s*(?:<\?xml[^>]*>\s*)?(?:<!--[\s\S]*?-->\s*)*</;
const HTML_HEAD = /<(?:!doctype\s+html|html[\s>])/i;

export const READERS: readonly Reader[] = [
  {
    format: 'pdf',
    extensions: ['.pdf'],
    sniff: isPdf,
    read: async (bytes, path) => (await import('./pdf.js')).readPdf(bytes, path),
  },
  {
    format: 'docx',
    extensions: ['.docx'],
    sniff: (bytes) => zipKind(bytes) === 'docx',
    read: async (bytes, path) => (await import('./docx.js')).readDocx(bytes, path),
  },
  {
    format: 'odt',
    extensions: ['.odt'],
    sniff: (bytes) => zipKind(bytes) === 'odt',
    read: async (bytes, path) => (await import('./odt.js')).readOdt(bytes, path),
  },
  {
    format: 'html',
    extensions: ['.html', '.htm'],
    sniff: (bytes) => {
      const start = head(bytes);
      return MARKUP_HEAD.test(start) && HTML_HEAD.test(start);
    },
    read: readTextual,
  },
  {
    format: 'xml',
    extensions: ['.xml'],
    sniff: (bytes) => MARKUP_HEAD.test(head(bytes, 512)),
    read: readTextual,
  },
  {
    format: 'text',
    extensions: ['.txt'],
    sniff: () => true,
    read: readTextual,
  },
];

/** Binary files no reader reads, with the one line that says what to do. */
const REFUSED: Array<{
  sniff: (bytes: Uint8Array) => boolean;
  message: (path: string) => string;
  code: string;
}> = [
  {
    // OLE2 compound files: Word 97-2003 (.doc), and Excel and PowerPoint of those years.
    sniff: (b) => b.length >= 8 && b[0] === 0xd0 && b[1] === 0xcf && b[2] === 0x11 && b[3] === 0xe0,
    message: (path) =>
      /\.(?:xls|ppt|msg)$/i.test(path)
        ? `${path}: a binary Office 97-2003 file: save it as .docx or PDF first`
        : `${path}: a Word 97-2003 file: save it as .docx or PDF first`,
    code: 'legacy-office',
  },
  {
    sniff: (b) => head(b, 6) === '{\\rtf1',
    message: (path) => `${path}: a Rich Text (RTF) file: save it as .docx or PDF first`,
    code: 'not-supported',
  },
  {
    sniff: (b) => zipKind(b) === 'zip',
    message: (path) =>
      `${path}: a ZIP archive that is no Word (.docx) or OpenDocument (.odt) document: unpack it first`,
    code: 'not-supported',
  },
];

/** The reader for these bytes (by content); throws InputError for formats that are refused. */
export function chooseReader(bytes: Uint8Array, path: string): Reader {
  if (bytes.length === 0) throw new InputError(`${path}: empty file`, 'empty', path);
  let chosen: Reader | null = null;
  for (const reader of READERS) {
    if (reader.format === 'text') break;
    if (reader.sniff(bytes)) {
      chosen = reader;
      break;
    }
  }
  checkName(chosen?.format ?? null, bytes, path);
  if (chosen) return chosen;
  for (const r of REFUSED) if (r.sniff(bytes)) throw new InputError(r.message(path), r.code, path);
  return READERS[READERS.length - 1];
}

const NAMED: Partial<Record<SourceFormat, string>> = {
  pdf: 'a PDF',
  docx: 'a Word document',
  odt: 'an OpenDocument text',
};

/** A file named as a binary format (.pdf, .docx, .odt) that its content is not: say what it is. */
function checkName(format: SourceFormat | null, bytes: Uint8Array, path: string): void {
  const named = formatByName(path);
  if (named === null || named === format || !NAMED[named]) return;
  const kind =
    (format && NAMED[format]) ??
    sniffBinary(bytes) ??
    (HTML_HEAD.test(head(bytes, 512)) ? 'an HTML page' : null);
  throw new InputError(`${path}: not ${NAMED[named]}${kind ? ` (it is ${kind})` : ''}`, `not-${named}`, path);
}

/** The format a file name promises (its ending), or null for names no reader claims. */
export function formatByName(path: string): SourceFormat | null {
  const dot = path.lastIndexOf('.');
  if (dot < 0 || dot < path.lastIndexOf('/')) return null;
  const ext = path.slice(dot).toLowerCase();
  for (const reader of READERS) if (reader.extensions.includes(ext)) return reader.format;
  return null;
}

/** Glob patterns for every file name ending a reader claims (for folders). */
export const LETTER_PATTERNS: readonly string[] = READERS.flatMap((r) => r.extensions.map((e) => `**/*${e}`));

/** Read bytes into pages of lines with the reader their content asks for. */
export async function readDocument(bytes: Uint8Array, path: string): Promise<RawDocument> {
  return chooseReader(bytes, path).read(bytes, path);
}
