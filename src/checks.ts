/**
 * Warnings about the letter as a whole, each recorded right after the stage that can see the
 * problem, and named after it: pages left unread (ingest), no body text or not Dutch (structure),
 * nothing that makes it a letter (extract). They run from the pipeline (processRaw) until each
 * moves into its stage.
 */
import { type KDocument, warn } from './model/document.js';

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

/** After structure: whether the body has text (false: warned `no-body`), and whether it looks Dutch. */
export function checkBody(doc: KDocument): boolean {
  if (!doc.sections.some((s) => s.paragraphs.some((p) => NOT_BLANK.test(p.text)))) {
    warn(doc, 'structure:body', 'no-body', 'no body text found');
    return false;
  }
  // A sample is enough to tell the language: the body's first 4,000 characters (sections joined
  // as the body's text joins them, but only as many as the sample needs).
  const parts: string[] = [];
  let length = 0;
  for (const section of doc.sections) {
    if (length > SAMPLE_CHARS) break;
    const text = section.paragraphs.map((p) => p.text).join(' ');
    parts.push(text);
    length += text.length + 1;
  }
  const words =
    parts
      .join(' ')
      .slice(0, SAMPLE_CHARS)
      .toLowerCase()
      .match(/\p{L}+/gu) ?? [];
  const dutch = words.filter((w) => DUTCH_WORDS.has(w)).length;
  if (words.length >= 20 && dutch / words.length < 0.06) {
    warn(doc, 'structure:language', 'not-dutch', 'the text does not look Dutch; results may be poor');
  }
  return true;
}

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

const SAMPLE_CHARS = 4_000;
const NOT_BLANK = /\S/;

const DUTCH_WORDS = new Set(
  // Frequent Dutch words that are not also English words ("in", "is", "we" are both).
  'de het een en van op te dat die zijn voor met niet aan er om ook als bij of door naar over wordt worden uit dit deze wij ik uw kamer heeft hebben zal zullen kan moet nog meer dan tot'.split(
    ' ',
  ),
);
