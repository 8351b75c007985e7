/**
 * The processor: ingest → layout → structure → extract → Letter.
 * Every stage receives the same KDocument; problems are recorded as warnings on it.
 * Only input that cannot be read at all throws an InputError.
 */

import { runExtractors } from './extract/index.js';
import { checkLetter } from './extract/letter-check.js';
import { parseDutchDate } from './extract/metadata.js';
import { sha256 } from './hash.js';
import { readMarkup } from './ingest/markup.js';
import { checkPages } from './ingest/pages-read.js';
import { MAX_INPUT_BYTES, readInput } from './ingest/read.js';
import { readDocument } from './ingest/registry.js';
import { readText } from './ingest/text.js';
import { layout } from './layout/index.js';
import { createDocument, type ExtractOptions, type KDocument } from './model/document.js';
import { FACT_KEYS } from './model/facts.js';
import type { Facts, Letter } from './model/letter.js';
import type { RawDocument } from './model/page.js';
import { checkBody } from './structure/body-check.js';
import { structure } from './structure/index.js';
import { squash, squashedText } from './structure/join.js';
import { DEFAULT_TIMEOUT_MS, withTimeLimit } from './time-limit.js';

export { MAX_INPUT_BYTES, readInput };

export interface PipelineOptions extends ExtractOptions {
  /**
   * Time limit per file in ms (default DEFAULT_TIMEOUT_MS, 60,000; 0: none). It bounds reading the
   * file; the later stages are synchronous, so a hard limit needs a worker (see isolate/).
   */
  timeoutMs?: number;
}

/** Read the raw document from bytes, choosing the reader by content (not by name): ingest/registry.ts. */
export async function ingest(bytes: Uint8Array, path: string): Promise<RawDocument> {
  return readDocument(bytes, path);
}

/** Run the stages on a raw document. */
export function processRaw(
  raw: RawDocument,
  source: KDocument['source'],
  options: ExtractOptions = {},
): KDocument {
  const doc = createDocument(raw, source, options);
  checkPages(doc);
  const repeated = repeatedTexts(raw);
  layout(doc);
  if (repeated.size > 0) headerFieldsLast(doc, repeated);
  dropPlaceholders(doc);
  structure(doc);
  const body = checkBody(doc);
  runExtractors(doc);
  fromProperties(doc);
  if (body) checkLetter(doc);
  return doc;
}

/** Text of the lines in page header and footer parts (DOCX, ODT), read before layout takes them out. */
function repeatedTexts(raw: RawDocument): Set<string> {
  const texts = new Set<string>();
  for (const page of raw.pages) for (const line of page.lines) if (line.repeated) texts.add(line.text);
  return texts;
}

/**
 * A continuation-page header repeats the first page's fields (Datum, Ons kenmerk) as a cached field
 * result that Word updates only when it prints that page: the first page's own print comes first,
 * and a header's field serves only where the page lacks it.
 */
function headerFieldsLast(doc: KDocument, repeated: Set<string>): void {
  const own = doc.fields.filter((f) => !repeated.has(f.value));
  if (own.length === doc.fields.length) return;
  doc.fields = [...own, ...doc.fields.filter((f) => repeated.has(f.value))];
}

/**
 * A field whose value has no letter or digit ("-", "…", "--") is a template's placeholder left
 * unfilled, no value: without it, the same field elsewhere (a header's copy) or a property serves.
 */
const HAS_VALUE = /[\p{L}\p{N}]/u;
function dropPlaceholders(doc: KDocument): void {
  if (doc.fields.every((f) => HAS_VALUE.test(f.value))) return;
  doc.fields = doc.fields.filter((f) => HAS_VALUE.test(f.value));
}

/**
 * Document properties (DOCX docProps/custom.xml, ODT meta.xml) fill metadata that the printed text
 * lacks: the letter date, the reference and the subject. The printed text wins whenever it has the
 * field: a property is a template's stored value and may be stale or cut short.
 */
function fromProperties(doc: KDocument): void {
  const props = doc.raw.properties;
  if (!props) return;
  const md = doc.metadata;
  const first = (names: readonly string[]) => {
    for (const n of names) {
      const v = props[n]?.trim();
      if (v) return v;
    }
    return null;
  };
  if (md.date === null) {
    const value = first(PROPERTY_NAMES.date);
    const iso = value && (ISO_DATE.test(value) ? value.slice(0, 10) : parseDutchDate(value));
    if (iso) md.date = iso;
  }
  if (md.reference === null) {
    const value = first(PROPERTY_NAMES.reference);
    if (value && REFERENCE_VALUE.test(value)) md.reference = value;
  }
  if (md.subject === null) {
    const value = first(PROPERTY_NAMES.subject);
    if (value && value.length >= 4) md.subject = value;
  }
}

/** Property names of the ministries' Word templates (lower case), in order of preference. */
const PROPERTY_NAMES = {
  date: ['datum', 'documentdatum', 'briefdatum', 'date'],
  reference: ['onskenmerk', 'ons kenmerk', 'kenmerk', 'onzereferentie', 'onze referentie', 'referentie'],
  subject: ['onderwerp', 'betreft'],
} as const;
const ISO_DATE = /^\d{4}-\d{2}-\d{2}(?:T|$)/;
/** A reference is a code: digits, letters and separators, no sentence. */
const REFERENCE_VALUE = /^(?=[^\s]*\d)[\p{L}\d][\p{L}\d./_ -]{1,60}$/u;

/** Every fact kind's list in the kinds' order (facts.ts); a footnote's text squashed as a section's is. */
function factsOf(doc: KDocument): Facts {
  const facts = Object.fromEntries(FACT_KEYS.map((key) => [key, doc[key]])) as unknown as Facts;
  facts.footnotes = doc.footnotes.map((f) => ({ ...f, text: squash(f.text) }));
  return facts;
}

export function toLetter(doc: KDocument): Letter {
  return {
    schemaVersion: '1',
    source: { ...doc.source, pages: doc.raw.pageCount },
    metadata: doc.metadata,
    sections: doc.sections.map((s) => ({
      id: s.id,
      number: s.number,
      heading: s.heading,
      level: s.level,
      parent: s.parent,
      topics: s.topics,
      page: s.page,
      text: s.paragraphs.map(squashedText).join('\n\n'),
    })),
    ...factsOf(doc),
    warnings: doc.warnings,
    ...(doc.options.furniture ? { furniture: doc.furniture } : {}),
  };
}

/** Build the working document from bytes (for callers that want the internal model). */
export async function buildDocument(
  bytes: Uint8Array,
  path: string,
  options: PipelineOptions = {},
): Promise<KDocument> {
  const raw = await withTimeLimit(ingest(bytes, path), options.timeoutMs ?? DEFAULT_TIMEOUT_MS, path);
  const source = { path, sha256: sha256(bytes), format: raw.format, pages: raw.pageCount };
  return processRaw(raw, source, options);
}

export async function extractBytes(
  bytes: Uint8Array,
  path: string,
  options: PipelineOptions = {},
): Promise<Letter> {
  return toLetter(await buildDocument(bytes, path, options));
}

/** Extract a letter from a file path ("-" reads standard input). */
export async function extractFile(path: string, options: PipelineOptions = {}): Promise<Letter> {
  return extractBytes(await readInput(path), path, options);
}

/** Extract a letter from a string of text. */
export function extractText(text: string, path = '<text>', options: ExtractOptions = {}): Letter {
  const bytes = Buffer.from(text, 'utf8');
  const raw = readMarkup(text) ?? readText(text);
  return toLetter(
    processRaw(raw, { path, sha256: sha256(bytes), format: raw.format, pages: raw.pageCount }, options),
  );
}
