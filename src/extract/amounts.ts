/**
 * The old import path of the amounts extractor: the code lives in src/extract/amounts/
 * (NodeNext resolves no directory imports, so this file keeps '../extract/amounts.js' working).
 */
export * from './amounts/index.js';
