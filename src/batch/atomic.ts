/**
 * Crash-safe file writes: the data goes to a temporary file in the target's own directory and is
 * renamed over the target, so a reader (or a rerun after `kill -9`) sees either the old file or
 * the complete new one, never a half-written file. Temporary files are named
 * `.<name>.<pid>-<n>.kbtmp`; `removeStaleTemps` deletes those whose writer process is gone.
 */
import { mkdirSync, readdirSync, renameSync, rmSync, unlinkSync, writeFileSync } from 'node:fs';
import { mkdir, rename, unlink, writeFile } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';

export const TEMP_SUFFIX = '.kbtmp';
const TEMP_RE = /\.(\d+)-\d+\.kbtmp$/;
let counter = 0;

function tempPathFor(path: string): string {
  // Keep the temp name well inside the usual 255-byte limit whatever the target's name.
  const base = basename(path).slice(0, 80);
  counter += 1;
  return join(dirname(path), `.${base}.${process.pid}-${counter}${TEMP_SUFFIX}`);
}

/** Writes `data` to `path` atomically (temp file in the same directory + rename); creates the directory. */
export async function writeFileAtomic(path: string, data: string | Uint8Array): Promise<void> {
  const tmp = tempPathFor(path);
  try {
    // The directory is made only when it is missing: a batch writes thousands of files into one.
    await writeFile(tmp, data).catch(async (err: NodeJS.ErrnoException) => {
      if (err.code !== 'ENOENT') throw err;
      await mkdir(dirname(path), { recursive: true });
      await writeFile(tmp, data);
    });
    await rename(tmp, path);
  } catch (err) {
    await unlink(tmp).catch(() => {});
    throw err;
  }
}

/** Synchronous variant of {@link writeFileAtomic}. */
export function writeFileAtomicSync(path: string, data: string | Uint8Array): void {
  const tmp = tempPathFor(path);
  try {
    try {
      writeFileSync(tmp, data);
    } catch (err) {
      // The directory is made only when it is missing (see writeFileAtomic).
      if ((err as NodeJS.ErrnoException).code !== 'ENOENT') throw err;
      mkdirSync(dirname(path), { recursive: true });
      writeFileSync(tmp, data);
    }
    renameSync(tmp, path);
  } catch (err) {
    rmSync(tmp, { force: true });
    throw err;
  }
}

function processAlive(pid: number): boolean {
  if (pid === process.pid) return true;
  try {
    process.kill(pid, 0);
    return true;
  } catch (err) {
    return (err as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/** Deletes temp files under `dir` (recursively) left behind by writers that no longer run. Returns how many. */
export function removeStaleTemps(dir: string): number {
  let removed = 0;
  let entries: import('node:fs').Dirent[];
  try {
    entries = readdirSync(dir, { withFileTypes: true });
  } catch {
    return 0;
  }
  for (const entry of entries) {
    const full = join(dir, entry.name);
    if (entry.isDirectory()) {
      removed += removeStaleTemps(full);
    } else if (entry.name.endsWith(TEMP_SUFFIX)) {
      const m = TEMP_RE.exec(entry.name);
      if (m && processAlive(Number(m[1]))) continue;
      try {
        unlinkSync(full);
        removed += 1;
      } catch {
        // already gone
      }
    }
  }
  return removed;
}
