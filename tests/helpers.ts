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
