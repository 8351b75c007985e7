/** Reading an input's bytes: a file, or standard input for "-". Light: no parsing modules. */
import { readFileSync, type Stats, statSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { InputError } from '../model/errors.js';

/** Inputs larger than this are refused rather than risk time and memory. */
export const MAX_INPUT_BYTES = 200 * 1024 * 1024;
/**
 * A regular file up to this size is read synchronously: a letter is read in well under a
 * millisecond, where the promise API's round trips through the thread pool cost several times
 * the CPU of the read itself. Larger files, and FIFOs or devices, are read without blocking.
 */
const SYNC_READ_MAX = 4 * 1024 * 1024;

export async function readInput(path: string): Promise<Uint8Array> {
  if (path === '-') {
    const chunks: Buffer[] = [];
    let size = 0;
    for await (const chunk of process.stdin) {
      size += chunk.length;
      if (size > MAX_INPUT_BYTES)
        throw new InputError('<stdin>: input larger than 200 MB', 'too-large', path);
      chunks.push(chunk as Buffer);
    }
    return Buffer.concat(chunks);
  }
  let info: Stats;
  try {
    // Synchronous: a stat is a single quick system call.
    info = statSync(path);
  } catch {
    throw new InputError(`${path}: no such file`, 'not-found', path);
  }
  if (info.isDirectory())
    throw new InputError(
      `${path}: is a directory (use 'kamerbrief batch' for folders)`,
      'is-directory',
      path,
    );
  if (info.size > MAX_INPUT_BYTES)
    throw new InputError(`${path}: file larger than 200 MB`, 'too-large', path);
  try {
    return info.isFile() && info.size <= SYNC_READ_MAX ? readFileSync(path) : await readFile(path);
  } catch (e) {
    throw new InputError(
      `${path}: cannot read (${(e as NodeJS.ErrnoException).code ?? 'error'})`,
      'unreadable',
      path,
    );
  }
}
