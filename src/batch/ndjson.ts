/**
 * DIR/letters.ndjson for `--format ndjson`: one letter per line, appended by the main process with
 * one write() per complete line. A killed run can leave at most a half line at the end; it is cut
 * off before anything is appended, and only lines that the index/journal vouches for (same input
 * path and sha256, same tool version) are trusted. Stale or duplicate lines are removed by
 * `rewriteNdjson` (streamed into a temp file, then renamed over the original).
 */
import {
  closeSync,
  createReadStream,
  createWriteStream,
  existsSync,
  openSync,
  renameSync,
  rmSync,
} from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { TEMP_SUFFIX } from './atomic.js';
import { writeAll } from './state.js';

export interface LineKey {
  path: string;
  sha256: string;
}

function keyOf(line: string): LineKey | null {
  try {
    const v = JSON.parse(line) as { source?: { path?: unknown; sha256?: unknown } };
    if (typeof v?.source?.path === 'string' && typeof v.source.sha256 === 'string') {
      return { path: v.source.path, sha256: v.source.sha256 };
    }
  } catch {
    // not a letter
  }
  return null;
}

/** Streams the complete lines of a file; returns whether a last line lacked its newline. */
async function forEachLine(
  path: string,
  fn: (line: string, n: number) => void | Promise<void>,
): Promise<boolean> {
  let rest = '';
  let n = 0;
  for await (const chunk of createReadStream(path, { encoding: 'utf8', highWaterMark: 1 << 20 })) {
    const text = rest + (chunk as string);
    let start = 0;
    for (let nl = text.indexOf('\n'); nl !== -1; nl = text.indexOf('\n', start)) {
      await fn(text.slice(start, nl), n);
      n += 1;
      start = nl + 1;
    }
    rest = text.slice(start);
  }
  return rest.length > 0;
}

/**
 * Keeps the lines `keep` accepts (called once per complete line, in order) and drops everything
 * else, including a half-written last line. Returns the keys kept. Rewrites only when needed.
 */
export async function rewriteNdjson(path: string, keep: (key: LineKey) => boolean): Promise<LineKey[]> {
  if (!existsSync(path)) return [];
  const kept: LineKey[] = [];
  const keepLine: boolean[] = [];
  let dropped = 0;
  const partial = await forEachLine(path, (line, n) => {
    const key = keyOf(line);
    const yes = key !== null && keep(key);
    keepLine[n] = yes;
    if (yes) kept.push(key as LineKey);
    else dropped += 1;
  });
  if (dropped === 0 && !partial) return kept;
  const tmp = join(dirname(path), `.${basename(path)}.${process.pid}-0${TEMP_SUFFIX}`);
  const out = createWriteStream(tmp);
  // A write error (a full disk) must end the rewrite, not leave it waiting for 'drain' forever.
  let failed: Error | null = null;
  const failure = new Promise<never>((_, reject) =>
    out.once('error', (err) => {
      failed = err;
      reject(err);
    }),
  );
  failure.catch(() => {});
  try {
    await forEachLine(path, async (line, n) => {
      if (failed) throw failed;
      if (keepLine[n] && !out.write(`${line}\n`))
        await Promise.race([new Promise<void>((r) => out.once('drain', () => r())), failure]);
    });
    await Promise.race([new Promise<void>((resolve) => out.end(() => resolve())), failure]);
    if (failed) throw failed;
    renameSync(tmp, path);
  } catch (err) {
    out.destroy();
    rmSync(tmp, { force: true });
    throw err;
  }
  return kept;
}

/** Appends complete lines; each letter is one write(). */
export class NdjsonWriter {
  private readonly fd: number;
  constructor(readonly path: string) {
    this.fd = openSync(path, 'a');
  }
  append(line: string): void {
    writeAll(this.fd, line);
  }
  close(): void {
    closeSync(this.fd);
  }
}
