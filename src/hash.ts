/** sha256 of an input, as `source.sha256` and the batch index record it (hex). */
import { createHash } from 'node:crypto';
import { createReadStream } from 'node:fs';

export function sha256(bytes: Uint8Array): string {
  return createHash('sha256').update(bytes).digest('hex');
}

/** The same of a file's bytes, streamed so that big PDFs are never held in memory twice. */
export function sha256File(path: string): Promise<string> {
  return new Promise((resolve, reject) => {
    const hash = createHash('sha256');
    const stream = createReadStream(path);
    stream.on('error', reject);
    stream.on('data', (chunk) => hash.update(chunk));
    stream.on('end', () => resolve(hash.digest('hex')));
  });
}
