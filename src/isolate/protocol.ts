/** Messages between the `extract` command's main thread and its pipeline worker (extract-worker.ts). */
import type { KDocument } from '../model/document.js';
import type { SerialisedError } from '../model/errors.js';
import type { CommitmentKind, Warning } from '../model/letter.js';
import type { RawDocument } from '../model/page.js';
import type { Format } from '../render/index.js';

export interface IsolatedJob {
  path: string;
  /** The input's bytes (read by the main thread; standard input too). */
  bytes: Uint8Array;
  format: Format;
  undated: boolean;
  /** The commitment kinds to list (default: promise and plan). */
  kinds?: CommitmentKind[];
  furniture: boolean;
}

export interface IsolatedResult {
  output: string;
  warnings: Warning[];
}

/** The one message the pipeline worker gets: a text input's bytes, or the pages of a PDF the main thread read. */
export type PipelineJob = Omit<IsolatedJob, 'bytes'> &
  ({ bytes: Uint8Array } | { raw: RawDocument; source: KDocument['source'] });

/** What the pipeline worker posts: a result or an error. */
export type WorkerMessage = { ok: true; result: IsolatedResult } | { ok: false; error: SerialisedError };
