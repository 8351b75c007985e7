/**
 * Blocks → sections. Each block may open with a heading; the rest of the block and the
 * following blocks up to the next heading form the section's paragraphs. Levels come from
 * numbering (1 → 1, 2.3 → 2; roman numerals above arabic), unnumbered headings sit one level
 * below the last numbered heading, or at level 1 before any. The headings of a numbered outline
 * and of a flattened table's cells are dropped before the sections are built.
 */
import type { Block, DocSection, KDocument } from '../model/document.js';
import type { Line } from '../model/page.js';
import {
  blockHeading,
  type HeadingContext,
  type HeadingMatch,
  hardTerminal,
  headingContext,
  isHeadingLine,
  isRunInLabel,
  SUBHEADING_START,
  styleKey,
} from './headings.js';
import { joinLines, squash } from './join.js';
import { dropListItems } from './outline.js';
import { dropTableCells } from './tables.js';
import { assignTopics } from './topics.js';

const UPPER_START = /^\p{Lu}/u;

/** Blocks cut before every line for which `boundary(prev, line, next)` holds. */
function splitBlocks(
  blocks: Block[],
  boundary: (prev: Line, line: Line, next: Line | undefined) => boolean,
): Block[] {
  const out: Block[] = [];
  for (const b of blocks) {
    const lines = b.lines;
    let from = 0;
    for (let i = 1; i < lines.length; i++) {
      if (boundary(lines[i - 1], lines[i], lines[i + 1])) {
        out.push({ lines: lines.slice(from, i), page: lines[from].page });
        from = i;
      }
    }
    if (from < lines.length)
      out.push({ lines: from === 0 ? lines.slice() : lines.slice(from), page: lines[from].page });
  }
  return out;
}

/** PDF: a styled (bold or larger) line after the end of a sentence starts a new block. */
function splitStyledBlocks(blocks: Block[], ctx: HeadingContext): Block[] {
  if (!ctx.styled) return blocks;
  const styled = (l: Line) =>
    !!l.bold || !!l.italic || !!(l.size && ctx.bodySize && l.size >= ctx.bodySize * 1.15);
  return splitBlocks(
    blocks,
    (prev, l) =>
      (styled(l) && !styled(prev) && hardTerminal(prev.text)) ||
      (!styled(l) && styled(prev)) ||
      (styled(l) && styled(prev) && styleKey(l) !== styleKey(prev)),
  );
}

/**
 * Text without blank lines between paragraphs (single-spaced extraction): a short heading-like
 * line right after the end of a sentence, followed by a full line of text, starts a new block.
 */
function splitTextBlocks(blocks: Block[], ctx: HeadingContext): Block[] {
  if (ctx.styled) return blocks;
  return splitBlocks(
    blocks,
    (prev, l, next) =>
      next !== undefined &&
      next.text.length >= ctx.fullWidth * 0.5 &&
      (UPPER_START.test(next.text) || SUBHEADING_START.test(next.text)) &&
      ((l.text.length <= ctx.fullWidth * 0.6 && hardTerminal(prev.text) && isHeadingLine(l.text)) ||
        // a section number ("1.1", "2.3.1") opens a heading whatever its width, after a sentence or a heading
        (SECTION_NUMBER.test(l.text) &&
          (hardTerminal(prev.text) || (NUMBERED_LINE.test(prev.text) && isHeadingLine(prev.text))) &&
          isHeadingLine(l.text, MAX_LINE_HEADING_WORDS)) ||
        (endsEarly(l, next, ctx, prev) &&
          (isHeadingLine(l.text, MAX_LINE_HEADING_WORDS) || isRunInLabel(l.text)))),
  );
}

/** A heading numbered by section: "1.1 Blootstelling van ...", "2.3.1 De opgave" (a capital after the number). */
const SECTION_NUMBER = /^\d{1,2}(?:\.\d{1,2})+\.?\s+\p{Lu}/u;
/** A numbered line: "1. Ultrafijn stof", "1.1 Blootstelling ...". */
const NUMBERED_LINE = /^\d{1,2}(?:\.\d{1,2})*\.?\s+\p{Lu}/u;

/** A line of its own (see endsEarly) may hold a longer heading than a short line among text. */
const MAX_LINE_HEADING_WORDS = 14;

/** The end of a sentence, also with a footnote number glued after it: "(STRAIIK-D).2". */
const SENTENCE_END = /[.!?]["'’”)]*\d{0,2}$/;

/**
 * Hard-wrapped text (the Tweede Kamer web rendition, text from a PDF): a line breaks early only
 * where a paragraph or a heading ends. A line after the end of a sentence that is shorter than a
 * full line, where the next line's first word would have fit, is a line of its own: a heading
 * when its form says so.
 */
function endsEarly(l: Line, next: Line, ctx: HeadingContext, prev: Line): boolean {
  if (l.text.length > ctx.fullWidth * 0.85 || !SENTENCE_END.test(prev.text)) return false;
  const space = next.text.indexOf(' ');
  const firstWord = space < 0 ? next.text.length : space;
  return l.text.length + 1 + firstWord <= ctx.fullWidth * 0.9;
}

export function buildSections(doc: KDocument): void {
  // The splits regroup the same lines in the same order, so the context stays the same.
  const ctx = headingContext(doc.blocks, doc.raw.bodySize, doc.raw.styledHeadings);
  const blocks = splitTextBlocks(splitStyledBlocks(doc.blocks, ctx), ctx);
  const sections: DocSection[] = [];
  let current: DocSection = {
    id: 's0',
    number: null,
    heading: '',
    level: 1,
    parent: null,
    topics: [],
    page: blocks[0]?.page ?? null,
    paragraphs: [],
  };
  let romanSeen = false;
  let lastNumberedLevel = 0;
  const open = (h: HeadingMatch, page: number | null) => {
    if (current.paragraphs.length > 0 || current.heading !== '' || sections.length > 0)
      sections.push(current);
    let level: number;
    if (h.style === 'roman') {
      romanSeen = true;
      level = 1;
    } else if (h.style === 'arabic') level = h.depth + (romanSeen ? 1 : 0);
    else level = lastNumberedLevel > 0 ? lastNumberedLevel + 1 : 1;
    if (h.style === 'arabic' || h.style === 'roman') lastNumberedLevel = level;
    current = {
      id: '',
      number: h.number,
      heading: squash(h.text),
      level,
      parent: null,
      topics: [],
      page,
      paragraphs: [],
    };
  };
  const heads = blocks.map((b, i) => blockHeading(b, blocks[i + 1], ctx));
  dropListItems(blocks, heads);
  dropTableCells(blocks, heads, ctx);
  for (let i = 0; i < blocks.length; i++) {
    const block = blocks[i];
    const h = heads[i];
    let lines = block.lines;
    if (h) {
      open(h, h.lines[0].page);
      lines = lines.slice(h.lines.length);
    }
    if (lines.length > 0) current.paragraphs.push(joinLines(lines));
  }
  if (current.paragraphs.length > 0 || current.heading !== '' || sections.length === 0)
    sections.push(current);
  // Stable ids in reading order; parents from levels.
  const stack: DocSection[] = [];
  sections.forEach((s, n) => {
    s.id = sections[0].heading === '' ? `s${n}` : `s${n + 1}`;
  });
  for (const s of sections) {
    if (s.heading === '') {
      stack.length = 0;
      continue;
    }
    while (stack.length && stack[stack.length - 1].level >= s.level) stack.pop();
    s.parent = stack.length ? stack[stack.length - 1].id : null;
    if (stack.length === 0 && s.level > 1) s.level = 1;
    stack.push(s);
  }
  assignTopics(sections);
  doc.sections = sections;
}
