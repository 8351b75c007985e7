/**
 * A small non-validating XML parser for the parts of office documents (WordprocessingML, ODF):
 * elements with their prefixed names ("w:p", "text:h"), attributes, and text. Comments, processing
 * instructions and the doctype are skipped; CDATA is text; the five XML entities and numeric
 * references are decoded. Scanning is by indexOf, so the time is linear in the input; nesting
 * deeper than MAX_DEPTH is flattened rather than followed.
 */

export interface XEl {
  name: string;
  attrs: Record<string, string>;
  children: Array<XEl | string>;
}

const MAX_DEPTH = 512;
const XML_ENTITIES: Record<string, string> = { lt: '<', gt: '>', amp: '&', quot: '"', apos: "'" };
const REFERENCE = /&(#x[0-9a-fA-F]{1,6}|#\d{1,7}|lt|gt|amp|quot|apos);/g;

export function decodeXmlText(s: string): string {
  if (!s.includes('&')) return s;
  return s.replace(REFERENCE, (_, body: string) => {
    if (body.charCodeAt(0) !== 35) return XML_ENTITIES[body] ?? '';
    const cp = body[1] === 'x' ? Number.parseInt(body.slice(2), 16) : Number.parseInt(body.slice(1), 10);
    return cp > 0 && cp <= 0x10ffff && (cp < 0xd800 || cp > 0xdfff) ? String.fromCodePoint(cp) : '\ufffd';
  });
}

const ATTR = /([^\s=/>]+)\s*=\s*(?:"([^"]*)"|'([^']*)')/g;

function parseAttrs(s: string): Record<string, string> {
  const attrs: Record<string, string> = {};
  if (!s.includes('=')) return attrs;
  ATTR.lastIndex = 0;
  for (let m = ATTR.exec(s); m; m = ATTR.exec(s)) attrs[m[1]] = decodeXmlText(m[2] ?? m[3] ?? '');
  return attrs;
}

/** The document element (a synthetic "#document" element holding the top level). */
export function parseXml(src: string): XEl {
  const root: XEl = { name: '#document', attrs: {}, children: [] };
  const stack: XEl[] = [root];
  let i = 0;
  const n = src.length;
  while (i < n) {
    const lt = src.indexOf('<', i);
    const end = lt < 0 ? n : lt;
    if (end > i) stack[stack.length - 1].children.push(decodeXmlText(src.slice(i, end)));
    if (lt < 0) break;
    if (src.startsWith('<!--', lt)) {
      const close = src.indexOf('-->', lt + 4);
      i = close < 0 ? n : close + 3;
    } else if (src.startsWith('<![CDATA[', lt)) {
      const close = src.indexOf(']]>', lt + 9);
      stack[stack.length - 1].children.push(src.slice(lt + 9, close < 0 ? n : close));
      i = close < 0 ? n : close + 3;
    } else if (src.charCodeAt(lt + 1) === 63 /* ? */) {
      const close = src.indexOf('?>', lt + 2);
      i = close < 0 ? n : close + 2;
    } else if (src.charCodeAt(lt + 1) === 33 /* ! */) {
      const close = src.indexOf('>', lt + 2);
      i = close < 0 ? n : close + 1;
    } else if (src.charCodeAt(lt + 1) === 47 /* / */) {
      const close = src.indexOf('>', lt + 2);
      const name = src.slice(lt + 2, close < 0 ? n : close).trim();
      // Close the nearest open element of that name; a stray end tag is ignored.
      for (let k = stack.length - 1; k > 0; k--) {
        if (stack[k].name === name) {
          stack.length = k;
          break;
        }
      }
      i = close < 0 ? n : close + 1;
    } else {
      const close = findTagEnd(src, lt + 1);
      if (close < 0) break;
      const selfClosing = src.charCodeAt(close - 1) === 47;
      const body = src.slice(lt + 1, selfClosing ? close - 1 : close);
      let nameEnd = 0;
      while (nameEnd < body.length && !isNameEnd(body.charCodeAt(nameEnd))) nameEnd++;
      const el: XEl = { name: body.slice(0, nameEnd), attrs: parseAttrs(body.slice(nameEnd)), children: [] };
      stack[stack.length - 1].children.push(el);
      if (!selfClosing && stack.length < MAX_DEPTH) stack.push(el);
      i = close + 1;
    }
  }
  return root;
}

/** White space, '/' or '>': the end of a tag name. */
const isNameEnd = (c: number) => c === 32 || c === 9 || c === 10 || c === 13 || c === 47 || c === 62;

/** The '>' that ends a start tag, skipping quoted attribute values. */
function findTagEnd(src: string, from: number): number {
  let quote = 0;
  for (let i = from; i < src.length; i++) {
    const c = src.charCodeAt(i);
    if (quote) {
      if (c === quote) quote = 0;
    } else if (c === 34 || c === 39) quote = c;
    else if (c === 62) return i;
  }
  return -1;
}

export const isXEl = (x: XEl | string): x is XEl => typeof x !== 'string';

/** The first child element named `name`. */
export function child(el: XEl | undefined, name: string): XEl | undefined {
  if (!el) return undefined;
  for (const c of el.children) if (typeof c !== 'string' && c.name === name) return c;
  return undefined;
}

/** All descendants named `name` (not looking inside a match). */
export function descendants(el: XEl, name: string, out: XEl[] = []): XEl[] {
  for (const c of el.children) {
    if (typeof c === 'string') continue;
    if (c.name === name) out.push(c);
    else descendants(c, name, out);
  }
  return out;
}

/** The text of an element and its descendants. */
export function textContent(el: XEl): string {
  let s = '';
  for (const c of el.children) s += typeof c === 'string' ? c : textContent(c);
  return s;
}
