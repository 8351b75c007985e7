import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import fc from 'fast-check';

export const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');
export const SEED = join(ROOT, 'seeds', '2024-11-12-vro-bo-leefomgeving.txt');
export const SHARED = join(ROOT, '..', 'shared');

export function corpus<T>(name: string): T {
  return JSON.parse(readFileSync(join(ROOT, 'tests', 'corpus', `${name}.json`), 'utf8')) as T;
}

/** Whitespace-normalised, lower-case: how the gold file matches text. */
export const norm = (s: string) => s.replace(/\s+/g, ' ').trim().toLowerCase();

/**
 * fast-check: strings joined from a few pieces, the characters and words a fast path cares about, so
 * that a property meets its edge cases far more often than with arbitrary strings.
 */
export function joinedFrom(
  pieces: readonly string[],
  maxLength: number,
  separator = '',
): fc.Arbitrary<string> {
  return fc.array(fc.constantFrom(...pieces), { maxLength }).map((parts) => parts.join(separator));
}

/**
 * Pieces at which the word-boundary fast paths (src/extract/word-starts.ts) could part from their
 * Unicode patterns: a letter outside ASCII, "_" (a \w that is no letter), the two characters /iu folds
 * to ASCII letters (ſ, K), an astral letter, a digit, white space and a hyphen.
 */
export const WORD_EDGE_PIECES = ['é', '_', 'ſ', '\u212a', '𝐀', '1', ' ', '\n', '-'];
