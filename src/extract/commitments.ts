/**
 * The old import path of the commitments extractor: the code lives in src/extract/commitments/
 * (NodeNext resolves no directory imports, so this file keeps '../extract/commitments.js' working).
 */
export * from './commitments/index.js';
