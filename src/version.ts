import { readFileSync } from 'node:fs';

/**
 * The tool's version, from the package.json of the folder above: works from src/ and dist/
 * (one level down) and from dist/bundle/ (two levels down).
 */
function readVersion(): string {
  for (const up of ['../package.json', '../../package.json']) {
    try {
      const pkg = JSON.parse(readFileSync(new URL(up, import.meta.url), 'utf8')) as {
        name?: string;
        version?: string;
      };
      if (pkg.name === 'kamerbrief' && typeof pkg.version === 'string') return pkg.version;
    } catch {
      // Not here: one level further up.
    }
  }
  return '0.0.0';
}

export const VERSION: string = readVersion();
