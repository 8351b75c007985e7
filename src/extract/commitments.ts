import type { Extractor } from './types.js';

export const commitmentsExtractor: Extractor = {
  name: 'commitments',
  run() {},
};
