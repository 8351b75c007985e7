/** Fields the print shows rather than labels: a date stamped beside an empty "Datum", a title in a large font as the subject. */
import { MONTH_ALTERNATION } from '../../lexicon/months.js';
import { classifyHeaderLine } from '../../lexicon/official-header.js';
import { ENDS_SENTENCE } from '../../lexicon/punctuation.js';
import { addField, type Ctx, furnish } from './context.js';

/** A date as a stamp prints it, letter-spaced and in capitals: "2 9 MEI 2019". */
const STAMPED_DATE = new RegExp(String.raw`^(\d\s?\d?)\s+(${MONTH_ALTERNATION})\s+(\d\s?\d\s?\d\s?\d)$`, 'i');

/**
 * A "Datum" label printed without a value, with the date stamped beside it (a letter signed on
 * paper): the stamp on page 1 within two lines above or below the label, to its right, is the date.
 */
export function stampedDate(ctx: Ctx): void {
  if (ctx.doc.fields.some((f) => f.label === 'Datum')) return;
  const page = ctx.doc.raw.pages[0];
  if (!page) return;
  const label = page.lines.find((l) => /^Datum\s*:?$/i.test(l.text));
  if (!label || label.y === undefined || label.x === undefined) return;
  for (const l of page.lines) {
    if (l.y === undefined || l.x === undefined || l.x <= label.x) continue;
    if (Math.abs(l.y - label.y) > 2.5 * (label.size ?? 10)) continue;
    const m = STAMPED_DATE.exec(l.text.trim());
    if (!m) continue;
    furnish(ctx, l, 'field');
    addField(
      ctx,
      'Datum',
      `${m[1].replace(/\s/g, '')} ${m[2].toLowerCase()} ${m[3].replace(/\s/g, '')}`,
      l.page,
    );
    return;
  }
}

/**
 * A document without a subject line that opens with a title in a large font (a nota, a report
 * sent as a letter): the title is its subject, and leaves the body as a letter's subject line does.
 */
export function titleAsSubject(ctx: Ctx): void {
  const body = ctx.doc.raw.bodySize;
  if (body === undefined || ctx.doc.fields.some((f) => /^(?:Betreft|Onderwerp)$/i.test(f.label))) return;
  const page = ctx.doc.raw.pages[0];
  const height = page?.height ?? 842;
  const first = page?.lines.find((l) => !ctx.remove.has(l) && l.column !== 'side');
  if (!first || first.size === undefined || first.size < 1.5 * body || (first.y ?? 0) > 0.4 * height) return;
  // The official publication's masthead ("Tweede Kamer der Staten-Generaal") is furniture, not a title.
  if (classifyHeaderLine(first.text.trim())) return;
  const title = [first];
  const lines = page.lines.filter((l) => !ctx.remove.has(l) && l.column !== 'side');
  for (let j = 1; j < lines.length && title.length < 3; j++) {
    const l = lines[j];
    if (l.gapBefore || l.size === undefined || Math.abs(l.size - first.size) > 0.5) break;
    title.push(l);
  }
  const text = title.map((l) => l.text).join(' ');
  if (text.length > 160 || ENDS_SENTENCE.test(text)) return;
  addField(ctx, 'Betreft', text, first.page);
  for (const l of title) furnish(ctx, l, 'header');
}
