/**
 * commitments.csv: RFC 4180 (CRLF line ends; a field with a comma, quote, CR or LF in double quotes,
 * quotes doubled), UTF-8 with a byte-order mark so that Excel reads it as UTF-8, a header row, one row
 * per commitment. A text field that starts with "=", "+", "-", "@" or a tab would be taken for a
 * formula by Excel (a dash list item shows as #NAME?, a crafted one runs): it gets a leading "'".
 */
import { describeLinks, kamerstukText } from './describe.js';
import type { Register } from './schema.js';

export const CSV_COLUMNS = [
  'letter_date',
  'letter',
  'ministry',
  'subject',
  'kamerstuk',
  'section',
  'topics',
  'regions',
  'kind',
  'actor',
  'action',
  'deliverable',
  'due_timex',
  'due_start',
  'due_end',
  'status',
  'links',
  'sentence',
  'id',
] as const;

const NEEDS_QUOTES = /[",\r\n]/;
const FORMULA = /^[=+\-@\t\r]/;

export function csvField(value: string | null | undefined, text = false): string {
  let v = value ?? '';
  if (text && FORMULA.test(v)) v = `'${v}`;
  return NEEDS_QUOTES.test(v) ? `"${v.replace(/"/g, '""')}"` : v;
}

export function registerCsv(register: Register): string {
  const letters = new Map(register.letters.map((l) => [l.id, l]));
  const lines: string[] = [CSV_COLUMNS.join(',')];
  for (const c of register.commitments) {
    const l = letters.get(c.letter);
    const row: Array<[string | null, boolean]> = [
      [l?.date ?? null, false],
      [l?.path ?? null, true],
      [l?.ministry ?? null, true],
      [l?.subject ?? null, true],
      [kamerstukText(l?.kamerstuk ?? null), false],
      [c.section, true],
      [c.topics.join('; '), false],
      [c.regions.join('; '), true],
      [c.kind, false],
      [c.actor, true],
      [c.action, true],
      [c.deliverable, true],
      [c.due.timex, false],
      [c.due.start, false],
      [c.due.end, false],
      [c.status, false],
      [describeLinks(register, c.links, c.id), true],
      [c.text, true],
      [c.id, false],
    ];
    lines.push(row.map(([v, text]) => csvField(v, text)).join(','));
  }
  return `\uFEFF${lines.join('\r\n')}\r\n`;
}
