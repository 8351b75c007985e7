/**
 * The tag tokenizer: indexOf scanning (no backtracking regexes) into a forgiving tree of elements,
 * with HTML's void, raw-text and implied-end rules; character references decoded as browsers do.
 * Also the small helpers on an element (is it one, its classes).
 */
import { decodeHTML } from 'entities';

/**
 * Character references through the `entities` library (the WHATWG tables): every named entity,
 * the legacy forms without a semicolon ("&nbsp x", "&copy 2024") and numeric references in the
 * Windows-1252 range ("&#128;" → €), as browsers decode them.
 */
function decodeEntities(s: string): string {
  return s.includes('&') ? decodeHTML(s) : s;
}

export interface El {
  name: string;
  attrs: Record<string, string>;
  children: Array<El | string>;
  parent: El | null;
  /** Document order. */
  order: number;
  /** Footnote links inside (computed for HTML). */
  refs: number;
  /** Footnote link targets inside. */
  targets: number;
}

const VOID = new Set([
  'area',
  'base',
  'br',
  'col',
  'embed',
  'hr',
  'img',
  'input',
  'link',
  'meta',
  'param',
  'source',
  'track',
  'wbr',
  'keygen',
]);
/** Elements whose content is raw text up to their end tag (HTML). */
const RAW_TEXT = new Set(['script', 'style', 'textarea', 'xmp', 'noembed', 'noframes', 'iframe']);
const CLOSES_P = new Set([
  'address',
  'article',
  'aside',
  'blockquote',
  'div',
  'dl',
  'fieldset',
  'figure',
  'footer',
  'form',
  'h1',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
  'header',
  'hr',
  'main',
  'nav',
  'ol',
  'p',
  'pre',
  'section',
  'table',
  'ul',
  'li',
  'dd',
  'dt',
]);
/** How deep the tree may grow; deeper tags are dropped (their text is kept). */
const MAX_DEPTH = 256;
const DOCTYPE_HTML = /^<!doctype\s+html/i;
/** Letters, digits, '_', ':', '.', '-' (ASCII; tag names of HTML and the official XML). */
const isNameChar = (c: number) =>
  (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 58) || c === 95 || c === 46 || c === 45;
const isNameStart = (c: number) => (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || c === 95;

export interface Tree {
  root: El;
  all: El[];
  html: boolean;
}

export function parse(src: string): Tree {
  const root: El = { name: '#root', attrs: {}, children: [], parent: null, order: 0, refs: 0, targets: 0 };
  const all: El[] = [root];
  const stack: El[] = [root];
  const open = new Map<string, number>();
  const dropped = new Map<string, number>();
  let html: boolean | null = null;
  let sawXmlDecl = false;
  let lower: string | null = null;
  const n = src.length;

  const top = () => stack[stack.length - 1];
  const addText = (t: string) => {
    if (t) top().children.push(t);
  };
  const pop = () => {
    const el = stack.pop() as El;
    open.set(el.name, (open.get(el.name) ?? 1) - 1);
    return el;
  };
  /** Close the nearest open `names` element within a few levels, not crossing `stop`. */
  const closeNearby = (names: Set<string>, stop: Set<string>) => {
    for (let k = stack.length - 1, seen = 0; k > 0 && seen < 8; k--, seen++) {
      const name = stack[k].name;
      if (stop.has(name)) return;
      if (names.has(name)) {
        while (stack.length > k) pop();
        return;
      }
    }
  };
  const openEl = (name: string, attrs: Record<string, string>, selfClosing: boolean) => {
    if (html === null) html = name === 'html' || !sawXmlDecl;
    if (html) {
      if (CLOSES_P.has(name) && top().name === 'p') pop();
      if (name === 'li') closeNearby(LI, LIST_STOP);
      else if (name === 'dt' || name === 'dd') closeNearby(DT_DD, DL_STOP);
      else if (name === 'tr') closeNearby(TR, TABLE_STOP);
      else if (name === 'td' || name === 'th') closeNearby(CELL, ROW_STOP);
    }
    if (stack.length >= MAX_DEPTH) {
      if (!selfClosing && !(html && VOID.has(name))) dropped.set(name, (dropped.get(name) ?? 0) + 1);
      return;
    }
    const el: El = { name, attrs, children: [], parent: top(), order: all.length, refs: 0, targets: 0 };
    all.push(el);
    top().children.push(el);
    if (selfClosing || (html && VOID.has(name))) return;
    stack.push(el);
    open.set(name, (open.get(name) ?? 0) + 1);
  };
  const closeEl = (name: string) => {
    const d = dropped.get(name) ?? 0;
    if (d > 0) {
      dropped.set(name, d - 1);
      return;
    }
    if ((open.get(name) ?? 0) === 0) return;
    while (stack.length > 1 && pop().name !== name) {
      // pop up to and including the matching element
    }
  };

  let i = 0;
  while (i < n) {
    const lt = src.indexOf('<', i);
    const end = lt < 0 ? n : lt;
    if (end > i) addText(decodeEntities(src.slice(i, end)));
    if (lt < 0) break;
    i = lt;
    const c = src.charCodeAt(i + 1);
    if (c === 33 /* ! */) {
      if (src.startsWith('<!--', i)) {
        const e = src.indexOf('-->', i + 4);
        i = e < 0 ? n : e + 3;
      } else if (src.startsWith('<![CDATA[', i)) {
        const e = src.indexOf(']]>', i + 9);
        addText(src.slice(i + 9, e < 0 ? n : e));
        i = e < 0 ? n : e + 3;
      } else {
        // <!DOCTYPE ...>, possibly with an internal subset [ ... ]
        const gt = src.indexOf('>', i + 2);
        const bracket = src.indexOf('[', i + 2);
        let e = gt;
        if (bracket >= 0 && gt >= 0 && bracket < gt) {
          const close = src.indexOf(']', bracket);
          e = close < 0 ? -1 : src.indexOf('>', close);
        }
        if (DOCTYPE_HTML.test(src.slice(i, i + 20))) html = html ?? true;
        i = e < 0 ? n : e + 1;
      }
      continue;
    }
    if (c === 63 /* ? */) {
      if (src.startsWith('<?xml', i)) sawXmlDecl = true;
      const e = src.indexOf('>', i + 2);
      i = e < 0 ? n : e + 1;
      continue;
    }
    const closing = c === 47; /* / */
    let j = i + (closing ? 2 : 1);
    const nameStart = j;
    while (j < n && isNameChar(src.charCodeAt(j))) j++;
    if (j === nameStart || !isNameStart(src.charCodeAt(nameStart))) {
      if (closing) {
        // "</ >" or similar: skip it
        const e = src.indexOf('>', j);
        i = e < 0 ? n : e + 1;
      } else {
        addText('<');
        i++;
      }
      continue;
    }
    let name = src.slice(nameStart, j).toLowerCase();
    // Namespace prefixes go ("op:al" is "al"), except Office's own ("o:p", "st1:place"): those stay unknown inline tags.
    const colon = name.lastIndexOf(':');
    if (colon >= 0 && !OFFICE_PREFIX.test(name.slice(0, colon))) name = name.slice(colon + 1);
    if (closing) {
      const e = src.indexOf('>', j);
      closeEl(name);
      i = e < 0 ? n : e + 1;
      continue;
    }
    // Attributes, up to the end of the tag (quotes may hold '>').
    const attrs: Record<string, string> = {};
    let selfClosing = false;
    while (j < n) {
      const ch = src.charCodeAt(j);
      if (ch === 62 /* > */) {
        j++;
        break;
      }
      if (ch === 47 /* / */) {
        if (src.charCodeAt(j + 1) === 62) {
          selfClosing = true;
          j += 2;
          break;
        }
        j++;
        continue;
      }
      if (ch <= 32) {
        j++;
        continue;
      }
      const a = j;
      for (
        let ch2 = src.charCodeAt(j);
        j < n && ch2 > 32 && ch2 !== 61 && ch2 !== 47 && ch2 !== 62;
        ch2 = src.charCodeAt(++j)
      ) {
        // attribute name
      }
      const attr = src.slice(a, j).toLowerCase();
      while (j < n && src.charCodeAt(j) <= 32) j++;
      let value = '';
      if (src[j] === '=') {
        j++;
        while (j < n && src.charCodeAt(j) <= 32) j++;
        const q = src[j];
        if (q === '"' || q === "'") {
          const e = src.indexOf(q, j + 1);
          value = src.slice(j + 1, e < 0 ? n : e);
          j = e < 0 ? n : e + 1;
        } else {
          const v = j;
          for (let ch2 = src.charCodeAt(j); j < n && ch2 > 32 && ch2 !== 62; ch2 = src.charCodeAt(++j)) {
            // unquoted value
          }
          value = src.slice(v, j);
        }
      }
      if (attr && !(attr in attrs)) attrs[attr] = decodeEntities(value);
    }
    i = j;
    openEl(name, attrs, selfClosing);
    if (html && RAW_TEXT.has(name) && !selfClosing) {
      lower ??= src.toLowerCase();
      const e = lower.indexOf(`</${name}`, i);
      const body = src.slice(i, e < 0 ? n : e);
      if (name === 'textarea') addText(decodeEntities(body));
      const gt = e < 0 ? -1 : src.indexOf('>', e);
      i = gt < 0 ? n : gt + 1;
      closeEl(name);
    }
  }
  return { root, all, html: html ?? true };
}

const OFFICE_PREFIX = /^(?:o|w|v|m|x|st\d{1,2})$/;
const LI = new Set(['li']);
const LIST_STOP = new Set(['ul', 'ol', 'menu', 'table']);
const DT_DD = new Set(['dt', 'dd']);
const DL_STOP = new Set(['dl', 'table']);
const TR = new Set(['tr']);
const TABLE_STOP = new Set(['table']);
const CELL = new Set(['td', 'th']);
const ROW_STOP = new Set(['tr', 'table']);

export const isEl = (x: El | string): x is El => typeof x !== 'string';
const SPACES = /\s+/;
export const classes = (el: El) => (el.attrs.class ?? '').toLowerCase().split(SPACES).filter(Boolean);
export const hasClass = (el: El, c: string) => classes(el).includes(c);
