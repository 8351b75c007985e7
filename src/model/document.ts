/**
 * The working document: one object that flows through every stage (like a vfile with its tree).
 * ingest fills `raw`; layout fills `furniture`, `fields`, `blocks`, `footnotes`, `closing`;
 * structure fills `sections` and `sentences`; each extractor fills one kind of fact.
 * Problems are recorded with `warn()`, never thrown, unless the input cannot be read at all.
 */
import { FACT_KEYS } from './facts.js';
import type { CommitmentKind, Facts, Furniture, Metadata, SourceFormat, Topic, Warning } from './letter.js';
import type { Line, RawDocument } from './page.js';

/** A labelled value printed in the letter's header or side column: "Datum" → "12 november 2024". */
export interface Field {
  label: string;
  value: string;
  page: number | null;
}

/** A footnote marker: footnote `number` is referenced at char `offset` of a block's joined text. */
export interface Marker {
  number: number;
  offset: number;
}

/** A run of body lines between blank lines (text) or vertical gaps (PDF), before headings are split off. */
export interface Block {
  lines: Line[];
  page: number | null;
}

/** A body paragraph: joined text, with the char offsets where each page starts. */
export interface Paragraph {
  text: string;
  page: number | null;
  /** [char offset, page] for every page that starts inside or at the start of the paragraph. */
  pageStarts: Array<[number, number]>;
  markers: Marker[];
}

export interface DocSection {
  id: string;
  number: string | null;
  heading: string;
  level: number;
  parent: string | null;
  topics: Topic[];
  page: number | null;
  paragraphs: Paragraph[];
}

export interface Sentence {
  text: string;
  sectionId: string;
  page: number | null;
  /** Footnote numbers referenced in this sentence. */
  footnotes: number[];
}

/** The closing of the letter: greeting, signature roles and names. */
export interface Closing {
  lines: Line[];
}

export interface ExtractOptions {
  /** List commitments without a date too (when.timex null). */
  undated?: boolean;
  /** Keep the furniture layer in the output. */
  furniture?: boolean;
  /** The commitment kinds to list (default: promise and plan). */
  kinds?: readonly CommitmentKind[];
}

/** The fact lists (facts.ts): layout fills `footnotes`, each extractor one more. */
export interface KDocument extends Facts {
  source: { path: string; sha256: string; format: SourceFormat; pages: number | null };
  raw: RawDocument;
  furniture: Furniture[];
  fields: Field[];
  /** Lines before the body that are part of the letter's heading (official header, addressee, date line). */
  preamble: Line[];
  blocks: Block[];
  closing: Closing | null;
  sections: DocSection[];
  sentences: Sentence[];
  metadata: Metadata;
  warnings: Warning[];
  options: ExtractOptions;
}

export function createDocument(
  raw: RawDocument,
  source: KDocument['source'],
  options: ExtractOptions = {},
): KDocument {
  return {
    source,
    raw,
    furniture: [],
    fields: [],
    preamble: [],
    blocks: [],
    closing: null,
    sections: [],
    sentences: [],
    metadata: {
      date: null,
      reference: null,
      subject: null,
      ministry: null,
      signatories: [],
      kamerstuk: null,
      addressee: null,
    },
    ...(Object.fromEntries(FACT_KEYS.map((key) => [key, []])) as unknown as Facts),
    warnings: [],
    options,
  };
}

/**
 * Where a warning comes from, `stage:rule`: the stage that saw the problem and the rule in it
 * ("ingest:pdf", "layout:side-column", "structure:body"), as vfile's messages name their origin.
 */
export type Origin = `${'ingest' | 'layout' | 'structure' | 'extract'}:${string}`;

/** Record a problem on the document, as vfile's `file.message(reason, place, origin)` does. */
export function warn(
  doc: KDocument,
  origin: Origin,
  code: string,
  message: string,
  page: number | null = null,
): void {
  if (doc.warnings.some((w) => w.code === code && w.message === message && w.page === page)) return;
  doc.warnings.push({ code, message, page, origin });
}

/** The page at a char offset of a paragraph. */
export function pageAt(paragraph: Paragraph, offset: number): number | null {
  let page = paragraph.page;
  for (const [start, p] of paragraph.pageStarts) {
    if (start <= offset) page = p;
    else break;
  }
  return page;
}
