/**
 * The old import path of the regions extractor: the code lives in src/extract/regions/
 * (NodeNext resolves no directory imports, so this file keeps '../extract/regions.js' working).
 */
export * from './regions/index.js';
