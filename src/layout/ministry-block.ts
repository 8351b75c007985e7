/**
 * The ministry block, one rule for the text rules (furniture.ts) and the geometry rules
 * (geometry.ts): "Ministerie van" and its continuation lines ("Volkshuisvesting en" / "Ruimtelijke
 * Ordening") → furniture 'header' and the field 'Ministerie'. What the two passes differ in is named
 * in MinistryLimits.
 */
import { MINISTRY_START } from '../lexicon/ministries.js';
import type { Line } from '../model/page.js';
import type { FurnitureSink } from './fields.js';

export interface MinistryLimits {
  /** Whether the first line ("Ministerie van ...") has the form of a letterhead line. */
  firstLine(line: Line): boolean;
  /** The most lines of the block. */
  maxLines: number;
  /** Whether `line` ends the block (`block`: its lines so far). */
  endsBlock(line: Line, block: readonly Line[]): boolean;
  /** Whether the line after the block shows it was a body sentence that starts with "Ministerie van". */
  bodyAfter(next: Line | undefined): boolean;
}

/** The ministry block starting at lines[i]. Returns the number of lines used, 0 if none. */
export function ministryBlock(sink: FurnitureSink, lines: Line[], i: number, limits: MinistryLimits): number {
  const first = lines[i];
  if (!MINISTRY_START.test(first.text) || !limits.firstLine(first)) return 0;
  const block = [first];
  for (let j = i + 1; j < lines.length && block.length < limits.maxLines; j++) {
    if (limits.endsBlock(lines[j], block)) break;
    block.push(lines[j]);
  }
  if (limits.bodyAfter(lines[i + block.length])) return 0;
  for (const l of block) sink.furnish(l, 'header');
  sink.field('Ministerie', block.map((l) => l.text).join(' '), first.page);
  return block.length;
}
