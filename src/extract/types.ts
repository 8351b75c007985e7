import type { KDocument } from '../model/document.js';

/**
 * One small, independent extractor: it reads the document (sections, sentences, fields)
 * and adds one kind of fact. It never knows whether the letter came from PDF or text.
 */
export interface Extractor {
  name: string;
  run(doc: KDocument): void;
}
