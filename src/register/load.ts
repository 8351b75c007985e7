/**
 * The register's inputs: a batch output directory (its index.json names the letter JSON files it
 * wrote, or its letters.ndjson holds them), letter JSON files, or letters (PDF, Word, ODT, XML, HTML,
 * text), which are extracted here, in process. Each letter becomes a digest at once (digest.ts), so
 * only digests are held. A problem with one input (missing, not a letter) is reported and the others
 * are still read.
 */
import { createReadStream, existsSync, readFileSync, statSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { createInterface } from 'node:readline';
import { INDEX_NAME, type IndexFile, NDJSON_NAME } from '../batch/state.js';
import { errnoWords } from '../model/errno.js';
import type { CommitmentKind } from '../model/letter.js';
import { type Letter, LetterSchema } from '../model/letter.js';
import { type Digest, digestLetter } from './digest.js';

export interface LoadProblem {
  path: string;
  message: string;
}

export interface LoadOptions {
  cwd?: string;
  /** Extract letters (not JSON) with undated commitments too. */
  undated?: boolean;
  /** The commitment kinds to list from letters extracted here (default: promise and plan). */
  kinds?: readonly CommitmentKind[];
}

/** Letters written by an earlier version lack the commitment fields of issue 14: they get neutral ones. */
function upgrade(letter: Letter): Letter {
  for (const c of letter.commitments as Array<Partial<Letter['commitments'][number]>>) {
    c.kind ??= 'plan';
    c.actor ??= { text: null, normalized: null, government: true };
    c.action ??= null;
    c.deliverable ??= { text: null, key: null };
    c.toParliament ??= false;
  }
  return letter;
}

/** The shape a letter JSON must have for the register (batch outputs are trusted this far). */
function looksLikeLetter(x: unknown): x is Letter {
  const l = x as Letter | null;
  return (
    typeof l === 'object' &&
    l !== null &&
    l.schemaVersion === '1' &&
    typeof l.metadata === 'object' &&
    Array.isArray(l.sections) &&
    Array.isArray(l.commitments)
  );
}

function systemText(err: unknown): string {
  const code = (err as NodeJS.ErrnoException).code;
  return errnoWords(code) ?? (err instanceof Error ? (err.message.split('\n')[0] ?? '') : String(err));
}

async function fromBatchDir(
  dir: string,
  shown: string,
  out: Digest[],
  problems: LoadProblem[],
): Promise<void> {
  const indexPath = join(dir, INDEX_NAME);
  if (!existsSync(indexPath)) {
    problems.push({ path: shown, message: `not a batch output directory (no ${INDEX_NAME})` });
    return;
  }
  let index: IndexFile;
  try {
    index = JSON.parse(readFileSync(indexPath, 'utf8')) as IndexFile;
  } catch (err) {
    problems.push({ path: join(shown, INDEX_NAME), message: `unreadable index: ${systemText(err)}` });
    return;
  }
  if (index.format === 'md') {
    problems.push({
      path: shown,
      message: 'the batch wrote Markdown: run batch with --format json or ndjson',
    });
    return;
  }
  if (index.format === 'ndjson') {
    const file = join(dir, NDJSON_NAME);
    const wanted = new Set(index.letters.filter((e) => e.status === 'ok').map((e) => e.path));
    const lines = createInterface({ input: createReadStream(file), crlfDelay: Number.POSITIVE_INFINITY });
    let n = 0;
    for await (const line of lines) {
      n += 1;
      if (line.trim() === '') continue;
      let letter: unknown;
      try {
        letter = JSON.parse(line);
      } catch {
        continue; // a half-written last line: batch cuts it off on its next run
      }
      if (!looksLikeLetter(letter) || !wanted.has(letter.source.path)) continue;
      out.push(digestLetter(upgrade(letter), letter.source.path, `${join(shown, NDJSON_NAME)}:${n}`));
    }
    return;
  }
  for (const e of index.letters) {
    if (e.status !== 'ok' || !e.output) continue;
    const file = join(dir, e.output);
    const name = join(shown, e.output);
    try {
      const letter: unknown = JSON.parse(readFileSync(file, 'utf8'));
      if (!looksLikeLetter(letter)) throw new Error('not a kamerbrief letter JSON');
      out.push(digestLetter(upgrade(letter), e.path, name));
    } catch (err) {
      problems.push({ path: name, message: systemText(err) });
    }
  }
}

function fromJsonFile(file: string, shown: string): Digest {
  const data: unknown = JSON.parse(readFileSync(file, 'utf8'));
  if (looksLikeLetter(data)) upgrade(data);
  const parsed = LetterSchema.safeParse(data);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    const where = issue?.path.length ? ` at ${issue.path.join('.')}` : '';
    throw new Error(`not a kamerbrief letter JSON (${issue?.message ?? 'invalid'}${where})`);
  }
  return digestLetter(parsed.data, shown, shown);
}

export async function loadDigests(
  inputs: readonly string[],
  options: LoadOptions = {},
): Promise<{ digests: Digest[]; problems: LoadProblem[] }> {
  const cwd = options.cwd ?? process.cwd();
  const digests: Digest[] = [];
  const problems: LoadProblem[] = [];
  for (const input of inputs) {
    const abs = resolve(cwd, input);
    const rel = relative(cwd, abs);
    const shown = rel && !rel.startsWith('..') ? rel : abs;
    let isDir: boolean;
    try {
      isDir = statSync(abs).isDirectory();
    } catch (err) {
      // As `extract` says it.
      const missing = (err as NodeJS.ErrnoException).code === 'ENOENT';
      problems.push({ path: input, message: missing ? 'no such file' : systemText(err) });
      continue;
    }
    if (isDir) {
      await fromBatchDir(abs, shown, digests, problems);
      continue;
    }
    try {
      if (/\.json$/i.test(abs)) digests.push(fromJsonFile(abs, shown));
      else {
        const { extractFile } = await import('../pipeline.js');
        const letter = await extractFile(abs, { undated: options.undated === true, kinds: options.kinds });
        digests.push(digestLetter(letter, shown, null));
      }
    } catch (err) {
      let message = err instanceof SyntaxError ? `invalid JSON: ${err.message}` : systemText(err);
      // A reader's own message names the file already.
      for (const p of [`${abs}: `, `${input}: `])
        if (message.startsWith(p)) message = message.slice(p.length);
      problems.push({ path: input, message });
    }
  }
  return { digests, problems };
}
