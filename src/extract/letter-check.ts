/**
 * The extract stage's check of the whole letter: nothing that makes it a letter. Run by the pipeline
 * after the extractors and the document properties, when the body has text.
 */
import { type KDocument, warn } from '../model/document.js';

/** After extract (metadata and document properties): a body with nothing of a letter. */
export function checkLetter(doc: KDocument): void {
  const md = doc.metadata;
  const letterLike =
    md.date || md.reference || md.subject || md.signatories.length > 0 || md.kamerstuk || md.addressee;
  if (!letterLike)
    warn(
      doc,
      'extract:metadata',
      'not-a-letter',
      'no letter date, reference, subject, addressee or signature found: this may not be a letter',
    );
}
