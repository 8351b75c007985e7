import type { Extractor } from './types.js';

export const regionsExtractor: Extractor = {
  name: 'regions',
  run() {},
};
