/**
 * A small ZIP reader for office documents (DOCX, ODT): the central directory is read by hand and
 * each entry is inflated with node:zlib only when asked for. No name from the archive is ever used
 * as a path: entries are looked up by name in a map, and nothing is written anywhere.
 *
 * Caps, so that a hostile archive cannot take time or memory: at most MAX_ENTRIES entries, at most
 * MAX_ENTRY_BYTES uncompressed per entry and MAX_TOTAL_BYTES over all entries read, and a
 * compression ratio of at most MAX_RATIO for any entry larger than RATIO_FLOOR (a zip bomb packs
 * gigabytes into kilobytes; real documents compress XML about 5-20 times). The inflater is also
 * bounded by the declared size, so a header that lies about its size cannot make it write more.
 * Encrypted entries, ZIP64 archives and methods other than stored and deflate are refused.
 *
 * Why not a library: node:zlib inflates in native code, faster than the libraries tried, and adds no
 * dependency (measured: docs/performance.md).
 */
import { inflateRawSync } from 'node:zlib';
import { InputError } from '../model/errors.js';

export const MAX_ENTRIES = 5_000;
export const MAX_ENTRY_BYTES = 64 * 1024 * 1024;
export const MAX_TOTAL_BYTES = 256 * 1024 * 1024;
export const MAX_RATIO = 200;
const RATIO_FLOOR = 1024 * 1024;

const EOCD = 0x06054b50;
const CENTRAL = 0x02014b50;
const LOCAL = 0x04034b50;

interface Entry {
  method: number;
  flags: number;
  compressed: number;
  size: number;
  offset: number;
}

export interface ZipArchive {
  /** Entry names, in directory order. */
  names(): string[];
  has(name: string): boolean;
  /** The entry's bytes (null when absent). Throws InputError on a capped or broken entry. */
  bytes(name: string): Uint8Array | null;
  /** The entry as UTF-8 text (null when absent). */
  text(name: string): string | null;
}

/** The archive starts with a local file header ("PK\x03\x04"). */
export function isZip(bytes: Uint8Array): boolean {
  return (
    bytes.length >= 4 && bytes[0] === 0x50 && bytes[1] === 0x4b && bytes[2] === 0x03 && bytes[3] === 0x04
  );
}

export function openZip(data: Uint8Array, path: string): ZipArchive {
  const fail = (why: string): never => {
    throw new InputError(`${path}: cannot read the archive (${why})`, 'corrupt-archive', path);
  };
  const view = new DataView(data.buffer, data.byteOffset, data.byteLength);
  const u16 = (at: number) => view.getUint16(at, true);
  const u32 = (at: number) => view.getUint32(at, true);
  // The end-of-central-directory record: 22 bytes plus a comment of up to 65,535 bytes, at the end.
  let eocd = -1;
  for (let i = data.length - 22; i >= Math.max(0, data.length - 22 - 65_535); i--) {
    if (u32(i) === EOCD) {
      eocd = i;
      break;
    }
  }
  if (eocd < 0) fail('no central directory');
  const count = u16(eocd + 10);
  const dirSize = u32(eocd + 12);
  const dirOffset = u32(eocd + 16);
  if (count === 0xffff || dirOffset === 0xffffffff) fail('ZIP64 archives are not read');
  if (count > MAX_ENTRIES)
    throw new InputError(`${path}: archive has more than ${MAX_ENTRIES} entries`, 'archive-too-large', path);
  if (dirOffset + dirSize > data.length) fail('central directory outside the file');
  const entries = new Map<string, Entry>();
  const utf8 = new TextDecoder('utf-8');
  let at = dirOffset;
  for (let n = 0; n < count; n++) {
    if (at + 46 > data.length || u32(at) !== CENTRAL) fail('broken central directory');
    const nameLength = u16(at + 28);
    const name = utf8.decode(data.subarray(at + 46, at + 46 + nameLength));
    const entry: Entry = {
      flags: u16(at + 8),
      method: u16(at + 10),
      compressed: u32(at + 20),
      size: u32(at + 24),
      offset: u32(at + 42),
    };
    if (!entries.has(name)) entries.set(name, entry);
    at += 46 + nameLength + u16(at + 30) + u16(at + 32);
  }
  let total = 0;
  const bytes = (name: string): Uint8Array | null => {
    const e = entries.get(name);
    if (!e) return null;
    if (e.flags & 1) throw new InputError(`${path}: the document is encrypted`, 'encrypted', path);
    if (e.size > MAX_ENTRY_BYTES || total + e.size > MAX_TOTAL_BYTES)
      throw new InputError(`${path}: archive entry larger than the limit`, 'archive-too-large', path);
    if (e.size > RATIO_FLOOR && e.size > e.compressed * MAX_RATIO)
      throw new InputError(`${path}: archive entry compressed beyond belief (a zip bomb?)`, 'zip-bomb', path);
    if (e.offset + 30 > data.length || u32(e.offset) !== LOCAL) fail('broken local header');
    const start = e.offset + 30 + u16(e.offset + 26) + u16(e.offset + 28);
    if (start + e.compressed > data.length) fail('entry outside the file');
    const raw = data.subarray(start, start + e.compressed);
    let out: Uint8Array;
    if (e.method === 0) out = raw;
    else if (e.method === 8) {
      try {
        // One byte over the declared size: an entry that inflates to more is caught below.
        out = inflateRawSync(raw, { maxOutputLength: e.size + 1 });
      } catch {
        return fail(`entry ${JSON.stringify(name.slice(0, 80))} does not inflate`);
      }
    } else return fail(`compression method ${e.method} is not read`);
    if (out.length !== e.size) fail('entry size differs from the directory');
    total += out.length;
    return out;
  };
  return {
    names: () => [...entries.keys()],
    has: (name) => entries.has(name),
    bytes,
    text: (name) => {
      const b = bytes(name);
      if (!b) return null;
      const s = utf8.decode(b);
      return s.charCodeAt(0) === 0xfeff ? s.slice(1) : s;
    },
  };
}
