import type { Extractor } from './types.js';

export const metadataExtractor: Extractor = {
  name: 'metadata',
  run() {},
};
