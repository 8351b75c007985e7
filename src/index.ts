/**
 * kamerbrief as a library.
 *
 *   import { extract } from 'kamerbrief';
 *   const letter = await extract('letter.pdf');          // a path, "-" for stdin
 *   const same = await extract(bytes, { path: 'x.pdf' }); // or bytes
 */

import type { Letter } from './model/letter.js';
import { extractBytes, extractFile, type PipelineOptions } from './pipeline.js';

export async function extract(
  input: string | Uint8Array,
  options: PipelineOptions & { path?: string } = {},
): Promise<Letter> {
  if (typeof input === 'string') return extractFile(input, options);
  return extractBytes(input, options.path ?? '<bytes>', options);
}

export type { KDocument } from './model/document.js';
export { InputError } from './model/errors.js';
export { FACT_KEYS, FACT_KINDS, type FactKey } from './model/facts.js';
export { parseKinds } from './model/kinds.js';
export * from './model/letter.js';
export type { PipelineOptions } from './pipeline.js';
export { buildDocument, extractBytes, extractFile, extractText, processRaw, toLetter } from './pipeline.js';
export { render } from './render/index.js';
export { DEFAULT_TIMEOUT_MS } from './time-limit.js';
export { VERSION } from './version.js';
