/**
 * Regular expressions compiled once, straight to machine code. By default V8 interprets a
 * pattern's first run and compiles it on the second, so a pattern used twice is compiled twice; the
 * pipeline has hundreds, many of them Unicode (flags iu, \p{L}: ~0.2 ms to compile each), used on
 * every letter. The first letter of a process then takes about half the time; later letters are not
 * changed (docs/performance.md).
 *
 * Set late, once the modules are loaded: a V8 flag changed at run time makes V8 refuse the code
 * cache that Node ships for its own modules (its flags no longer match), and every built-in module
 * loaded after that is compiled afresh (six of them: 4 ms → 13-20 ms). And set only while no other
 * thread runs JavaScript: flags belong to the process and are read without a lock. A batch worker
 * (a process with one JavaScript thread) sets it once loaded; `extract` sets it on its main thread
 * while its worker threads sleep (isolate/flag-gate.ts). The library leaves its host's V8 alone.
 */
import { setFlagsFromString } from 'node:v8';

export const REGEXP_FLAGS: readonly string[] = ['--no-regexp-tier-up'];

export function compileRegexesOnce(): void {
  for (const flag of REGEXP_FLAGS) setFlagsFromString(flag);
}
