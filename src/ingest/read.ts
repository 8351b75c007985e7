/** Reading an input's bytes: a file, or standard input for "-". Light: no parsing modules. */
import { readFile, stat } from 'node:fs/promises';
import { InputError } from '../model/errors.js';

/** Inputs larger than this are refused rather than risk time and memory. */
export const MAX_INPUT_BYTES = 200 * 1024 * 1024;

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
  let info: Awaited<ReturnType<typeof stat>>;
  try {
    info = await stat(path);
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
    return await readFile(path);
  } catch (e) {
    throw new InputError(
      `${path}: cannot read (${(e as NodeJS.ErrnoException).code ?? 'error'})`,
      'unreadable',
      path,
    );
  }
}
