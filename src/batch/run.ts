/**
 * `kamerbrief batch`: many letters through the worker pool into an output directory, resumably.
 * See state.ts for what is remembered between runs and ndjson.ts for the single-stream format.
 */
import { existsSync, mkdirSync, truncateSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { removeStaleTemps, writeFileAtomic } from './atomic.js';
import { assignOutputNames, expandInputs, type InputFile, largestFirst, readerKind } from './inputs.js';
import { NdjsonWriter, rewriteNdjson } from './ndjson.js';
import { runAll, startPool } from './pool.js';
import type { BatchResult, BatchTask, OutputFormat } from './protocol.js';
import { type Shard, selectShard } from './shard.js';
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

export interface BatchOptions {
  inputs: string[];
  outDir: string;
  format: OutputFormat;
  jobs: number;
  shard: Shard | null;
  force: boolean;
  timeoutMs: number;
  undated: boolean;
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
  indexPath: string;
  peakRssKb: { main: number; worker: number };
}

/** A problem with the command line itself (exit code 2). */
export class UsageError extends Error {
  override name = 'UsageError';
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

  mkdirSync(outDir, { recursive: true });
  removeStaleTemps(outDir);
  const previous = options.force ? new Map<string, IndexEntry>() : loadPrevious(outDir);
  const journal = new Journal(join(outDir, JOURNAL_NAME));
  if (options.force) truncateSync(journal.path, 0);

  // ndjson: which existing lines are still good
  const ndjsonPath = join(outDir, NDJSON_NAME);
  const linesPresent = new Set<string>();
  let ndjson: NdjsonWriter | null = null;
  let staleLines = false;
  if (options.format === 'ndjson') {
    if (options.force && existsSync(ndjsonPath)) truncateSync(ndjsonPath, 0);
    const byPath = new Map<string, IndexEntry>();
    for (const e of previous.values()) byPath.set(e.path, e);
    await rewriteNdjson(ndjsonPath, (key) => {
      const e = byPath.get(key.path);
      const ok =
        isReusable(e, options.version, 'ndjson', options.undated) &&
        e?.sha256 === key.sha256 &&
        !linesPresent.has(key.path);
      if (ok) linesPresent.add(key.path);
      return ok;
    });
    ndjson = new NdjsonWriter(ndjsonPath);
  }

  // With several workers, each gets more of the kind of input it had (queue.ts); one worker
  // takes the letters in order.
  const kindOf = options.jobs > 1 ? (task: BatchTask) => readerKind(task.abs) : undefined;
  const { pool, end } = startPool<BatchTask, BatchResult>({ ...options, kindOf }, () => {
    journal.close();
    ndjson?.close();
  });

  options.onStart?.(mine.length);
  const current = new Map<string, IndexEntry>();
  const failed: IndexEntry[] = [];
  let processed = 0;
  let skipped = 0;

  const one = async ({ input, id }: { input: InputFile; id: string }) => {
    const prev = previous.get(id);
    const reusable =
      isReusable(prev, options.version, options.format, options.undated) &&
      (options.format !== 'ndjson' || (prev?.path === input.display && linesPresent.has(input.display)));
    const output = options.format === 'ndjson' ? null : join(outDir, id);
    const outcome = await pool.run({
      kind: 'batch',
      abs: input.abs,
      display: input.display,
      output,
      format: options.format,
      undated: options.undated,
      timeoutMs: options.timeoutMs,
      skipIfSha: reusable && prev ? prev.sha256 : null,
    });
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
    let entry: IndexEntry;
    if (result.status === 'skipped' && prev) {
      entry = { ...prev, path: input.display, status: 'skipped', ms: result.ms };
      skipped += 1;
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
        status: result.status === 'ok' ? 'ok' : 'failed',
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
      if (entry.status === 'ok') {
        processed += 1;
        if (ndjson && result.line) {
          ndjson.append(result.line);
          if (linesPresent.has(input.display)) staleLines = true;
        }
      } else {
        failed.push(entry);
      }
    }
    // The journal line comes after the output is in place, so it never vouches for a missing output.
    journal.append(entry);
    current.set(id, entry);
    options.onEntry?.(entry, result.error?.stack);
  };

  // Largest first, so that no big file is left to the end while the other workers idle.
  const work = options.jobs > 1 ? largestFirst(mine, (x) => x.input.abs) : mine;
  await runAll(work, options.jobs, kindOf && ((x) => readerKind(x.input.abs)), one);
  await end();
  ndjson?.close();

  // Entries of earlier runs for inputs not in this run stay while their output is still there.
  const letters = new Map<string, IndexEntry>();
  for (const [id, e] of previous) {
    if (current.has(id) || e.format !== options.format || e.status === 'failed') continue;
    const present = options.format === 'ndjson' ? linesPresent.has(e.path) : existsSync(join(outDir, id));
    if (present) letters.set(id, e);
  }
  for (const [id, e] of current) letters.set(id, e);

  // Drop lines that no entry wants any more: a letter redone (its old line), or one that now fails.
  const want = new Map<string, string | null>();
  for (const e of letters.values()) if (e.status !== 'failed') want.set(e.path, e.sha256);
  if (ndjson && (staleLines || [...linesPresent].some((p) => !want.has(p)))) {
    const seen = new Set<string>();
    await rewriteNdjson(ndjsonPath, (key) => {
      const ok = want.get(key.path) === key.sha256 && !seen.has(key.path);
      if (ok) seen.add(key.path);
      return ok;
    });
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
      skipped: sorted.filter((e) => e.status === 'skipped').length,
      failed: sorted.filter((e) => e.status === 'failed').length,
    },
    run: {
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
  const indexPath = join(outDir, INDEX_NAME);
  await writeFileAtomic(indexPath, `${JSON.stringify(index, null, 2)}\n`);
  journal.finish();
  return { total: mine.length, processed, skipped, failed, ms, indexPath, peakRssKb };
}
