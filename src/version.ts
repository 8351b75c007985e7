import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);
/** The tool's version, from package.json (works from src/ and dist/). */
export const VERSION: string = (require('../package.json') as { version: string }).version;
