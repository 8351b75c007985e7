/**
 * The old import path of the topics: the code lives in src/structure/topics/
 * (NodeNext resolves no directory imports, so this file keeps '../structure/topics.js' working).
 */
export * from './topics/index.js';
