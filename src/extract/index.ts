/**
 * The extractors, in order. Later ones may read what earlier ones found
 * (commitments read the letter date from metadata and use the region matcher).
 */
import type { KDocument } from '../model/document.js';
import { amountsExtractor } from './amounts.js';
import { commitmentsExtractor } from './commitments/index.js';
import { metadataExtractor } from './metadata.js';
import { referencesExtractor } from './references.js';
import { regionsExtractor } from './regions.js';
import type { Extractor } from './types.js';

export const extractors: readonly Extractor[] = [
  metadataExtractor,
  regionsExtractor,
  amountsExtractor,
  referencesExtractor,
  commitmentsExtractor,
];

export function runExtractors(doc: KDocument): void {
  for (const extractor of extractors) extractor.run(doc);
}
