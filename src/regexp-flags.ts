/**
 * Regular expressions compiled once, straight to machine code. By default V8 interprets a
 * pattern's first run and compiles it on the second, so a pattern used twice is compiled twice; the
 * pipeline has hundreds, many of them Unicode (flags iu, \p{L}: ~0.2 ms to compile each), used on
 * every letter. The first letter of a process then takes about half the time; later letters are not
 * changed (docs/performance.md).
 *
 * Set late, once a thread's modules are loaded: a V8 flag changed at run time makes V8 refuse the
 * code cache that Node ships for its own modules (its flags no longer match), and every built-in
 * module loaded after that is compiled afresh (six of them: 4 ms → 13-20 ms). Flags belong to the
 * process, so the CLI's other threads get it too. The library leaves its host's V8 alone: only the
 * extract thread and the batch workers call this.
 */
import { setFlagsFromString } from 'node:v8';

export const REGEXP_FLAGS: readonly string[] = ['--no-regexp-tier-up'];

export function compileRegexesOnce(): void {
  for (const flag of REGEXP_FLAGS) setFlagsFromString(flag);
}
