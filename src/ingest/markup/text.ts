/** The text of an element: inline text joined, white space collapsed, invisible characters removed. */

import { HTML_INLINE, SKIP_ALWAYS, WORD_SEPARATED, XML_INLINE } from './elements.js';
import type { El } from './tokenize.js';

export const WS = /[\s\u00a0\u2000-\u200a\u202f\u205f\u3000]+/g;
export const INVISIBLE =
  // biome-ignore lint/suspicious/noControlCharactersInRegex: control characters are what it removes
  /[\u0000-\u0008\u000b\u000e-\u001f\u007f\u00ad\u200b-\u200f\u202a-\u202e\u2060\u2066-\u2069\ufeff]/g;

/** Text content, whitespace collapsed, at most `limit` characters (elements in `skip` left out). */
export function textOf(el: El, limit = Number.POSITIVE_INFINITY, skip?: (e: El) => boolean): string {
  const parts: string[] = [];
  let size = 0;
  const visit = (e: El) => {
    for (const ch of e.children) {
      if (size > limit) return;
      if (typeof ch === 'string') {
        parts.push(ch);
        size += ch.length;
      } else if (!skip?.(ch) && !SKIP_ALWAYS.has(ch.name)) {
        const block = !HTML_INLINE.has(ch.name) && !XML_INLINE.has(ch.name);
        if (block) parts.push(' ');
        visit(ch);
        if (block || WORD_SEPARATED.has(ch.name)) parts.push(' ');
      }
    }
  };
  visit(el);
  return parts.join('').replace(INVISIBLE, '').replace(WS, ' ').trim();
}
