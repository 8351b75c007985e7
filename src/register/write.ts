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
  const files: Array<[string, string]> = [
    ['commitments.csv', registerCsv(register)],
    ['register.json', `${JSON.stringify(register, null, 2)}\n`],
    ['register.md', registerMarkdown(register)],
    ['register.html', registerHtml(register)],
  ];
  const written: string[] = [];
  for (const [name, data] of files) {
    const path = join(dir, name);
    await writeFileAtomic(path, data);
    written.push(path);
  }
  return written;
}
