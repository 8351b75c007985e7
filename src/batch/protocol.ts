/** Messages between the batch/check main process and its worker processes (all plain JSON). */
import type { FactKey } from '../model/facts.js';
import type { CommitmentKind, SourceFormat, Warning } from '../model/letter.js';

export type OutputFormat = 'json' | 'md' | 'ndjson';

/** What the index and the check command need to know about one letter (never the letter itself). */
export interface LetterSummary {
  format: SourceFormat;
  pages: number | null;
  date: string | null;
  subject: string | null;
  reference: string | null;
  ministry: string | null;
  addressee: string | null;
  kamerstuk: { dossier: string; number: string } | null;
  signatories: number;
  /** Characters of body text over all sections. */
  textLength: number;
  /** Sections, every fact kind's facts (model/facts.ts) and warnings, in that order. */
  counts: Record<'sections' | FactKey | 'warnings', number>;
}

export interface TaskError {
  code: string;
  message: string;
  /** Only for unexpected (non-input) errors, shown with --debug. */
  stack?: string;
  /** With code 'write-failed': the file system's error code (ENOSPC, EIO, ...). */
  errno?: string;
}

export interface BatchTask {
  kind: 'batch';
  /** Path the worker opens (absolute). */
  abs: string;
  /** Path recorded in the letter's source.path. */
  display: string;
  /** Absolute output path (json/md); null for ndjson, where the line comes back to the main process. */
  output: string | null;
  format: OutputFormat;
  undated: boolean;
  kinds?: CommitmentKind[];
  timeoutMs: number;
  /** sha256 of the input when its current output was made; the worker skips the file if it is unchanged. */
  skipIfSha: string | null;
}

export interface BatchResult {
  status: 'ok' | 'failed' | 'skipped';
  sha256: string | null;
  summary: LetterSummary | null;
  /** ndjson only: the letter as one JSON line (with trailing newline). */
  line: string | null;
  error: TaskError | null;
  ms: number;
}

export interface CheckTask {
  kind: 'check';
  abs: string;
  display: string;
  undated: boolean;
  kinds?: CommitmentKind[];
  timeoutMs: number;
}

export interface CheckResult {
  status: 'ok' | 'failed';
  summary: LetterSummary | null;
  /** The pipeline's own warnings (at most 100). */
  warnings: Warning[];
  error: TaskError | null;
  ms: number;
}

export type Task = BatchTask | CheckTask;
export type TaskResult = BatchResult | CheckResult;
