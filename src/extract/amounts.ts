import type { Extractor } from './types.js';

export const amountsExtractor: Extractor = {
  name: 'amounts',
  run() {},
};
