/**
 * Outlines and numbered lists are no headings. A letter often announces its parts as a numbered
 * list ("Deze brief is als volgt opgebouwd:" / "1. Advies Raad van State" / "2. Aanleiding ..."),
 * and a numbered heading is always followed by its section's text: never directly by the next
 * number of its own sequence. So a run of numbered lines, each alone in its block, in which
 * every number follows the one before (1, 2, 3; 2.1, 2.2; a, b; I, II) is a list, and so is a
 * numbered line whose next line in the block is the next number. A numbering that starts again
 * ("8. ..." then "1. Regionale luchthavens") ends the list: the restart is the first real heading.
 */
import type { Block } from '../model/document.js';
import type { HeadingMatch } from './headings.js';
import { numbered } from './headings.js';

const ROMANS = [
  'I',
  'II',
  'III',
  'IV',
  'V',
  'VI',
  'VII',
  'VIII',
  'IX',
  'X',
  'XI',
  'XII',
  'XIII',
  'XIV',
  'XV',
];

type Numbered = Pick<HeadingMatch, 'number' | 'style' | 'depth'>;

/** `b` is the number right after `a` in one sequence: same style and depth, last part one higher. */
export function follows(a: Numbered, b: Numbered): boolean {
  if (a.number === null || b.number === null || a.style !== b.style || a.depth !== b.depth) return false;
  if (a.style === 'arabic') {
    const pa = a.number.split('.');
    const pb = b.number.split('.');
    const last = pa.length - 1;
    for (let k = 0; k < last; k++) if (pa[k] !== pb[k]) return false;
    return Number(pb[last]) === Number(pa[last]) + 1;
  }
  if (a.style === 'roman')
    return ROMANS.indexOf(b.number) === ROMANS.indexOf(a.number) + 1 && ROMANS.includes(a.number);
  return b.number.charCodeAt(0) === a.number.charCodeAt(0) + 1;
}

/** The heading is the whole block: nothing of its section follows it in the block. */
const alone = (b: Block, h: HeadingMatch | null): h is HeadingMatch =>
  !!h && h.lines.length === b.lines.length;

/** Drops (sets to null) the headings of `heads` that are items of a numbered list. */
export function dropListItems(blocks: Block[], heads: Array<HeadingMatch | null>): void {
  for (let i = 0; i < heads.length; i++) {
    const h = heads[i];
    if (!h || h.number === null) continue;
    // The next line of the block is the next number: "1. Zorg voor ..." / "2. Maak ...".
    const rest = blocks[i].lines[h.lines.length];
    if (rest) {
      const n = numbered(rest.text);
      if (n && follows(h, n)) heads[i] = null;
      continue;
    }
    // A run of blocks that are each one numbered line, in sequence.
    let j = i;
    while (j + 1 < heads.length && alone(blocks[j], heads[j])) {
      const next = heads[j + 1];
      if (!next || !follows(heads[j] as HeadingMatch, next)) break;
      j++;
    }
    if (j === i) continue;
    for (let k = i; k < j; k++) heads[k] = null;
    // The last item is a list item too when it is alone in its block (a heading brings its text).
    if (alone(blocks[j], heads[j])) heads[j] = null;
    i = j;
  }
}
