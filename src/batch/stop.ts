/**
 * Why a `batch` or `check` run stops before its last letter: a signal (Ctrl-C, SIGTERM, SIGHUP) or
 * a write that the file system refused (a full disk, a quota, an I/O error, a read-only or
 * forbidden folder). Either way the run takes no new letters, kills its workers, keeps what is
 * done, says in one line what happened, and exits: 128 + the signal's number, or 1 after a write
 * failure. A write failure is never blamed on a letter: the letter it hit is simply not done.
 */
import { constants } from 'node:os';
import { errnoWords } from '../model/errno.js';

/** errno codes that mean "this file system will not take the write", not "this letter is bad". */
const WRITE_ERRORS = new Set([
  'ENOSPC',
  'EDQUOT',
  'EIO',
  'EROFS',
  'EACCES',
  'EPERM',
  'EFBIG',
  'EISDIR',
  'ENOTDIR',
  'ENAMETOOLONG',
]);

/** Codes after which freeing space is what the user has to do. */
const SPACE = new Set(['ENOSPC', 'EDQUOT', 'EFBIG']);

/** A worker's error code for an output it could not write (the file system's fault, not the letter's). */
export const WRITE_FAILED = 'write-failed';

export function isWriteError(err: unknown): err is NodeJS.ErrnoException {
  const code = (err as NodeJS.ErrnoException | null)?.code;
  return typeof code === 'string' && WRITE_ERRORS.has(code);
}

/** "no space left on device (ENOSPC)"; other errors by their own message. */
export function describeWriteError(err: NodeJS.ErrnoException | { code?: string; message: string }): string {
  return errnoWords(err.code) ?? err.message;
}

/** What the user should do before running the same command again. */
export function remedy(code: string | undefined): string {
  return code && SPACE.has(code) ? 'free space' : 'fix this';
}

export type StopReason =
  | { kind: 'signal'; signal: NodeJS.Signals }
  | {
      kind: 'write';
      /** errno code (ENOSPC, ...). */
      code: string;
      /** Human description with the code: "no space left on device (ENOSPC)". */
      problem: string;
      /** What was being done: "writing the journal", "writing a.json", "creating the output directory". */
      what: string;
    };

/** A write failure as a StopReason. */
export function writeStop(
  err: NodeJS.ErrnoException | { code?: string; message: string },
  what: string,
  verb = 'writing',
): StopReason {
  return {
    kind: 'write',
    code: err.code ?? 'EIO',
    problem: describeWriteError(err),
    what: `${verb} ${what}`,
  };
}

/** The exit code a stop ends with: 128 + signal number (SIGHUP 129, SIGINT 130, SIGTERM 143), 1 for a write failure. */
export function exitCodeOf(reason: StopReason): number {
  if (reason.kind === 'write') return 1;
  return 128 + (constants.signals[reason.signal] ?? 2);
}

/** The signals a run handles: they stop it the same way. */
export const STOP_SIGNALS: NodeJS.Signals[] = ['SIGINT', 'SIGTERM', 'SIGHUP'];

/** The first reason wins; later ones are ignored. */
export class Stopper {
  reason: StopReason | null = null;
  private readonly listeners: Array<(reason: StopReason) => void> = [];

  get stopped(): boolean {
    return this.reason !== null;
  }

  stop(reason: StopReason): void {
    if (this.reason) return;
    this.reason = reason;
    for (const l of this.listeners) l(reason);
  }

  onStop(listener: (reason: StopReason) => void): void {
    this.listeners.push(listener);
  }
}

/** Thrown out of `runBatch`/`runCheck` when a write failed before anything could be saved (no summary). */
export class StoppedError extends Error {
  override name = 'StoppedError';
  constructor(
    readonly reason: StopReason,
    readonly done: number,
    readonly total: number,
  ) {
    super(
      reason.kind === 'write' ? `${reason.problem} while ${reason.what}` : `interrupted by ${reason.signal}`,
    );
  }
}

/** Thousands with a comma, as in the messages ("1,500"). */
export function count(n: number): string {
  return n.toLocaleString('en-US');
}

/**
 * The one line a stopped run ends with:
 *  - "out/: no space left on device (ENOSPC) while writing the journal; 57 of 1,500 letters done; free space and run the same command to finish"
 *  - "interrupted: 57 of 1,500 letters done; run the same command to finish"
 */
export function stopLine(
  reason: StopReason,
  done: number,
  total: number,
  where: string | null,
  noun = 'done',
): string {
  const progress = `${count(done)} of ${count(total)} letter${total === 1 ? '' : 's'} ${noun}`;
  if (reason.kind === 'signal') return `interrupted: ${progress}; run the same command to finish`;
  return (
    `${where ? `${where}: ` : ''}${reason.problem} while ${reason.what}; ${progress}; ` +
    `${remedy(reason.code)} and run the same command to finish`
  );
}
