/**
 * Bytes → text, for inputs that are not PDFs. Detects UTF-8 (with or without BOM),
 * UTF-16 (BOM, or NUL-interleaved ASCII without one) and falls back to Windows-1252,
 * which is what Dutch Latin-1 text usually is. Binary data is refused.
 */
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
  let nulEven = 0;
  let nulOdd = 0;
  let control = 0;
  for (let i = 0; i < sample.length; i++) {
    const b = sample[i];
    if (b === 0) {
      if (i % 2 === 0) nulEven++;
      else nulOdd++;
    } else if (b < 9 || (b > 13 && b < 32 && b !== 27)) control++;
  }
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
  try {
    const text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
    return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  } catch {
    return new TextDecoder('windows-1252').decode(bytes);
  }
}
