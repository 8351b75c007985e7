import type { Extractor } from './types.js';

export const referencesExtractor: Extractor = {
  name: 'references',
  run() {},
};
