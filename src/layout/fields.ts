/**
 * The labelled-field rule, one for the text rules (furniture.ts) and the geometry rules
 * (geometry.ts): a label of the lexicon with its value on the same line ("Datum 12 november 2024"),
 * or alone on its line with its value on the next lines. The two passes take a field on different
 * evidence (the text pass sees no column and no fonts, so it asks more of the text itself): what
 * differs is named in FieldLimits, and each pass passes its own.
 */
import { FIELD_LINE, mayBeField } from '../lexicon/fields.js';
import { ENDS_SENTENCE } from '../lexicon/punctuation.js';
import type { Furniture } from '../model/letter.js';
import type { Line } from '../model/page.js';
import { subjectContinuation } from './subject.js';

/** Where a layout rule puts what it finds: lines taken out as furniture, and field values. */
export interface FurnitureSink {
  furnish(line: Line, kind: Furniture['kind']): void;
  field(label: string, value: string, page: number | null): void;
}

/** What the passes differ in. */
export interface FieldLimits {
  /** Whether a label with its value on the same line makes a field. */
  sameLine(label: string, value: string): boolean;
  /** The most value lines under a label alone. */
  maxValueLines(label: string): number;
  /** Whether `line` ends the value of the label on `labelLine` (`values`: the value lines so far). */
  endsValue(line: Line, labelLine: Line, values: readonly Line[]): boolean;
  /** Whether a label alone with no value line under it is a field still. */
  emptyValue: boolean;
  /** A bold line that heads a block and is followed by regular text is a label too (the side column sets its labels in bold). */
  boldLabels: boolean;
}

/** "ONZE REFERENTIE", "ons kenmerk:" → "Onze referentie", "Ons kenmerk". */
export function canonicalLabel(raw: string): string {
  const label = raw.replace(/\s*:$/, '').replace(/\s+/g, ' ').trim();
  return label.charAt(0).toUpperCase() + label.slice(1).toLowerCase();
}

/** A bold line heading a block, followed by a regular line of the same block: a label in bold. */
function boldLabel(lines: Line[], i: number): boolean {
  const line = lines[i];
  const next = lines[i + 1];
  const headsBlock = i === 0 || !!line.gapBefore || !lines[i - 1].bold;
  return (
    !!line.bold &&
    headsBlock &&
    line.text.length <= 40 &&
    !ENDS_SENTENCE.test(line.text.replace(/:$/, '')) &&
    !!next &&
    !next.bold &&
    !next.gapBefore
  );
}

/** A labelled field starting at lines[i]. Returns the number of lines used, 0 if none. */
export function labelledField(sink: FurnitureSink, lines: Line[], i: number, limits: FieldLimits): number {
  const line = lines[i];
  const m = mayBeField(line.text) ? FIELD_LINE.exec(line.text) : null;
  let label: string;
  let sameLine: string | undefined;
  if (m) {
    label = canonicalLabel(m[1]);
    sameLine = m[2]?.trim();
  } else {
    if (!limits.boldLabels || !boldLabel(lines, i)) return 0;
    label = canonicalLabel(line.text);
  }
  if (sameLine) {
    if (!limits.sameLine(label, sameLine)) return 0;
    sink.furnish(line, 'field');
    const more = label === 'Betreft' || label === 'Onderwerp' ? subjectContinuation(lines, i, sameLine) : [];
    for (const l of more) sink.furnish(l, 'field');
    sink.field(label, [sameLine, ...more.map((l) => l.text)].join(' '), line.page);
    return 1 + more.length;
  }
  // Label alone: the value is on the next line(s).
  const maxLines = limits.maxValueLines(label);
  const values: Line[] = [];
  for (let j = i + 1; j < lines.length && values.length < maxLines; j++) {
    if (limits.endsValue(lines[j], line, values)) break;
    values.push(lines[j]);
  }
  if (values.length === 0 && !limits.emptyValue) return 0;
  sink.furnish(line, 'field');
  for (const v of values) sink.furnish(v, 'field');
  sink.field(label, values.map((v) => v.text).join(' '), line.page);
  return 1 + values.length;
}
