/**
 * `kamerbrief batch`: many letters through the worker pool into an output directory, resumably.
 * See state.ts for what is remembered between runs and ndjson.ts for the single-stream format.
 */

import { existsSync, mkdirSync, statSync, truncateSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { isDefaultKinds } from '../model/kinds.js';
import type { CommitmentKind } from '../model/letter.js';
import { removeStaleTemps, writeFileAtomic } from './atomic.js';
import { assignOutputNames, expandInputs, type InputFile, largestFirst, readerKind } from './inputs.js';
import { NdjsonWriter, rewriteNdjson } from './ndjson.js';
import type { BatchResult, BatchTask, OutputFormat } from './protocol.js';
import { runAll } from './run-all.js';
import { type Shard, selectShard } from './shard.js';
import { startPool } from './start-pool.js';
import {
  INDEX_NAME,
  type IndexEntry,
  type IndexFile,
  isReusable,
  JOURNAL_NAME,
  Journal,
  loadPrevious,
  NDJSON_NAME,
} from './state.js';
import { isWriteError, StoppedError, Stopper, type StopReason, WRITE_FAILED, writeStop } from './stop.js';

export interface BatchOptions {
  inputs: string[];
  outDir: string;
  format: OutputFormat;
  jobs: number;
  shard: Shard | null;
  force: boolean;
  timeoutMs: number;
  undated: boolean;
  /** The commitment kinds to list (undefined: the default, promise and plan). */
  kinds?: CommitmentKind[];
  heapMb: number;
  debug: boolean;
  version: string;
  cwd?: string;
  /** Called once the inputs are known (after sharding). */
  onStart?: (total: number) => void;
  /** Called after every input. */
  onEntry?: (entry: IndexEntry, stack?: string) => void;
}

export interface BatchSummary {
  total: number;
  processed: number;
  skipped: number;
  failed: IndexEntry[];
  ms: number;
  /** Where index.json was written; null when it could not be written (the journal keeps the run). */
  indexPath: string | null;
  peakRssKb: { main: number; worker: number };
  /** Why the run ended before its last letter (a signal, a write failure); null when it got through. */
  stopped: StopReason | null;
}

/** A problem with the command line itself (exit code 2). */
export class UsageError extends Error {
  override name = 'UsageError';
}

/** `run.stopped` of the index: "SIGINT", "ENOSPC while writing the journal". */
function describeStop(reason: StopReason): string {
  return reason.kind === 'signal' ? reason.signal : `${reason.code} while ${reason.what}`;
}

/**
 * Makes the output directory. A recursive mkdir reports a read-only file system as ENOENT and an
 * existing file as EEXIST: the real reason is asked for once more, so that the message names it.
 */
function makeOutDir(dir: string): void {
  try {
    mkdirSync(dir, { recursive: true });
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    if (code === 'EEXIST' && !statSync(dir).isDirectory())
      throw Object.assign(new Error(`${dir}: not a directory`), { code: 'ENOTDIR' });
    if (code === 'ENOENT' && existsSync(dirname(dir))) mkdirSync(dir);
    throw err;
  }
}

export async function runBatch(options: BatchOptions): Promise<BatchSummary> {
  const started = performance.now();
  const cwd = options.cwd ?? process.cwd();
  const outDir = resolve(cwd, options.outDir);
  const { inputs: all, problems } = await expandInputs(options.inputs, cwd);
  if (problems.length > 0) throw new UsageError(problems.join('\n'));
  const ext = options.format === 'md' ? '.md' : '.json';
  // Names come from the whole input list, so that all shards agree on them.
  const names = assignOutputNames(all, ext);
  const named = all.map((input, i) => ({ input, id: names[i] as string }));
  const mine = selectShard(named, options.shard, (x) => x.input.rel);

  // Setting up the output directory: a refused write here stops the run before any letter.
  const setUp = <T>(what: string, fn: () => T, verb = 'writing'): T => {
    try {
      return fn();
    } catch (err) {
      if (isWriteError(err)) throw new StoppedError(writeStop(err, what, verb), 0, mine.length);
      throw err;
    }
  };
  setUp('the output directory', () => makeOutDir(outDir), 'creating');
  removeStaleTemps(outDir);
  const previous = options.force ? new Map<string, IndexEntry>() : loadPrevious(outDir);
  const journal = setUp('the journal', () => new Journal(join(outDir, JOURNAL_NAME)));
  if (options.force) setUp('the journal', () => truncateSync(journal.path, 0));

  // ndjson: which existing lines are still good
  const ndjsonPath = join(outDir, NDJSON_NAME);
  const linesPresent = new Set<string>();
  let ndjson: NdjsonWriter | null = null;
  let staleLines = false;
  if (options.format === 'ndjson') {
    if (options.force && existsSync(ndjsonPath)) setUp(NDJSON_NAME, () => truncateSync(ndjsonPath, 0));
    const byPath = new Map<string, IndexEntry>();
    for (const e of previous.values()) byPath.set(e.path, e);
    try {
      await rewriteNdjson(ndjsonPath, (key) => {
        const e = byPath.get(key.path);
        const ok =
          isReusable(e, options.version, 'ndjson', options.undated, options.kinds) &&
          e?.sha256 === key.sha256 &&
          !linesPresent.has(key.path);
        if (ok) linesPresent.add(key.path);
        return ok;
      });
    } catch (err) {
      journal.close();
      if (isWriteError(err)) throw new StoppedError(writeStop(err, NDJSON_NAME), 0, mine.length);
      throw err;
    }
    ndjson = setUp(NDJSON_NAME, () => new NdjsonWriter(ndjsonPath));
  }

  // With several workers, each gets more of the kind of input it had (queue.ts); one worker
  // takes the letters in order. A signal or a refused write stops the run (stop.ts).
  const kindOf = options.jobs > 1 ? (task: BatchTask) => readerKind(task.abs) : undefined;
  const stopper = new Stopper();
  const { pool, end } = startPool<BatchTask, BatchResult>({ ...options, kindOf }, stopper);
  const refused = (err: unknown, what: string): boolean => {
    if (!isWriteError(err)) return false;
    stopper.stop(writeStop(err, what));
    return true;
  };

  options.onStart?.(mine.length);
  const current = new Map<string, IndexEntry>();
  const failed: IndexEntry[] = [];
  let processed = 0;
  let skipped = 0;

  const one = async ({ input, id }: { input: InputFile; id: string }) => {
    if (stopper.stopped) return;
    const prev = previous.get(id);
    const reusable =
      isReusable(prev, options.version, options.format, options.undated, options.kinds) &&
      (options.format !== 'ndjson' || (prev?.path === input.display && linesPresent.has(input.display)));
    const output = options.format === 'ndjson' ? null : join(outDir, id);
    const outcome = await pool.run({
      kind: 'batch',
      abs: input.abs,
      display: input.display,
      output,
      format: options.format,
      undated: options.undated,
      kinds: options.kinds,
      timeoutMs: options.timeoutMs,
      skipIfSha: reusable && prev ? prev.sha256 : null,
    });
    // Once stopped, letters still in flight are not done (their workers were killed): not recorded.
    if (stopper.stopped) return;
    const result: BatchResult = outcome.ok
      ? outcome.result
      : {
          status: 'failed',
          sha256: null,
          summary: null,
          line: null,
          error: { code: outcome.code, message: outcome.message },
          ms: 0,
        };
    if (result.error?.code === WRITE_FAILED) {
      // The worker could not write the output: the disk's fault, not the letter's.
      stopper.stop(writeStop({ code: result.error.errno, message: result.error.message }, id));
      return;
    }
    let entry: IndexEntry;
    if (result.status === 'skipped' && prev) {
      entry = { ...prev, path: input.display, status: 'ok', action: 'skipped', ms: result.ms };
    } else {
      const s = result.summary;
      entry = {
        id,
        path: input.display,
        output: result.status === 'ok' && options.format !== 'ndjson' ? id : null,
        sha256: result.sha256,
        version: options.version,
        format: options.format,
        undated: options.undated,
        ...(isDefaultKinds(options.kinds) ? {} : { kinds: options.kinds }),
        status: result.status === 'ok' ? 'ok' : 'failed',
        action: 'processed',
        source: s?.format ?? null,
        pages: s?.pages ?? null,
        date: s?.date ?? null,
        subject: s?.subject ?? null,
        reference: s?.reference ?? null,
        kamerstuk: s?.kamerstuk ?? null,
        counts: s?.counts ?? null,
        error: result.error ? { code: result.error.code, message: result.error.message } : null,
        ms: result.ms,
      };
      if (entry.status === 'ok' && ndjson && result.line) {
        try {
          ndjson.append(result.line);
        } catch (err) {
          if (refused(err, NDJSON_NAME)) return;
          throw err;
        }
        if (linesPresent.has(input.display)) staleLines = true;
      }
    }
    // The journal line comes after the output is in place, so it never vouches for a missing output.
    try {
      journal.append(entry);
    } catch (err) {
      if (refused(err, 'the journal')) return;
      throw err;
    }
    if (entry.action === 'skipped') skipped += 1;
    else if (entry.status === 'ok') processed += 1;
    else failed.push(entry);
    current.set(id, entry);
    options.onEntry?.(entry, result.error?.stack);
  };

  // Largest first, so that no big file is left to the end while the other workers idle.
  const work = options.jobs > 1 ? largestFirst(mine, (x) => x.input.abs) : mine;
  try {
    await runAll(work, options.jobs, kindOf && ((x) => readerKind(x.input.abs)), one, () => stopper.stopped);
  } finally {
    // Whatever happens, no worker outlives the run.
    if (stopper.stopped) pool.killAll();
    await end();
    try {
      ndjson?.close();
    } catch {
      // closing after a failed write can fail too; the next run cuts a half line
    }
  }
  // Workers killed mid-letter leave temporary files: remove them now rather than on the next run.
  if (stopper.stopped) removeStaleTemps(outDir);

  // The index lists exactly the current inputs (of all shards) that some run has done: this run's
  // letters, and earlier entries of other inputs while their output is still there (a failed
  // letter has none). A deleted input is dropped.
  const inputOf = new Map<string, string>();
  for (const { input, id } of named) inputOf.set(id, input.display);
  const letters = new Map<string, IndexEntry>();
  for (const [id, e] of previous) {
    if (current.has(id) || inputOf.get(id) !== e.path || e.format !== options.format) continue;
    const present =
      e.status === 'failed' ||
      (options.format === 'ndjson' ? linesPresent.has(e.path) : existsSync(join(outDir, id)));
    if (present) letters.set(id, { ...e, action: 'none' });
  }
  for (const [id, e] of current) letters.set(id, e);

  // Drop lines that no entry wants any more: a letter redone (its old line), or one that now fails.
  // (After a stop the next run does this: it needs space for a copy.)
  const want = new Map<string, string | null>();
  for (const e of letters.values()) if (e.status !== 'failed') want.set(e.path, e.sha256);
  if (ndjson && !stopper.stopped && (staleLines || [...linesPresent].some((p) => !want.has(p)))) {
    const seen = new Set<string>();
    try {
      await rewriteNdjson(ndjsonPath, (key) => {
        const ok = want.get(key.path) === key.sha256 && !seen.has(key.path);
        if (ok) seen.add(key.path);
        return ok;
      });
    } catch (err) {
      if (!refused(err, NDJSON_NAME)) throw err;
    }
  }

  const sorted = [...letters.values()].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  const ms = Math.round(performance.now() - started);
  const peakRssKb = { main: process.resourceUsage().maxRSS, worker: pool.workerMaxRssKb };
  const mainCpu = process.cpuUsage();
  const cpuMs = { main: Math.round((mainCpu.user + mainCpu.system) / 1000), workers: pool.workerCpuMs };
  const index: IndexFile = {
    tool: 'kamerbrief',
    version: options.version,
    format: options.format,
    generated: new Date().toISOString(),
    shard: options.shard ? `${options.shard.index}/${options.shard.count}` : null,
    totals: {
      letters: sorted.length,
      ok: sorted.filter((e) => e.status === 'ok').length,
      failed: sorted.filter((e) => e.status === 'failed').length,
    },
    run: {
      complete: !stopper.stopped,
      stopped: stopper.reason ? describeStop(stopper.reason) : null,
      inputs: mine.length,
      processed,
      skipped,
      failed: failed.length,
      ms,
      jobs: options.jobs,
      peakRssKb,
      cpuMs,
    },
    letters: sorted,
  };
  let indexPath: string | null = join(outDir, INDEX_NAME);
  try {
    await writeFileAtomic(indexPath, `${JSON.stringify(index, null, 2)}\n`);
  } catch (err) {
    if (!refused(err, INDEX_NAME)) throw err;
    indexPath = null;
  }
  if (indexPath) journal.finish();
  else {
    // The journal stays: the next run reads it and finishes.
    try {
      journal.close();
    } catch {
      // already unusable
    }
  }
  return {
    total: mine.length,
    processed,
    skipped,
    failed,
    ms,
    indexPath,
    peakRssKb,
    stopped: stopper.reason,
  };
}
