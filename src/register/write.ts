/**
 * Writes the register's four files into a directory, each atomically (a temporary file renamed into
 * place: a reader never sees half a file): commitments.csv, register.json, register.md, register.html.
 */
import { join } from 'node:path';
import { writeFileAtomic } from '../batch/atomic.js';
import { registerCsv } from './csv.js';
import { registerHtml } from './html.js';
import { registerMarkdown } from './markdown.js';
import type { Register } from './schema.js';

export const REGISTER_FILES = ['commitments.csv', 'register.json', 'register.md', 'register.html'] as const;

export async function writeRegister(dir: string, register: Register): Promise<string[]> {
  // One file's text at a time: a register of thousands of letters need not hold all four at once.
  const makers: Array<[string, () => string]> = [
    ['commitments.csv', () => registerCsv(register)],
    ['register.json', () => `${JSON.stringify(register, null, 2)}\n`],
    ['register.md', () => registerMarkdown(register)],
    ['register.html', () => registerHtml(register)],
  ];
  const written: string[] = [];
  for (const [name, make] of makers) {
    const path = join(dir, name);
    await writeFileAtomic(path, make());
    written.push(path);
  }
  return written;
}
