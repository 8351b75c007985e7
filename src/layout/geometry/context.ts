/** What the geometry rules share: the document, the lines taken out, the furniture found in reading order. */
import type { KDocument } from '../../model/document.js';
import type { Furniture } from '../../model/letter.js';
import type { Line } from '../../model/page.js';
import type { FurnitureSink } from '../fields.js';

export type Kind = Furniture['kind'];
export interface Ctx {
  doc: KDocument;
  remove: Set<Line>;
  /** The furniture found, with the line it came from (to list it in reading order). */
  found: Array<{ furniture: Furniture; line: Line }>;
  /** furnish and addField, for the rules shared with the text pass. */
  sink: FurnitureSink;
}

export function furnish(ctx: Ctx, line: Line, kind: Kind): void {
  if (ctx.remove.has(line)) return;
  ctx.remove.add(line);
  ctx.found.push({ furniture: { kind, text: line.text, page: line.page }, line });
}

export function addField(ctx: Ctx, label: string, value: string, page: number | null): void {
  const v = value.replace(/\s+/g, ' ').trim();
  if (!v) return;
  if (ctx.doc.fields.some((f) => f.label === label && f.value === v)) return;
  ctx.doc.fields.push({ label, value: v, page });
}
