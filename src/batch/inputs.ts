/**
 * Turning command-line arguments into the list of input files: plain files, directories
 * (searched recursively for every file name ending a reader claims: ingest/registry.ts) and globs (tinyglobby). Each input gets
 *  - `abs`:     its absolute path (the identity used to drop duplicates),
 *  - `display`: the path shown in messages and recorded in outputs (relative to cwd when below it),
 *  - `rel`:     its path relative to the argument that found it (the directory, or the static
 *               part of the glob; a plain file's own name), which names its output file.
 */
import { realpathSync, statSync } from 'node:fs';
import { basename, isAbsolute, relative, resolve, sep } from 'node:path';
import { glob, isDynamicPattern } from 'tinyglobby';
import { formatByName, LETTER_PATTERNS, READERS } from '../ingest/registry.js';
import type { SourceFormat } from '../model/letter.js';
import { compareKeys } from './shard.js';

export interface InputFile {
  abs: string;
  display: string;
  rel: string;
}

export interface Expansion {
  inputs: InputFile[];
  /** One message per argument that matched nothing (usage errors). */
  problems: string[];
}

/**
 * The reader a file will most likely need, by its name (the registry's file name endings; other
 * names are read as text). Only a hint for sharing work between workers (queue.ts); the reader
 * itself goes by content.
 */
export function readerKind(path: string): SourceFormat {
  return formatByName(path) ?? 'text';
}

/** The endings folders are searched for, for messages: ".pdf, .docx, ... or .txt". */
const ENDINGS = READERS.flatMap((r) => r.extensions);
const ENDINGS_TEXT = `${ENDINGS.slice(0, -1).join(', ')} or ${ENDINGS[ENDINGS.length - 1]}`;

function toPosix(p: string): string {
  return sep === '/' ? p : p.split(sep).join('/');
}

/**
 * Path for messages and annotations: relative to cwd when the file lies below it or the argument
 * was relative (`../corpus/a.pdf`), absolute when the argument was absolute and outside cwd.
 */
export function displayPath(abs: string, cwd: string, argWasAbsolute = false): string {
  const rel = relative(cwd, abs);
  if (rel && !isAbsolute(rel) && (!rel.startsWith('..') || !argWasAbsolute)) return toPosix(rel);
  return toPosix(abs);
}

/** The directory part of a glob before its first segment with magic characters. */
export function globBase(pattern: string): string {
  const parts = toPosix(pattern).split('/');
  const fixed: string[] = [];
  for (const part of parts.slice(0, -1)) {
    if (isDynamicPattern(part)) break;
    fixed.push(part);
  }
  if (fixed.length === 0) return '.';
  const joined = fixed.join('/');
  return joined === '' ? '/' : joined;
}

/** The file's real path (symlinks resolved); the path itself when it cannot be resolved. */
function realPath(abs: string): string {
  try {
    return realpathSync(abs);
  } catch {
    return abs;
  }
}

/**
 * Symlinks are followed, but every real file is one input: a folder symlink that leads back into
 * the tree (`letters/loop -> ..`) or a second name for a file adds nothing. Of the names of one
 * file, the first found is kept, unless a later one is the file's own path (no symlink on the way).
 */
export async function expandInputs(args: readonly string[], cwd: string): Promise<Expansion> {
  const byReal = new Map<string, number>();
  const inputs: InputFile[] = [];
  const problems: string[] = [];
  let argWasAbsolute = false;
  const add = (abs: string, rel: string) => {
    const real = realPath(abs);
    const input = { abs, display: displayPath(abs, cwd, argWasAbsolute), rel: toPosix(rel) };
    const at = byReal.get(real);
    if (at === undefined) {
      byReal.set(real, inputs.length);
      inputs.push(input);
    } else if (abs === real && (inputs[at] as InputFile).abs !== real) {
      inputs[at] = input;
    }
  };
  for (const arg of args) {
    argWasAbsolute = isAbsolute(arg);
    const abs = resolve(cwd, arg);
    let stat: import('node:fs').Stats | undefined;
    try {
      stat = statSync(abs);
    } catch {
      stat = undefined;
    }
    if (stat?.isDirectory()) {
      const found = await glob([...LETTER_PATTERNS], {
        cwd: abs,
        caseSensitiveMatch: false,
        onlyFiles: true,
      });
      found.sort(compareKeys);
      if (found.length === 0) problems.push(`${arg}: no ${ENDINGS_TEXT} files in this directory`);
      for (const f of found) add(resolve(abs, f), f);
    } else if (stat) {
      add(abs, basename(abs));
    } else if (isDynamicPattern(arg)) {
      const base = resolve(cwd, globBase(arg));
      const found = await glob([toPosix(arg)], { cwd, absolute: true, onlyFiles: true });
      found.sort(compareKeys);
      if (found.length === 0) problems.push(`${arg}: no files match this pattern`);
      for (const f of found) add(resolve(f), relative(base, resolve(f)));
    } else {
      problems.push(`${arg}: no such file or directory`);
    }
  }
  return { inputs, problems };
}

/** File names the batch writes itself; a letter's output never takes one of these. */
export const RESERVED_NAMES = ['index.json', 'letters.ndjson', '.kamerbrief-journal.ndjson'];

function stripExtension(rel: string): string {
  const slash = rel.lastIndexOf('/');
  const dot = rel.lastIndexOf('.');
  return dot > slash + 1 ? rel.slice(0, dot) : rel;
}

/**
 * Output names (relative to the output directory, `/`-separated) for all inputs, in input order.
 * `sub/a.pdf` becomes `sub/a.json`. Inputs that would collide (compared case-insensitively, for
 * macOS and Windows) keep their own extension (`a.pdf.json`, `a.txt.json`), and any clash that
 * remains gets `-2`, `-3`, ... in sorted order. The result depends only on the whole input list,
 * so every shard of a corpus computes the same names.
 */
export function assignOutputNames(inputs: readonly InputFile[], ext: string): string[] {
  const order = inputs
    .map((input, i) => ({ input, i }))
    .sort((a, b) => compareKeys(a.input.rel, b.input.rel) || compareKeys(a.input.abs, b.input.abs));
  const plain = (input: InputFile) => `${stripExtension(input.rel)}${ext}`;
  const counts = new Map<string, number>();
  for (const { input } of order) {
    const k = plain(input).toLowerCase();
    counts.set(k, (counts.get(k) ?? 0) + 1);
  }
  const taken = new Set(RESERVED_NAMES.map((n) => n.toLowerCase()));
  const names: string[] = new Array(inputs.length);
  for (const { input, i } of order) {
    let name = plain(input);
    if ((counts.get(name.toLowerCase()) ?? 0) > 1 || taken.has(name.toLowerCase()))
      name = `${input.rel}${ext}`;
    if (taken.has(name.toLowerCase())) {
      const stem = name.slice(0, -ext.length);
      let n = 2;
      while (taken.has(`${stem}-${n}${ext}`.toLowerCase())) n += 1;
      name = `${stem}-${n}${ext}`;
    }
    taken.add(name.toLowerCase());
    names[i] = name;
  }
  return names;
}

/**
 * The inputs in the order to work on them: largest file first (ties keep their order). Big PDFs take
 * longest; started last, one of them would keep a single worker busy while the others sit idle.
 */
export function largestFirst<T>(items: readonly T[], path: (item: T) => string): T[] {
  const size = (p: string) => {
    try {
      return statSync(p).size;
    } catch {
      return 0;
    }
  };
  return items
    .map((item, i) => ({ item, i, size: size(path(item)) }))
    .sort((a, b) => b.size - a.size || a.i - b.i)
    .map((x) => x.item);
}
