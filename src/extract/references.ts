/**
 * The old import path of the references extractor: the code lives in src/extract/references/
 * (NodeNext resolves no directory imports, so this file keeps '../extract/references.js' working).
 */
export * from './references/index.js';
