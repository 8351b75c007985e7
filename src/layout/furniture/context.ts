/** What the text rules share: the document, the lines taken out, whether the heading is still running. */
import { ENDS_SENTENCE } from '../../lexicon/punctuation.js';
import type { KDocument } from '../../model/document.js';
import type { Furniture } from '../../model/letter.js';
import type { Line } from '../../model/page.js';
import type { FieldLimits, FurnitureSink } from '../fields.js';

export type Kind = Furniture['kind'];

const SHORT = 48;
export const isShort = (l: Line | undefined) => !!l && l.text.length <= SHORT && !ENDS_SENTENCE.test(l.text);

export interface Ctx {
  doc: KDocument;
  remove: Set<Line>;
  /** Lines before the body starts on the first page: the letter's heading. */
  inHeading: boolean;
  /** furnish and field, for the rules shared with the geometry pass. */
  sink: FurnitureSink;
  fields: FieldLimits;
}

export function furnish(ctx: Ctx, line: Line, kind: Kind): void {
  ctx.remove.add(line);
  ctx.doc.furniture.push({ kind, text: line.text, page: line.page });
}

export function field(ctx: Ctx, label: string, value: string, page: number | null): void {
  const v = value.replace(/\s+/g, ' ').trim();
  if (v) ctx.doc.fields.push({ label, value: v, page });
}
export const hasField = (ctx: Ctx, label: string) => ctx.doc.fields.some((f) => f.label === label);
