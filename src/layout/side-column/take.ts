/**
 * Taking the column out of a page's lines: its lines go to the furniture layer, its fields are read
 * as header fields, and the body lines around them join up again.
 */

import { SALUTATION } from '../../lexicon/opening.js';
import { ENDS_SENTENCE } from '../../lexicon/punctuation.js';
import type { KDocument } from '../../model/document.js';
import type { Line } from '../../model/page.js';
import {
  fieldValueFits,
  firstTight,
  isStreet,
  type Kind,
  LABEL_VALUE,
  labelName,
  MINISTRY_TIGHT,
  narrow,
  OIN,
  OPEN_END,
  OPEN_START,
  POSTCODE_TIGHT,
  sideKind,
  tight,
  UNIT,
} from './forms.js';

export interface Ctx {
  doc: KDocument;
  remove: Set<Line>;
}

function furnish(ctx: Ctx, line: Line, kind: Kind): void {
  if (ctx.remove.has(line)) return;
  ctx.remove.add(line);
  ctx.doc.furniture.push({ kind, text: line.text, page: line.page });
}

function addField(ctx: Ctx, label: string, value: string, page: number | null): void {
  const v = value.replace(/\s+/g, ' ').trim();
  if (!v) return;
  if (ctx.doc.fields.some((f) => f.label === label && f.value === v)) return;
  ctx.doc.fields.push({ label, value: v, page });
}

/** A label's value on the line after it: short, not itself a column line or a sentence. */
function valueLine(l: Line | undefined): boolean {
  return !!l && l.text.length <= 60 && sideKind(l.text) === null && !/[.!?;:]$/.test(l.text);
}

/** A name in the column (ministry, unit) from lines[i] while it is open-ended; returns its lines. */
function nameLines(lines: Line[], i: number, max: number): Line[] {
  const block = [lines[i]];
  for (let j = i + 1; j < lines.length && block.length < max; j++) {
    const prev = block[block.length - 1].text;
    const l = lines[j];
    const open =
      OPEN_END.test(prev) ||
      /^(?:Ministerie van|Directoraat-generaal|Directie)$/i.test(prev.replace(/\s+/g, ' '));
    const opens = OPEN_START.test(l.text);
    // A closed line may still go on when a short capitalised word group follows and a blank line
    // or another column line comes right after it ("Klimaat en Groene" / "Groei" / blank).
    const after = lines[j + 1];
    const tail =
      !l.gapBefore &&
      l.text.length <= 30 &&
      /^\p{Lu}[\p{L} ,&'’-]*$/u.test(l.text) &&
      (!after || !!after.gapBefore || sideKind(after.text) !== null);
    if (!(open || opens || tail) || !narrow(l) || sideKind(l.text) !== null) break;
    // A letter-spaced "Directoraat-generaal" alone takes the name on the next line, which starts in capitals.
    if (!opens && !/^\p{Lu}/u.test(l.text)) break;
    block.push(l);
  }
  return block;
}

/**
 * Take the column's lines out of one page's lines. A line that is column furniture by its form
 * (page label, Postbus, postcode, phone, website, a label alone) always goes; a label takes its
 * value from the next line; the ministry's and the unit's names go with their continuation lines;
 * a street line goes when a postcode follows it; a unit name goes next to other column lines.
 */
export function takeColumn(ctx: Ctx, lines: Line[], firstPage: boolean, keepPageLabels: boolean): void {
  let salutationAt = -1;
  if (firstPage) salutationAt = lines.findIndex((l) => SALUTATION.test(l.text));
  const taken = (l: Line | undefined) => !!l && ctx.remove.has(l);
  const columnNext = (j: number) => {
    const l = lines[j];
    return !!l && (sideKind(l.text) !== null || (MINISTRY_TIGHT.test(tight(l.text)) && narrow(l)));
  };
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i];
    // The column is narrow; only the subject line in the heading may run longer.
    if ((line.text.length > 60 && !(firstPage && i < salutationAt)) || taken(line)) continue;
    const text = line.text;
    const kind = sideKind(text);
    if (kind === 'field') {
      const label = labelName(tight(text));
      const isSubject = label === 'Betreft' || label === 'Onderwerp';
      // The subject in the heading wraps up to the salutation; other values take one line.
      const max = isSubject ? (salutationAt > i ? Math.min(3, salutationAt - i - 1) : 2) : 1;
      const values: Line[] = [];
      for (let j = i + 1; j < lines.length && values.length < max && valueLine(lines[j]); j++)
        values.push(lines[j]);
      if (values.length === 0 && /^(?:Datum|Betreft|Onderwerp)$/.test(label)) continue;
      furnish(ctx, line, 'field');
      for (const v of values) furnish(ctx, v, 'field');
      if (values.length) addField(ctx, label, values.map((v) => v.text).join(' '), line.page);
      i += values.length;
      continue;
    }
    if (kind) {
      // On pages the reader cut already, the page label names its page: the general rules take it.
      if (!(kind === 'page-number' && keepPageLabels)) furnish(ctx, line, kind);
      continue;
    }
    const lv = LABEL_VALUE.exec(text);
    if (lv && fieldValueFits(labelName(lv[1]), lv[2])) {
      const label = labelName(lv[1]);
      const isHeading = firstPage && salutationAt > i;
      if (label === 'Datum' && !isHeading && !columnNext(i + 1) && !columnNext(i - 1) && !taken(lines[i - 1]))
        continue;
      furnish(ctx, line, 'field');
      addField(ctx, label, lv[2], line.page);
      continue;
    }
    if (/^Betreft\s+\S/.test(text) && firstPage && salutationAt > i) {
      // "Betreft Nationaal Programma ..." / "(NPCE) incl. ..." up to the salutation.
      const parts = [text.replace(/^Betreft\s+/, '')];
      furnish(ctx, line, 'field');
      for (let j = i + 1; j < salutationAt && j <= i + 2 && valueLine(lines[j]); j++) {
        parts.push(lines[j].text);
        furnish(ctx, lines[j], 'field');
        i = j;
      }
      addField(ctx, 'Betreft', parts.join(' '), line.page);
      continue;
    }
    // The tight tests (MINISTRY_TIGHT, OIN) start at the first non-space character: an "M", a digit.
    const first = firstTight(text);
    if ((first | 0x20) === 0x6d && MINISTRY_TIGHT.test(tight(text)) && narrow(line)) {
      const block = nameLines(lines, i, 4);
      for (const l of block) furnish(ctx, l, 'header');
      addField(ctx, 'Ministerie', block.map((l) => l.text).join(' '), line.page);
      i += block.length - 1;
      continue;
    }
    if (UNIT.test(text) && narrow(line)) {
      const block = nameLines(lines, i, 3);
      const after = i + block.length;
      if (
        columnNext(after) ||
        taken(lines[i - 1]) ||
        (UNIT.test(lines[after]?.text ?? '') && narrow(lines[after]))
      ) {
        for (const l of block) furnish(ctx, l, 'header');
        i = after - 1;
      }
      continue;
    }
    if (text.length <= 40 && isStreet(text)) {
      const next = lines[i + 1];
      if (next && POSTCODE_TIGHT.test(tight(next.text)) && next.text.length <= 40) {
        furnish(ctx, line, 'address');
        furnish(ctx, next, 'address');
        i++;
      }
    }
    // The long number under "Overheidsidentificatienr" when the label was taken.
    if (first >= 0x30 && first <= 0x39 && OIN.test(tight(text)) && taken(lines[i - 1]))
      furnish(ctx, line, 'field');
  }
}

/**
 * Drop the column's lines. A blank line next to them carries over to the next kept line only
 * when the kept line before it ended a sentence: a column printed in mid-sentence leaves the
 * sentence whole.
 */
export function keepBody(lines: Line[], remove: Set<Line>): Line[] {
  const kept: Line[] = [];
  let carry = false;
  for (const l of lines) {
    if (remove.has(l)) {
      carry ||= !!l.gapBefore;
      continue;
    }
    const prev = kept[kept.length - 1];
    if (carry && prev && ENDS_SENTENCE.test(prev.text)) l.gapBefore = true;
    else if (carry && prev && l.gapBefore && !ENDS_SENTENCE.test(prev.text) && /^\p{Ll}/u.test(l.text))
      l.gapBefore = false;
    carry = false;
    kept.push(l);
  }
  return kept;
}
