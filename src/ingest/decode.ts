/**
 * Bytes → text, for inputs that are not PDFs. Detects UTF-8 (with or without BOM),
 * UTF-16 (BOM, or NUL-interleaved ASCII without one) and falls back to Windows-1252,
 * which is what Dutch Latin-1 text usually is. Binary data is refused.
 */
import { isUtf8, transcode } from 'node:buffer';
import { InputError } from '../model/errors.js';

/** Magic numbers of formats that are certainly not text. */
const BINARY_SIGNATURES: Array<[string, number[]]> = [
  ['a PDF', [0x25, 0x50, 0x44, 0x46]],
  ['a ZIP archive (e.g. a Word .docx file)', [0x50, 0x4b, 0x03, 0x04]],
  ['an old Word/Office file', [0xd0, 0xcf, 0x11, 0xe0]],
  ['a PNG image', [0x89, 0x50, 0x4e, 0x47]],
  ['a JPEG image', [0xff, 0xd8, 0xff]],
  ['a GIF image', [0x47, 0x49, 0x46, 0x38]],
  ['a gzip file', [0x1f, 0x8b]],
];

export function sniffBinary(bytes: Uint8Array): string | null {
  for (const [name, sig] of BINARY_SIGNATURES) {
    if (bytes.length >= sig.length && sig.every((b, i) => bytes[i] === b)) return name;
  }
  return null;
}

export function decodeText(bytes: Uint8Array, path: string): string {
  if (bytes.length >= 2 && bytes[0] === 0xff && bytes[1] === 0xfe) {
    return new TextDecoder('utf-16le').decode(bytes.subarray(2));
  }
  if (bytes.length >= 2 && bytes[0] === 0xfe && bytes[1] === 0xff) {
    return new TextDecoder('utf-16be').decode(bytes.subarray(2));
  }
  const sample = bytes.subarray(0, Math.min(bytes.length, 65536));
  // Text rarely has a NUL or control byte at all: one native search, and counting only when it does.
  const { nulEven, nulOdd, control } = CONTROL_BYTE.test(latin1(sample)) ? countBytes(sample) : NO_BYTES;
  const half = sample.length / 2;
  if (half > 8 && nulOdd > half * 0.3 && nulEven < half * 0.05) {
    return new TextDecoder('utf-16le').decode(bytes);
  }
  if (half > 8 && nulEven > half * 0.3 && nulOdd < half * 0.05) {
    return new TextDecoder('utf-16be').decode(bytes);
  }
  const kind = sniffBinary(bytes);
  if (kind) throw new InputError(`${path}: not a text file (it is ${kind})`, 'not-text', path);
  if (nulEven + nulOdd > 0 || control > sample.length * 0.05) {
    throw new InputError(`${path}: not a text file (binary data)`, 'not-text', path);
  }
  const text = decodeUtf8(bytes);
  if (text === null) return decodeWindows1252(bytes);
  return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
}

/** The bytes countBytes counts: NUL, and control characters other than white space and ESC. */
// biome-ignore lint/suspicious/noControlCharactersInRegex: finding control bytes is the point
const CONTROL_BYTE = /[\x00-\x08\x0e-\x1a\x1c-\x1f]/;
const NO_BYTES = { nulEven: 0, nulOdd: 0, control: 0 };
const latin1 = (bytes: Uint8Array) =>
  Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('latin1');

/** Up to this size UTF-8 is decoded through transcode (several times faster than TextDecoder). */
const TRANSCODE_MAX = 256 * 1024;
const UTF8_BOM = [0xef, 0xbb, 0xbf];

/**
 * UTF-8 → string, the leading BOM dropped as TextDecoder drops it; null when the bytes are no
 * valid UTF-8. Valid UTF-8 transcodes to UTF-16 exactly, so both ways give the same string.
 */
function decodeUtf8(bytes: Uint8Array): string | null {
  if (bytes.length <= TRANSCODE_MAX && typeof transcode === 'function') {
    if (!isUtf8(bytes)) return null;
    const bom = bytes.length >= 3 && UTF8_BOM.every((b, i) => bytes[i] === b);
    const body = bom ? bytes.subarray(3) : bytes;
    return body.length === 0 ? '' : transcode(body, 'utf8', 'utf16le').toString('utf16le');
  }
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return null;
  }
}

/**
 * NUL bytes at even and odd offsets, and control characters other than white space and ESC.
 * A function of its own: as a loop inside decodeText it was optimised on the stack and thrown away
 * again on every call (V8 deoptimised the code after the loop, which had no type feedback yet).
 */
function countBytes(sample: Uint8Array): { nulEven: number; nulOdd: number; control: number } {
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
  return { nulEven, nulOdd, control };
}

/**
 * 0x80–0x9F of Windows-1252 (the WHATWG index); the rest is Latin-1. Decoded by hand because
 * Node 20's TextDecoder('windows-1252') takes its Latin-1 fast path and loses € ’ “ ” • – —.
 */
const CP1252_HIGH = [
  0x20ac, 0x81, 0x201a, 0x192, 0x201e, 0x2026, 0x2020, 0x2021, 0x2c6, 0x2030, 0x160, 0x2039, 0x152, 0x8d,
  0x17d, 0x8f, 0x90, 0x2018, 0x2019, 0x201c, 0x201d, 0x2022, 0x2013, 0x2014, 0x2dc, 0x2122, 0x161, 0x203a,
  0x153, 0x9d, 0x17e, 0x178,
];

export function decodeWindows1252(bytes: Uint8Array): string {
  const parts: string[] = [];
  const CHUNK = 8192;
  for (let i = 0; i < bytes.length; i += CHUNK) {
    const end = Math.min(bytes.length, i + CHUNK);
    const codes = new Array<number>(end - i);
    for (let j = i; j < end; j++) {
      const b = bytes[j];
      codes[j - i] = b >= 0x80 && b <= 0x9f ? CP1252_HIGH[b - 0x80] : b;
    }
    parts.push(String.fromCharCode(...codes));
  }
  return parts.join('');
}
