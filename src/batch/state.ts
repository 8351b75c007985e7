/**
 * What a batch output directory remembers between runs, for resuming and skipping.
 *
 *  - DIR/index.json: the index of all letters, written atomically at the end of a run.
 *  - DIR/.kamerbrief-journal.ndjson: while a run is going, one complete JSON line per finished
 *    input, appended right after that input's output was renamed into place. A run that is killed
 *    leaves the journal behind; the next run reads index.json and then the journal (later lines win),
 *    ignoring a half-written last line, and deletes it after writing the new index.json.
 *
 * An input is up to date (skipped) when its entry says ok, was made by this tool version
 * with the same output format and --undated setting, its output still exists, and the input's
 * sha256 is unchanged.
 */

import { closeSync, existsSync, ftruncateSync, openSync, readFileSync, rmSync, writeSync } from 'node:fs';
import { join } from 'node:path';
import { isDefaultKinds } from '../model/kinds.js';
import type { CommitmentKind, SourceFormat } from '../model/letter.js';
import type { LetterSummary, OutputFormat, TaskError } from './protocol.js';

export const INDEX_NAME = 'index.json';
export const JOURNAL_NAME = '.kamerbrief-journal.ndjson';
export const NDJSON_NAME = 'letters.ndjson';

/** What the letter is: its output is there (ok), or it could not be processed (failed). */
export type EntryStatus = 'ok' | 'failed';

/**
 * What the last run that wrote the index did with the letter: made its output (processed), found
 * it up to date (skipped), or did not get to it (none: another shard's letter, or a run that was
 * interrupted before it).
 */
export type EntryAction = 'processed' | 'skipped' | 'none';

export interface IndexEntry {
  /** The output's name relative to the output directory (for ndjson: the name a .json output would have). */
  id: string;
  /** Input path (relative to the working directory when below it). */
  path: string;
  /** Output file relative to the output directory; null for ndjson or when the letter failed. */
  output: string | null;
  sha256: string | null;
  /** kamerbrief version that made the output. */
  version: string;
  format: OutputFormat;
  /** Made with --undated (an option that changes the output). */
  undated: boolean;
  /** Made with --kinds other than the default (absent: promise and plan). */
  kinds?: CommitmentKind[];
  status: EntryStatus;
  action: EntryAction;
  source: SourceFormat | null;
  pages: number | null;
  date: string | null;
  subject: string | null;
  reference: string | null;
  kamerstuk: { dossier: string; number: string } | null;
  counts: LetterSummary['counts'] | null;
  error: Pick<TaskError, 'code' | 'message'> | null;
  /** Processing time in ms (0 when skipped). */
  ms: number;
}

export interface IndexFile {
  tool: 'kamerbrief';
  version: string;
  format: OutputFormat;
  generated: string;
  shard: string | null;
  totals: { letters: number; ok: number; failed: number };
  run: {
    /** Whether the run got through all its inputs. */
    complete: boolean;
    /** Why it stopped early: "SIGINT", "ENOSPC while writing the journal", ...; null when complete. */
    stopped: string | null;
    inputs: number;
    processed: number;
    skipped: number;
    failed: number;
    ms: number;
    jobs: number;
    peakRssKb: { main: number; worker: number };
    /** CPU time (user + system) of the main process and of all workers together. */
    cpuMs: { main: number; workers: number };
  };
  letters: IndexEntry[];
}

/** Splits a file into its complete (newline-terminated) lines; `end` is the byte length they cover. */
export function completeLines(buf: Buffer): { lines: string[]; end: number } {
  const end = buf.lastIndexOf(10) + 1;
  if (end === 0) return { lines: [], end: 0 };
  const lines = buf.toString('utf8', 0, end - 1).split('\n');
  return { lines, end };
}

function isEntry(value: unknown): value is IndexEntry {
  if (!value || typeof value !== 'object') return false;
  const v = value as Record<string, unknown>;
  return typeof v.id === 'string' && typeof v.path === 'string' && typeof v.status === 'string';
}

/** An entry as this version writes it: indexes of earlier versions said `status: "skipped"` for ok. */
function normalise(e: IndexEntry): IndexEntry {
  const status = (e.status as string) === 'failed' ? 'failed' : 'ok';
  return status === e.status ? e : { ...e, status };
}

/** Entries of the previous run(s), by id: index.json first, then the journal of an interrupted run. */
export function loadPrevious(outDir: string): Map<string, IndexEntry> {
  const entries = new Map<string, IndexEntry>();
  const indexPath = join(outDir, INDEX_NAME);
  if (existsSync(indexPath)) {
    try {
      const index = JSON.parse(readFileSync(indexPath, 'utf8')) as Partial<IndexFile>;
      for (const e of index.letters ?? []) if (isEntry(e)) entries.set(e.id, normalise(e));
    } catch {
      // An unreadable index means nothing is known: everything is redone.
    }
  }
  const journalPath = join(outDir, JOURNAL_NAME);
  if (existsSync(journalPath)) {
    for (const line of completeLines(readFileSync(journalPath)).lines) {
      try {
        const e = JSON.parse(line) as unknown;
        if (isEntry(e)) entries.set(e.id, normalise(e));
      } catch {
        // a damaged line is ignored
      }
    }
  }
  return entries;
}

/** Whether two kind lists list the same (undefined is the default). */
function sameKinds(
  a: readonly CommitmentKind[] | undefined,
  b: readonly CommitmentKind[] | undefined,
): boolean {
  const norm = (k: readonly CommitmentKind[] | undefined) =>
    isDefaultKinds(k) ? '' : [...(k ?? [])].sort().join(',');
  return norm(a) === norm(b);
}

/** Whether an entry vouches for an up-to-date output of this version, format and options. */
export function isReusable(
  entry: IndexEntry | undefined,
  version: string,
  format: OutputFormat,
  undated: boolean,
  kinds?: readonly CommitmentKind[],
): boolean {
  return (
    entry !== undefined &&
    entry.status === 'ok' &&
    entry.version === version &&
    entry.format === format &&
    (entry.undated ?? false) === undated &&
    sameKinds(entry.kinds, kinds) &&
    typeof entry.sha256 === 'string'
  );
}

/**
 * Writes all of `text` (write(2) may take only part of it, e.g. when the disk fills up); throws
 * the error of the write that fails. A line cut short this way is cut off by the next run.
 */
export function writeAll(fd: number, text: string): void {
  const buf = Buffer.from(text, 'utf8');
  let off = 0;
  while (off < buf.length) off += writeSync(fd, buf, off, buf.length - off);
}

/** Append-only journal; every entry is one write() of one complete line. */
export class Journal {
  private fd: number;
  constructor(readonly path: string) {
    this.fd = openSync(path, 'a+');
    // Cut a half-written last line of a killed run, so the next line starts clean.
    if (existsSync(path)) {
      const { end } = completeLines(readFileSync(path));
      ftruncateSync(this.fd, end);
    }
  }
  append(entry: IndexEntry): void {
    writeAll(this.fd, `${JSON.stringify(entry)}\n`);
  }
  /** Closes and deletes the journal (after index.json has been written). */
  finish(): void {
    closeSync(this.fd);
    rmSync(this.path, { force: true });
  }
  close(): void {
    closeSync(this.fd);
  }
}
