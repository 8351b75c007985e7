/**
 * The ingest stage's check of the whole letter: pages left unread. Run by the pipeline right after
 * the document is made, before layout.
 */
import { type KDocument, warn } from '../model/document.js';

/** After ingest: the PDF reader stopped at its page limit (ingest/pdf.ts MAX_PAGES). */
export function checkPages(doc: KDocument): void {
  const read = doc.raw.pages.length;
  if (doc.raw.format === 'pdf' && doc.raw.pageCount !== null && doc.raw.pageCount > read) {
    warn(
      doc,
      'ingest:pdf',
      'pages-truncated',
      `only the first ${read} of ${doc.raw.pageCount} pages were read`,
    );
  }
}
