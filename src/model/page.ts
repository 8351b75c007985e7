/**
 * What ingest produces: pages of lines. Every reader (text, pdf, ...) fills this model;
 * later stages never know which reader made it. Optional fields are filled when the
 * format knows them (PDF: position, size, weight), and left undefined otherwise.
 */
export interface Line {
  /** The line's text, right-trimmed; leading indentation removed. */
  text: string;
  /** 1-based page number, or null when the input has no page marks. */
  page: number | null;
  /** PDF: left edge, in points from the page's left side. */
  x?: number;
  /** PDF: top of the line, in points from the page's top (y grows downward). */
  y?: number;
  /** PDF: width of the line in points. */
  width?: number;
  /** PDF: dominant font size in points. */
  size?: number;
  /** PDF: the line is set in a bold face. */
  bold?: boolean;
  /** PDF: the line is set in an italic face. */
  italic?: boolean;
  /** PDF: the real font name of the line's dominant font. */
  font?: string;
  /** A blank line (text) or a vertical gap larger than line spacing (PDF) precedes this line. */
  gapBefore?: boolean;
  /** PDF: the line lies in the template's right-hand column (metadata and address block). */
  column?: 'main' | 'side';
  /** DOCX, ODT: the line is in a page header or footer part (repeated on the pages it serves). */
  repeated?: boolean;
  /** Footnote markers found on this line by the reader (PDF superscripts), as [char offset, number]. */
  markers?: Array<[number, number]>;
}

export interface Page {
  number: number | null;
  lines: Line[];
  /** PDF: page size in points. */
  width?: number;
  height?: number;
}

import type { SourceFormat } from './letter.js';

/** The three shapes of plain text users have; detected by the text reader, never asked. */
export type TextShape = 'pdf-text' | 'official' | 'paragraph-per-line';

export interface RawDocument {
  format: SourceFormat;
  pages: Page[];
  /** Number of pages of the original, when known. */
  pageCount: number | null;
  /** For text input: which shape the reader detected. */
  textShape?: TextShape;
  /** Body font size (PDF), the most common size weighted by characters. */
  bodySize?: number;
  /** The reader knows the headings and marked them by style (HTML/XML markup): style alone decides. */
  styledHeadings?: boolean;
  /**
   * The reader marked the template's side column and the page headers and footers (Line.column
   * 'side') without positions (DOCX, ODT): the layout stage reads them as it reads a PDF's column.
   */
  sideColumn?: boolean;
  /** Document properties (DOCX docProps/custom.xml, ODT meta.xml): name in lower case → value. */
  properties?: Record<string, string>;
}
