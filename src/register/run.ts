/**
 * `kamerbrief register` as a function: read the inputs (load.ts), build the register (build.ts) and
 * write its files (write.ts). `batch --register` calls it on its own output directory.
 */
import { resolve } from 'node:path';
import type { CommitmentKind } from '../model/letter.js';
import { buildRegister } from './build.js';
import { type LoadProblem, loadDigests } from './load.js';
import type { Register } from './schema.js';
import { writeRegister } from './write.js';

export interface RegisterOptions {
  inputs: readonly string[];
  outDir: string;
  asOf: string;
  version: string;
  undated?: boolean;
  kinds?: readonly CommitmentKind[];
  cwd?: string;
}

export interface RegisterRun {
  register: Register | null;
  problems: LoadProblem[];
  files: string[];
}

/** Today's date where the user is (not UTC's). */
export function today(now = new Date()): string {
  const p = (n: number) => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${p(now.getMonth() + 1)}-${p(now.getDate())}`;
}

export async function runRegister(options: RegisterOptions): Promise<RegisterRun> {
  const cwd = options.cwd ?? process.cwd();
  const { digests, problems } = await loadDigests(options.inputs, {
    cwd,
    undated: options.undated,
    kinds: options.kinds,
  });
  // When every input failed there is nothing to register: the files are left as they were.
  if (digests.length === 0 && problems.length > 0) return { register: null, problems, files: [] };
  const register = buildRegister(digests, { asOf: options.asOf, version: options.version });
  const files = await writeRegister(resolve(cwd, options.outDir), register);
  return { register, problems, files };
}
