import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');
export const SEED = join(ROOT, 'seeds', '2024-11-12-vro-bo-leefomgeving.txt');
export const SHARED = join(ROOT, '..', 'shared');

export function corpus<T>(name: string): T {
  return JSON.parse(readFileSync(join(ROOT, 'tests', 'corpus', `${name}.json`), 'utf8')) as T;
}

/** Whitespace-normalised, lower-case: how the gold file matches text. */
export const norm = (s: string) => s.replace(/\s+/g, ' ').trim().toLowerCase();
