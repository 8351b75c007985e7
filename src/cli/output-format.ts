/**
 * `extract -o FILE` picks its format from FILE's extension when -f is not given: `.md` (or
 * `.markdown`) a Markdown report, `.json` JSON, `.ndjson` (or `.jsonl`) one JSON line. Any other
 * extension leaves the default, JSON. An -f that says otherwise than the extension is refused:
 * `-f json -o report.md` is a mistake, not a wish for JSON in a file named .md.
 */
import { extname } from 'node:path';
import type { Format } from '../render/index.js';

const BY_EXTENSION: Record<string, Format> = {
  '.md': 'md',
  '.markdown': 'md',
  '.json': 'json',
  '.ndjson': 'ndjson',
  '.jsonl': 'ndjson',
};

/** The format an output file's extension names, or null. */
export function formatOfPath(path: string): Format | null {
  return BY_EXTENSION[extname(path).toLowerCase()] ?? null;
}

/** The format to write: -f if given, else the file's extension, else JSON; an error text on a clash. */
export function chooseFormat(
  given: Format | undefined,
  output: string | undefined,
): { format: Format } | { error: string } {
  const implied = output === undefined ? null : formatOfPath(output);
  if (given !== undefined && implied !== null && given !== implied) {
    return {
      error: `-f ${given} contradicts -o ${output}, whose extension says ${implied}: drop -f or rename the file`,
    };
  }
  return { format: given ?? implied ?? 'json' };
}
