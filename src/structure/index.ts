/** The structure stage: headings → section tree with topics; then the sentences of each section. */
import type { KDocument } from '../model/document.js';
import { buildSections } from './sections.js';
import { documentSentences } from './sentences.js';

export function structure(doc: KDocument): void {
  buildSections(doc);
  doc.sentences = documentSentences(doc.sections);
}
