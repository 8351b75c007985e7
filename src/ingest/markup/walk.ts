/** The walk over the tree: block elements become lines, inline text is joined, headings and lists are marked. */

import {
  CHROME_ROLES,
  FOOTNOTE_LIST_HEADING,
  HEADING_CLASS,
  HEADING_HTML,
  HTML_INLINE,
  isChrome,
  SKIP_ALWAYS,
  SKIP_HTML,
  WORD_SEPARATED,
  XML_INLINE,
} from './elements.js';
import { officialTop } from './header.js';
import { type HtmlNotes, LEADING_NUMBER, MAX_NOTE } from './notes.js';
import { textOf } from './text.js';
import { classes, type El, hasClass, isEl } from './tokenize.js';
import type { Writer } from './writer.js';

export interface Ctx {
  w: Writer;
  html: HtmlNotes;
  /** Numbers given to HTML note definitions, in order of first reference. */
  numbers: Map<El, number>;
  /** Inside <main>/<article>: page headers and footers there belong to the text. */
  inContent: number;
  /** Inside a block whose descendants are all inline (a heading, a table row, the dossier line). */
  leaf: number;
  /** Inside a signature block. */
  signature: number;
  /** List counters for <ol>. */
  counters: Map<El, number>;
  /** Inside <pre>: line breaks are kept. */
  pre: number;
}

const BOLD_TYPE = /^vet/;
const BOLD_STYLE = /font-weight\s*:\s*(?:bold|bolder|[6-9]00)/i;

function boldStyle(el: El): boolean {
  if (el.name === 'b' || el.name === 'strong') return true;
  if (el.name === 'nadruk') return BOLD_TYPE.test(el.attrs.type ?? '');
  const style = el.attrs.style;
  return !!style && BOLD_STYLE.test(style);
}

export function walkChildren(ctx: Ctx, el: El): void {
  for (const ch of el.children) {
    if (typeof ch !== 'string') walk(ctx, ch);
    else if (ctx.pre > 0) preformatted(ctx.w, ch);
    else ctx.w.text(ch);
  }
}

/** Text in <pre>: each line a line, a blank line a new block (as the text reader does). */
function preformatted(w: Writer, text: string): void {
  const parts = text.split('\n');
  let blank = false;
  for (const [k, part] of parts.entries()) {
    if (k > 0) {
      if (blank) w.block();
      else w.brk(false);
    }
    blank = part.trim() === '';
    w.text(part);
  }
}

export function walk(ctx: Ctx, el: El): void {
  const { w } = ctx;
  const name = el.name;
  if (SKIP_ALWAYS.has(name) || ctx.html.defs.has(el)) return;
  // A footnote reference (HTML).
  const def = ctx.html.refs.get(el);
  if (def) {
    let number = ctx.numbers.get(def);
    if (number === undefined) {
      const printed = ctx.html.printed.get(def);
      let text = textOf(def, MAX_NOTE, isChrome);
      const lead = LEADING_NUMBER.exec(text);
      if (lead && lead[1] === printed && lead[0].length < text.length) text = text.slice(lead[0].length);
      if (!text) return;
      number = w.note(text);
      ctx.numbers.set(def, number);
    }
    w.marker(number);
    return;
  }
  if (name === 'noot') {
    const text = textOf(el).trim();
    if (text) w.marker(w.note(text));
    return;
  }
  if (name === 'br') {
    w.brk(false);
    return;
  }
  if (name === 'hr') {
    w.block();
    return;
  }
  const content = name === 'main' || name === 'article' || (el.attrs.role ?? '').toLowerCase() === 'main';
  if (
    ctx.inContent === 0 &&
    (name === 'header' || name === 'footer' || CHROME_ROLES.has((el.attrs.role ?? '').toLowerCase()))
  )
    return;
  if (SKIP_HTML.has(name) || isChrome(el)) return;
  if (ctx.html.defs.size > 0 && HEADING_HTML.test(name) && FOOTNOTE_LIST_HEADING.test(textOf(el, 40))) return;

  // Official publication XML: the header.
  if (name === 'kamerstukkop' || name === 'kamervraagkop') {
    officialTop(w, el);
    return;
  }
  if (name === 'stuk') {
    // "Nr. 205" and the title on one line, as printed.
    const head = el.children.filter((c): c is El => isEl(c) && (c.name === 'stuknr' || c.name === 'titel'));
    if (head.length > 0) {
      w.block();
      ctx.leaf++;
      for (const h of head) {
        walkChildren(ctx, h);
        w.space();
      }
      ctx.leaf--;
      w.block();
    }
    for (const ch of el.children) {
      if (typeof ch === 'string') w.text(ch);
      else if (!head.includes(ch)) walk(ctx, ch);
    }
    w.block();
    return;
  }

  const questionNumber = name === 'nr' && (el.parent?.name === 'vraag' || el.parent?.name === 'antwoord');
  const inline =
    !questionNumber &&
    ((ctx.leaf > 0 && name !== 'li') || HTML_INLINE.has(name) || XML_INLINE.has(name) || name.includes(':'));
  if (inline) {
    if (ctx.signature > 0 && (name === 'functie' || hasClass(el, 'functie'))) w.brk(false);
    else if (ctx.signature > 0 && (name === 'naam' || hasClass(el, 'naam'))) w.brk(false);
    if ((name === 'td' || name === 'th' || name === 'entry') && ctx.leaf > 0) cellSeparator(w, el);
    if (name === 'li.nr') {
      w.listPrefix(`${textOf(el)} `);
      return;
    }
    const bold = boldStyle(el);
    if (bold) w.boldDepth++;
    walkChildren(ctx, el);
    if (bold) w.boldDepth--;
    if (WORD_SEPARATED.has(name) || classes(el).some((c) => WORD_SEPARATED.has(c))) w.space();
    if (ctx.signature > 0 && (name === 'naam' || hasClass(el, 'naam'))) w.brk(false);
    return;
  }

  // Blocks.
  const heading =
    HEADING_HTML.test(name) ||
    name === 'tussenkop' ||
    name === 'kop' ||
    questionNumber ||
    classes(el).some((c) => HEADING_CLASS.test(c));
  const leaf = heading || name === 'dossier' || ((name === 'tr' || name === 'row') && !layoutRow(el));
  const signature = name === 'ondertekening' || hasClass(el, 'ondertekening');
  if (name === 'li') {
    const parent = el.parent;
    if (parent && parent.name === 'ol') {
      const start = Number.parseInt(parent.attrs.start ?? '1', 10);
      const k = ctx.counters.get(parent) ?? (Number.isFinite(start) ? start : 1);
      ctx.counters.set(parent, k + 1);
      w.listPrefix(`${k}. `);
    } else if (parent && (parent.name === 'ul' || parent.name === 'menu')) w.listPrefix('• ');
    else w.block();
  } else w.block();
  if (content) ctx.inContent++;
  if (name === 'pre') ctx.pre++;
  if (heading) w.headingDepth++;
  if (leaf) ctx.leaf++;
  if (signature) ctx.signature++;
  const bold = boldStyle(el);
  if (bold) w.boldDepth++;
  walkChildren(ctx, el);
  if (bold) w.boldDepth--;
  if (signature) ctx.signature--;
  if (leaf) ctx.leaf--;
  // End the heading's line while it still counts as a heading.
  w.block();
  if (heading) w.headingDepth--;
  if (name === 'pre') ctx.pre--;
  if (content) ctx.inContent--;
}

const STRUCTURE = /^(?:h[1-6]|ul|ol|li|dl|table|tussenkop|kop|lijst|divisie|blockquote|pre)$/;
const CELL_BLOCK = /^(?:p|div|al|section|article)$/;

/**
 * A table row that lays out a page (one cell holds the letter's paragraphs and headings) rather
 * than data: its cells are walked as blocks, not run on into one line.
 */
function layoutRow(row: El): boolean {
  let cells = 0;
  let blocks = 0;
  let seen = 0;
  const stack: El[] = [row];
  while (stack.length > 0) {
    if (++seen > 400) return true;
    const el = stack.pop() as El;
    if (el !== row) {
      if (STRUCTURE.test(el.name)) return true;
      if (el.name === 'td' || el.name === 'th' || el.name === 'entry') cells++;
      else if (CELL_BLOCK.test(el.name)) blocks++;
    }
    for (const ch of el.children) if (isEl(ch)) stack.push(ch);
  }
  return blocks > Math.max(2, 2 * cells) || textOf(row, 601).length > 600;
}

function cellSeparator(w: Writer, el: El): void {
  const parent = el.parent;
  if (!parent) return;
  const first = parent.children.find(
    (c): c is El => isEl(c) && (c.name === 'td' || c.name === 'th' || c.name === 'entry'),
  );
  // Cells run on with a space, as text tools print a table row ("Datum 12 november 2024").
  if (first !== el) w.space();
}
