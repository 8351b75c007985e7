/** The letter's heading by its text: labelled fields, the ministry block, the addressee, the official header, a second letter's heading. */
import { FIELD_LINE } from '../../lexicon/fields.js';
import { classifyHeaderLine, LETTER_OF } from '../../lexicon/official-header.js';
import { ADDRESSEE_CONT, ADDRESSEE_START, PLACE_DATE } from '../../lexicon/opening.js';
import { PAGE_NUMBER, PAGE_OF, POSTBUS, POSTCODE } from '../../lexicon/page-furniture.js';
import type { Line } from '../../model/page.js';
import { BARE_DATE, splitRunOn } from '../dateline.js';
import type { FieldLimits } from '../fields.js';
import type { MinistryLimits } from '../ministry-block.js';
import { readOfficialHeader } from '../official-header.js';
import { type Ctx, field, furnish, hasField, isShort } from './context.js';

/** The text pass's field limits: a value on the same line only in the heading or for clear labels; a short value under a label alone. */
export const fieldLimits = (inHeading: () => boolean): FieldLimits => ({
  // "Datum 12 november 2024" on one line: only in the heading zone or for clear values.
  sameLine: (label, value) =>
    (inHeading() || /^(?:Datum|Onze referentie|Ons kenmerk|Kenmerk)$/.test(label)) && value.length <= 160,
  maxValueLines: (label) => (label === 'Betreft' || label === 'Onderwerp' ? 3 : 2),
  // Up to a gap or another label.
  endsValue: (l, _label, values) =>
    (values.length > 0 && !!l.gapBefore) ||
    FIELD_LINE.test(l.text) ||
    PAGE_OF.test(l.text) ||
    l.text.length > 120,
  emptyValue: false,
  boldLabels: false,
});

/** "Ministerie van" + short continuation lines; a body sentence that starts so continues with long lines. */
export const MINISTRY: MinistryLimits = {
  firstLine: isShort,
  maxLines: 5,
  endsBlock: (l) =>
    !!l.gapBefore ||
    !isShort(l) ||
    FIELD_LINE.test(l.text) ||
    PAGE_NUMBER.test(l.text) ||
    POSTBUS.test(l.text) ||
    POSTCODE.test(l.text),
  bodyAfter: (next) => !!next && !next.gapBefore && !isShort(next) && !FIELD_LINE.test(next.text),
};

export function addresseeBlock(ctx: Ctx, lines: Line[], i: number): number {
  if (lines[i].text.length > 90 || !ADDRESSEE_START.test(lines[i].text)) return 0;
  const parts = [lines[i]];
  let j = i + 1;
  if (lines[j] && ADDRESSEE_CONT.test(lines[j].text)) parts.push(lines[j++]);
  for (const l of parts) furnish(ctx, l, 'address');
  field(ctx, 'Aan', parts.map((l) => l.text).join(' '), lines[i].page);
  // Postal lines of the address that follow.
  while (
    lines[j] &&
    (POSTBUS.test(lines[j].text) ||
      POSTCODE.test(lines[j].text) ||
      /^[A-Z]{2,}( [A-Z]{2,})*$/.test(lines[j].text))
  ) {
    furnish(ctx, lines[j], 'address');
    j++;
  }
  return j - i;
}

/** The official publication's header at the start of the document (official-header.ts). Returns lines consumed. */
export function officialHeader(ctx: Ctx, lines: Line[]): number {
  const h = readOfficialHeader(lines.map((l) => l.text));
  if (!h || h.used === 0) return 0;
  for (let i = 0; i < h.used; i++) furnish(ctx, lines[i], 'header');
  const page = lines[0].page;
  const dossier = h.dossier ?? h.rowKamerstuk?.dossier ?? null;
  const nr =
    h.nr ?? (h.dossier === null || h.dossier === h.rowKamerstuk?.dossier ? h.rowKamerstuk?.nr : null) ?? null;
  if (dossier) field(ctx, 'Dossier', dossier, page);
  if (h.dossierTitle) field(ctx, 'Dossiertitel', h.dossierTitle, page);
  if (nr) field(ctx, 'Nr', nr, page);
  if (h.letterOf) field(ctx, 'Brief van', h.letterOf, page);
  return h.used;
}

/**
 * A line that starts with the addressee or the dateline and runs on into the body (dateline.ts):
 * the heading part leaves the body (as furniture and fields), the rest stays as the line's text.
 */
export function runOnHeading(ctx: Ctx, line: Line): boolean {
  const r = splitRunOn(line.text);
  if (!r) return false;
  if (r.addressee) {
    ctx.doc.furniture.push({ kind: 'address', text: r.addressee, page: line.page });
    if (!hasField(ctx, 'Aan')) field(ctx, 'Aan', r.addressee, line.page);
  }
  if (r.dateline && r.date) {
    ctx.doc.furniture.push({ kind: 'field', text: r.dateline, page: line.page });
    if (!hasField(ctx, 'Datum')) field(ctx, 'Datum', r.date, line.page);
  }
  if (!r.rest) {
    ctx.remove.add(line);
    return true;
  }
  const cut = line.text.length - r.rest.length;
  line.text = r.rest;
  if (line.markers) line.markers = line.markers.filter(([o]) => o >= cut).map(([o, n]) => [o - cut, n]);
  return true;
}

/**
 * A line of the letter's heading that is none of the labelled fields: the parts of the official
 * header that stand after its start (received, voorhang, a repeated chamber or session line), the
 * web rendition's summary and type lines, and its bare date ("22 november 2022").
 */
export function headingLine(ctx: Ctx, line: Line): boolean {
  const c = classifyHeaderLine(line.text);
  if (c && c.kind !== 'dossier' && c.kind !== 'number' && c.kind !== 'letter-of') {
    furnish(ctx, line, 'header');
    return true;
  }
  const d = BARE_DATE.exec(line.text);
  if (d && !hasField(ctx, 'Datum')) {
    furnish(ctx, line, 'field');
    field(ctx, 'Datum', d[1], line.page);
    return true;
  }
  return false;
}

export const runningHead = (t: string) => {
  const c = t.charAt(0);
  if (t.length > 80 || (c !== 'T' && c !== 'E' && c !== 'V' && c !== 'D')) return false;
  const k = classifyHeaderLine(t)?.kind;
  return k === 'chamber' || k === 'session' || k === 'site-row';
};

/**
 * "BRIEF VAN DE MINISTER VAN ..." in the body, followed by the addressee or the dateline: the heading of
 * a second letter (the Eerste Kamer's cover letter is followed by the letter to the Tweede Kamer).
 * Its lines are furniture; the fields keep the first letter's values. Returns lines consumed.
 */
export function secondLetterHeading(ctx: Ctx, lines: Line[], i: number): number {
  const t = lines[i].text;
  if (t.length > 200 || !LETTER_OF.test(t) || t !== t.toUpperCase()) return 0;
  let j = i + 1;
  while (
    j < lines.length &&
    j < i + 3 &&
    lines[j].text === lines[j].text.toUpperCase() &&
    lines[j].text.length < 120
  )
    j++;
  const next = lines[j]?.text ?? '';
  if (!ADDRESSEE_START.test(next) && !PLACE_DATE.test(next)) return 0;
  for (let k = i; k < j; k++) furnish(ctx, lines[k], 'header');
  return j - i;
}
