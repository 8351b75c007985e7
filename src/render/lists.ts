/**
 * A section's text as Markdown blocks, with its lists kept as lists.
 *
 * Letters list things in two ways: an item per paragraph ("• Ruimtelijke vraagstukken ...",
 * "1. Regionale luchthavens:", "a. Eindhoven Airport", "– Aanvullende maatregelen houtstook"), or,
 * where the text lost its line breaks, bullets inside one paragraph ("door: • Ruimtelijke ...;
 * • Te komen tot ...; • Te zorgen voor ..."). Both become a Markdown list: bullets as "-", numbers
 * as themselves, letters nested under the numbered item before them. Only bullet glyphs split a
 * paragraph: a number inside a sentence ("naar 1. de ruimtelijke impact en 2. de economie") is
 * part of the sentence. In Dutch house style the items of a list that continues a sentence end in
 * ";" and the last one in "."; text after that full stop is the paragraph that follows the list.
 */

/** Glyphs that only ever mark a list item (PDF text keeps Symbol-font bullets as U+F0B7 and kin). */
const GLYPHS = '•▪●◦■□➢►\uf0b7\uf0a7\uf0d8';
/** A bullet that starts a paragraph: the glyphs, and the dashes and asterisk used as bullets. */
const LEADING_BULLET = new RegExp(`^[${GLYPHS}·○✓*–-]\\s+`);
/** A bullet glyph inside a paragraph, between spaces. */
const INLINE_BULLET = new RegExp(`\\s[${GLYPHS}]\\s+`, 'g');
const NUMBER_ITEM = /^(\d{1,2})[.)]\s+/;
const LETTER_ITEM = /^\(?([a-z])[.)]\s+/;
/** A paragraph start that Markdown would read as markup: a heading, a quote, a list, a rule. */
const MARKUP_START = /^(?:#|>|\+\s|=|\d{3,9}[.)]\s)/;

type Item = { kind: 'bullet' | 'number' | 'letter'; marker: string; text: string };
type Block = { kind: 'text'; text: string } | { kind: 'list'; items: Item[] };

function item(paragraph: string): Item | null {
  const bullet = LEADING_BULLET.exec(paragraph);
  if (bullet) return bulletItem(paragraph.slice(bullet[0].length));
  const number = NUMBER_ITEM.exec(paragraph);
  if (number) return { kind: 'number', marker: `${number[1]}.`, text: paragraph.slice(number[0].length) };
  const letter = LETTER_ITEM.exec(paragraph);
  if (letter) return { kind: 'letter', marker: `${letter[1]}.`, text: paragraph.slice(letter[0].length) };
  return null;
}

/** A bulleted item; "• 1. Klimaatsignaal" is the numbered item it says it is. */
function bulletItem(text: string): Item {
  const inner = LEADING_BULLET.test(text) ? null : item(text);
  return inner ?? { kind: 'bullet', marker: '-', text };
}

/** A paragraph split at its bullet glyphs: the lead text (may be empty) and the items. */
function splitInline(paragraph: string): string[] {
  const parts: string[] = [];
  let last = 0;
  for (const m of paragraph.matchAll(INLINE_BULLET)) {
    parts.push(paragraph.slice(last, m.index));
    last = (m.index ?? 0) + m[0].length;
  }
  parts.push(paragraph.slice(last));
  return parts;
}

/** Items that continue a sentence end in ';' (or ',', or 'en'/'of'): the last ends at its full stop. */
function splitTail(items: Item[]): string | null {
  if (items.length < 2) return null;
  const continued = items.slice(0, -1).every((i) => /(?:[;,]|\s(?:en|of))$/.test(i.text.trimEnd()));
  if (!continued) return null;
  const last = items[items.length - 1] as Item;
  const stop = /[.!?]\s+(?=[A-Z“‘"'(])/.exec(last.text);
  if (!stop) return null;
  const tail = last.text.slice(stop.index + stop[0].length);
  last.text = last.text.slice(0, stop.index + 1);
  return tail;
}

function blocksOf(text: string): Block[] {
  const blocks: Block[] = [];
  const pushItem = (it: Item) => {
    const prev = blocks[blocks.length - 1];
    if (prev?.kind === 'list') prev.items.push(it);
    else blocks.push({ kind: 'list', items: [it] });
  };
  for (const raw of text.split(/\n\s*\n/)) {
    const paragraph = raw.trim();
    if (!paragraph) continue;
    const [lead = '', ...inline] = splitInline(paragraph);
    const mine: Item[] = [];
    const leadItem = item(lead);
    if (leadItem) mine.push(leadItem);
    else if (lead.trim()) blocks.push({ kind: 'text', text: lead.trim() });
    for (const t of inline) mine.push(bulletItem(t.trim()));
    for (const it of mine) pushItem(it);
    const tail = inline.length > 0 ? splitTail(mine) : null;
    if (tail) blocks.push({ kind: 'text', text: tail });
  }
  return blocks;
}

function escapeStart(text: string): string {
  return MARKUP_START.test(text) ? `\\${text}` : text;
}

function renderList(items: readonly Item[]): string {
  const lines: string[] = [];
  let parentIndent = '';
  for (const it of items) {
    const text = it.text.replace(/\s*\n\s*/g, ' ');
    if (it.kind === 'letter' && parentIndent) {
      lines.push(`${parentIndent}- ${it.marker} ${text}`);
      continue;
    }
    if (it.kind === 'letter') {
      lines.push(`- ${it.marker} ${text}`);
      continue;
    }
    lines.push(`${it.marker} ${escapeStart(text)}`);
    parentIndent = it.kind === 'number' ? ' '.repeat(it.marker.length + 1) : '';
  }
  return lines.join('\n');
}

/** A section's text as Markdown: paragraphs, and its lists as lists. */
export function textToMarkdown(text: string): string {
  return blocksOf(text)
    .map((b) => (b.kind === 'text' ? escapeStart(b.text) : renderList(b.items)))
    .join('\n\n');
}
