/**
 * The old import path of the side column: the code lives in src/layout/side-column/
 * (NodeNext resolves no directory imports, so this file keeps '../layout/side-column.js' working).
 */
export * from './side-column/index.js';
