/**
 * The markup reader: letters saved as HTML (officielebekendmakingen.nl, rijksoverheid.nl and
 * other pages) or as the official publication XML (root <officiele-publicatie>, op-xsd-2014-05-15:
 * <kamerstuk>, <dossier>, <stuk>, <al>, <tussenkop>, <divisie>/<kop>, <lijst>/<li>, <noot>,
 * <ondertekening>; also <kamervragen>).
 *
 * A small tag tokenizer (indexOf scanning, no backtracking regexes) builds a forgiving tree;
 * a walk turns it into lines the later stages already know from other readers:
 *  - every block element is a line with gapBefore; inline text is joined; <br> breaks the line
 *    inside the same block;
 *  - headings (h1-h6, <tussenkop>, <kop>, question numbers, bold-only paragraphs) are bold with
 *    size 12, all other lines size 10, and raw.bodySize is 10, so the structure stage treats the
 *    document as styled;
 *  - the official header is kept as the text rules expect it ("Tweede Kamer der Staten-Generaal",
 *    "Vergaderjaar 2024–2025", "34 682 Nationale Omgevingsvisie", "Nr. 205 BRIEF VAN ..."), never bold;
 *  - footnotes (<noot> in XML; in HTML a numbered in-page link to a note, or elements classed as
 *    notes) become "N text" lines at the end of the page, and their places in the body lines are
 *    kept as Line.markers (a letter with more than 24 notes is cut into pages, number null, of at
 *    most 24 notes each, since the layout stage looks for a page's notes in its last lines);
 *  - the signature (<ondertekening>, or its HTML rendering) gives one line per role and per name.
 * For web pages the main content is taken (<main>, the official text body, <article>), and
 * navigation, page headers and footers, forms and scripts are skipped.
 */

import { decodeHTML } from 'entities';
import {
  OFFICIAL_CHAMBER,
  OFFICIAL_DOSSIER,
  OFFICIAL_LETTER_OF,
  OFFICIAL_NUMBER,
  OFFICIAL_YEAR,
} from '../lexicon/official-header.js';
import type { Line, Page, RawDocument } from '../model/page.js';

/* ------------------------------------------------------------------------------------------ */
/* Detection                                                                                    */
/* ------------------------------------------------------------------------------------------ */

/** A document that opens with a tag, a declaration, a doctype or a comment. */
const MARKUP_START = /^(?:\ufeff)?\s*<(?:\?xml\b|!doctype\b|!--|[A-Za-z][\w:.-]*[\s/>])/i;

export function looksLikeMarkup(text: string): boolean {
  if (!MARKUP_START.test(text.slice(0, 512))) return false;
  // A real document closes something.
  return text.includes('</') || text.includes('/>');
}

/* ------------------------------------------------------------------------------------------ */
/* Entities                                                                                    */
/* ------------------------------------------------------------------------------------------ */

/**
 * Character references through the `entities` library (the WHATWG tables): every named entity,
 * the legacy forms without a semicolon ("&nbsp x", "&copy 2024") and numeric references in the
 * Windows-1252 range ("&#128;" → €), as browsers decode them.
 */
function decodeEntities(s: string): string {
  return s.includes('&') ? decodeHTML(s) : s;
}

/* ------------------------------------------------------------------------------------------ */
/* Tokenizer and tree                                                                          */
/* ------------------------------------------------------------------------------------------ */

interface El {
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

interface Tree {
  root: El;
  all: El[];
  html: boolean;
}

function parse(src: string): Tree {
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

/* ------------------------------------------------------------------------------------------ */
/* Helpers on the tree                                                                         */
/* ------------------------------------------------------------------------------------------ */

const isEl = (x: El | string): x is El => typeof x !== 'string';
const SPACES = /\s+/;
const classes = (el: El) => (el.attrs.class ?? '').toLowerCase().split(SPACES).filter(Boolean);
const hasClass = (el: El, c: string) => classes(el).includes(c);
const WS = /[\s\u00a0\u2000-\u200a\u202f\u205f\u3000]+/g;
const INVISIBLE =
  // biome-ignore lint/suspicious/noControlCharactersInRegex: control characters are what it removes
  /[\u0000-\u0008\u000b\u000e-\u001f\u007f\u00ad\u200b-\u200f\u202a-\u202e\u2060\u2066-\u2069\ufeff]/g;

/** Text content, whitespace collapsed, at most `limit` characters (elements in `skip` left out). */
function textOf(el: El, limit = Number.POSITIVE_INFINITY, skip?: (e: El) => boolean): string {
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

/* ------------------------------------------------------------------------------------------ */
/* Element classes                                                                             */
/* ------------------------------------------------------------------------------------------ */

const HTML_INLINE = new Set([
  'a',
  'abbr',
  'acronym',
  'b',
  'bdi',
  'bdo',
  'big',
  'cite',
  'code',
  'data',
  'del',
  'dfn',
  'em',
  'font',
  'i',
  'ins',
  'kbd',
  'mark',
  'nobr',
  'q',
  's',
  'samp',
  'small',
  'span',
  'strike',
  'strong',
  'sub',
  'sup',
  'time',
  'tt',
  'u',
  'var',
  'label',
  'wbr',
  'img',
  'o:p',
]);
/** Official publication XML elements that run inside a paragraph. */
const XML_INLINE = new Set([
  'nadruk',
  'extref',
  'intref',
  'naam',
  'voornaam',
  'achternaam',
  'tussenvoegsel',
  'initialen',
  'organisatie',
  'datum',
  'kamervraagonderwerp',
  'ondernummer',
  'dossiernr',
  'dossiernummer',
  'stuknr',
  'dossierref',
  'afkorting',
  'inf',
  'nr',
  'label',
  'functie',
  'unicode',
  'li.nr',
  'aanhef-tekst',
  'huisnummer',
  'titulatuur',
]);
/** Inline elements followed by a space when the next text is glued to them ("1." "Voortgang"). */
const WORD_SEPARATED = new Set([
  'nr',
  'label',
  'li.nr',
  'voornaam',
  'initialen',
  'tussenvoegsel',
  'titulatuur',
  'dossiernr',
  'dossiernummer',
  'stuknr',
  'begrotingshoofdstuk',
  'td',
  'th',
  'entry',
]);
const SKIP_ALWAYS = new Set([
  'head',
  'script',
  'style',
  'noscript',
  'template',
  'svg',
  'math',
  'iframe',
  'object',
  'embed',
  'canvas',
  'audio',
  'video',
  'map',
  'button',
  'select',
  'input',
  'textarea',
  'dialog',
  'meta',
  'link',
  // official publication XML: document metadata, the question number of Kamervragen, pictures
  'metadata',
  'kamervraagnummer',
  'plaatje',
  'illustratie',
  'noot.nr',
  'noot-nr',
]);
const SKIP_HTML = new Set(['nav', 'aside', 'form']);
/** Page chrome by role. */
const SKIP_ROLES = new Set([
  'navigation',
  'search',
  'complementary',
  'menu',
  'menubar',
  'toolbar',
  'dialog',
  'alertdialog',
]);
const CHROME_ROLES = new Set(['banner', 'contentinfo']);
/** Page chrome by class or id (whole tokens, or token parts split at '-' and '_'). */
const CHROME_TOKEN =
  /^(?:nav|navbar|navigation|menu|mainmenu|submenu|breadcrumbs?|skiplinks?|skip|cookies?|cookiebar|cookie-?banner|share|sharing|social|socials|sidebar|toolbar|inhoudsopgave|toc|note-close|print-only|visually-hidden|sr-only)$/;
const HEADING_HTML = /^h[1-6]$/;
/** Paragraphs styled as headings by class: "tussenkop", "tussenkop_vet", Word's Dutch "Kop1", "heading2". */
const HEADING_CLASS = /^(?:tussenkop|subkop|kopje)(?:[_-]\w+)?$|^(?:kop|heading|msoheading)[1-6]$/;
const FOOTNOTE_LIST_HEADING = /^(?:voet)?noten$|^footnotes?$|^noten en verwijzingen$/i;
const NOTE_CLASS = /^(?:noot|voetnoot|footnote|footnotes?-item|fn|note)$/;

function isChrome(el: El): boolean {
  const role = (el.attrs.role ?? '').toLowerCase();
  if (SKIP_ROLES.has(role)) return true;
  for (const token of [...classes(el), ...(el.attrs.id ? [el.attrs.id.toLowerCase()] : [])]) {
    if (CHROME_TOKEN.test(token)) return true;
  }
  return false;
}

/* ------------------------------------------------------------------------------------------ */
/* Footnotes in HTML                                                                           */
/* ------------------------------------------------------------------------------------------ */

const NOTE_REF_TEXT = /^[[(]?(\d{1,3})[\])]?$/;
const LEADING_NUMBER = /^[[(]?(\d{1,3})[\]).]?\s*/;
/** A footnote longer than this is no footnote but a section the link points to. */
const MAX_NOTE = 4000;
/** A link to this page: "#id", or "kst-123.html#id" as a saved page names itself. */
const LOCAL_PAGE = /^[^:/?#]*\.x?html?$|^$/;
/** A footnote never grows to hold the page's text. */
const NOTE_STOP = /^(?:body|html|main|article)$/;

interface HtmlNotes {
  /** Reference element → footnote definition element. */
  refs: Map<El, El>;
  /** Definition element → printed number (from the reference), or null. */
  printed: Map<El, string>;
  defs: Set<El>;
}

function findHtmlNotes(tree: Tree): HtmlNotes {
  const refs = new Map<El, El>();
  const printed = new Map<El, string>();
  const defs = new Set<El>();
  const ids = new Map<string, El>();
  for (const el of tree.all) {
    for (const key of ['id', 'name'] as const) {
      const v = el.attrs[key];
      if (v && !ids.has(v)) ids.set(v, el);
    }
  }
  // Links with a number for text to a place later in the page.
  const candidates: Array<[El, El, string]> = [];
  for (const el of tree.all) {
    if (el.name !== 'a') continue;
    const href = el.attrs.href ?? '';
    const hash = href.indexOf('#');
    if (hash < 0 || (hash > 0 && !LOCAL_PAGE.test(href.slice(0, hash)))) continue;
    const m = NOTE_REF_TEXT.exec(textOf(el, 12));
    if (!m) continue;
    let id = href.slice(hash + 1);
    try {
      id = decodeURIComponent(id);
    } catch {
      // keep as is
    }
    const target = ids.get(id);
    if (!target || target.order <= el.order) continue;
    candidates.push([el, target, m[1]]);
  }
  if (candidates.length > 0) {
    // A note referred to twice is still one note.
    for (const [ref] of candidates) ref.refs++;
    for (const target of new Set(candidates.map(([, t]) => t))) target.targets++;
    // Sum up the tree (children come after their parent in document order).
    for (let k = tree.all.length - 1; k > 0; k--) {
      const el = tree.all[k];
      if (el.parent) {
        el.parent.refs += el.refs;
        el.parent.targets += el.targets;
      }
    }
    for (const [ref, target, number] of candidates) {
      // The note: the largest element around the target that holds no other note and no link to one.
      let def = target;
      while (
        def.parent?.parent &&
        def.parent.refs === 0 &&
        def.parent.targets <= 1 &&
        !NOTE_STOP.test(def.parent.name)
      ) {
        def = def.parent;
      }
      if (def.refs > 0 || !isNote(def, ref, number)) continue;
      refs.set(ref, def);
      if (!printed.has(def)) printed.set(def, number);
      defs.add(def);
    }
  }
  if (defs.size === 0) {
    // Notes without links: elements classed as notes, referred to by superscript numbers.
    const byNumber = new Map<string, El>();
    for (const el of tree.all) {
      if (!classes(el).some((c) => NOTE_CLASS.test(c))) continue;
      let p = el.parent;
      let inside = false;
      for (; p; p = p.parent) if (defs.has(p)) inside = true;
      if (inside) continue;
      const text = textOf(el, MAX_NOTE + 1, isChrome);
      const m = LEADING_NUMBER.exec(text);
      if (!m || text.length > MAX_NOTE || byNumber.has(m[1])) continue;
      byNumber.set(m[1], el);
      defs.add(el);
      printed.set(el, m[1]);
    }
    if (defs.size > 0) {
      for (const el of tree.all) {
        if (el.name !== 'sup') continue;
        const m = NOTE_REF_TEXT.exec(textOf(el, 12));
        const def = m ? byNumber.get(m[1]) : undefined;
        if (def && def.order > el.order && !isInside(el, defs)) refs.set(el, def);
      }
    }
  }
  return { refs, printed, defs };
}

const NOTE_NAME =
  /(?:^|[^a-z])(?:noot|noten|note|notes|ftn|fn|footnotes?|voetnoot|voetnoten|endnotes?)(?:$|[^a-z])/i;

/**
 * The place a numbered link points to is a footnote when it is no heading and no long text, and
 * it starts with the number, or links back to the reference, or is named or classed as a note.
 */
function isNote(def: El, ref: El, number: string): boolean {
  if (HEADING_HTML.test(def.name)) return false;
  const text = textOf(def, MAX_NOTE + 1, isChrome);
  if (text.length > MAX_NOTE) return false;
  const lead = LEADING_NUMBER.exec(text);
  if (lead && lead[1] === number) return true;
  const back = new Set([ref.attrs.id, ref.attrs.name].filter((x): x is string => !!x).map((x) => `#${x}`));
  let seen = 0;
  const stack: El[] = [def];
  while (stack.length > 0 && seen++ < 500) {
    const el = stack.pop() as El;
    if (el.name === 'a' && back.has(el.attrs.href ?? '')) return true;
    for (const ch of el.children) if (isEl(ch)) stack.push(ch);
  }
  for (let p: El | null = def, k = 0; p && k < 4; p = p.parent, k++) {
    if (NOTE_NAME.test(`${p.attrs.class ?? ''} ${p.attrs.id ?? ''}`)) return true;
  }
  return false;
}

function isInside(el: El, set: Set<El>): boolean {
  for (let p: El | null = el; p; p = p.parent) if (set.has(p)) return true;
  return false;
}

/* ------------------------------------------------------------------------------------------ */
/* Lines                                                                                       */
/* ------------------------------------------------------------------------------------------ */

interface OutLine {
  text: string;
  gap: boolean;
  heading: boolean;
  /** Characters in total and in bold. */
  total: number;
  bold: number;
  markers: Array<[number, number]>;
}

export interface Note {
  number: number;
  text: string;
}

const LIST_MARKER = /^(?:[•▪◦·●○■□➢►✓*–—-]|\d{1,3}[.)]|[a-z][.)]|[ivx]{1,4}[.)])(?:\s|$)/i;
/** Longer lines than this are split (a 1 MB paragraph is no line). */
const MAX_LINE = 20_000;
const BODY_SIZE = 10;
const HEADING_SIZE = 12;
/** Footnotes per page: the layout stage looks for a page's notes in its last 24 lines. */
const NOTES_PER_PAGE = 24;

class Writer {
  lines: OutLine[] = [];
  notes: Note[] = [];
  private cur: OutLine | null = null;
  private pendingSpace = false;
  private nextGap = true;
  private prefix: string | null = null;
  headingDepth = 0;
  boldDepth = 0;

  /** End the current line; the next one starts a new block (gap) or continues it (line break). */
  brk(gap: boolean): void {
    if (this.cur?.text) this.lines.push(this.cur);
    this.cur = null;
    this.pendingSpace = false;
    this.nextGap = gap || this.nextGap;
  }

  block(): void {
    this.brk(true);
  }

  /** A list item's marker, written before the item's first text unless that text has its own. */
  listPrefix(p: string): void {
    this.brk(true);
    this.prefix = p;
  }

  space(): void {
    if (this.cur?.text) this.pendingSpace = true;
  }

  private line(): OutLine {
    if (!this.cur) {
      this.cur = {
        text: '',
        gap: this.nextGap,
        heading: this.headingDepth > 0,
        total: 0,
        bold: 0,
        markers: [],
      };
      this.nextGap = false;
    }
    return this.cur;
  }

  text(raw: string): void {
    const s = raw.replace(INVISIBLE, '').replace(WS, ' ');
    if (!s) return;
    const core = s.trim();
    if (!core) {
      this.space();
      return;
    }
    const line = this.line();
    if (line.text && (this.pendingSpace || s.charCodeAt(0) === 32)) line.text += ' ';
    if (!line.text && this.prefix !== null) {
      if (!LIST_MARKER.test(core)) line.text = this.prefix;
      this.prefix = null;
    }
    line.text += core;
    line.total += core.length;
    if (this.boldDepth > 0) line.bold += core.length;
    this.pendingSpace = s.charCodeAt(s.length - 1) === 32;
  }

  marker(number: number): void {
    const line = this.line();
    line.markers.push([line.text.length, number]);
  }

  note(text: string): number {
    const number = this.notes.length + 1;
    this.notes.push({ number, text });
    return number;
  }

  finish(): OutLine[] {
    this.brk(true);
    return this.lines;
  }
}

/* ------------------------------------------------------------------------------------------ */
/* The walk                                                                                    */
/* ------------------------------------------------------------------------------------------ */

interface Ctx {
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

function walkChildren(ctx: Ctx, el: El): void {
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

function walk(ctx: Ctx, el: El): void {
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

/** The Kamerstuk's top lines: the chamber, then the parliamentary year, as printed. */
function officialTop(w: Writer, el: El): void {
  const regels = el.children.filter((c): c is El => isEl(c) && c.name === 'tekstregel');
  const by = (what: string) => regels.filter((r) => r.attrs.inhoud === what).map((r) => textOf(r));
  const chamber = by('kameraanduiding');
  const year = by('vergaderjaar');
  const lines =
    chamber.length || year.length
      ? [...chamber, ...year]
      : regels.map((r) => textOf(r)).filter((t) => OFFICIAL_CHAMBER.test(t) || OFFICIAL_YEAR.test(t));
  for (const t of lines) {
    w.block();
    w.text(t);
  }
  w.block();
}

/* ------------------------------------------------------------------------------------------ */
/* Choosing the content                                                                        */
/* ------------------------------------------------------------------------------------------ */

function contentRoot(tree: Tree): El {
  let body: El | null = null;
  let main: El | null = null;
  let officialBody: El | null = null;
  let officialTitle: El | null = null;
  const articles: El[] = [];
  for (const el of tree.all) {
    if (el.name === 'body' && !body) body = el;
    else if (!main && (el.name === 'main' || (el.attrs.role ?? '').toLowerCase() === 'main')) main = el;
    else if (el.name === 'article') articles.push(el);
    if (!officialBody && el.attrs.id === 'broodtekst') officialBody = el;
    if (!officialTitle && el.parent && el.parent !== tree.root && hasClass(el, 'dossiertitel'))
      officialTitle = el;
  }
  // The official publication's text: the block that holds its dossier title and its text
  // (officielebekendmakingen.nl renderings), or its text body.
  if (officialTitle?.parent) return officialTitle.parent;
  if (officialBody) return officialBody;
  if (main) return main;
  if (articles.length === 1) return articles[0];
  if (articles.length > 1) {
    let best = articles[0];
    let size = -1;
    for (const a of articles) {
      let nested = false;
      for (let p = a.parent; p && !nested; p = p.parent) nested = p.name === 'article';
      if (nested) continue;
      const n = textOf(a, 200_000).length;
      if (n > size) {
        size = n;
        best = a;
      }
    }
    return best;
  }
  return body ?? tree.root;
}

function metaOf(tree: Tree): Map<string, string> {
  const meta = new Map<string, string>();
  for (const el of tree.all) {
    if (el.name !== 'meta') continue;
    const key = el.attrs.name ?? el.attrs.property;
    if (key && el.attrs.content && !meta.has(key)) meta.set(key, el.attrs.content);
  }
  return meta;
}

/* ------------------------------------------------------------------------------------------ */
/* The reader                                                                                  */
/* ------------------------------------------------------------------------------------------ */

const isOfficialHeader = (t: string) =>
  OFFICIAL_CHAMBER.test(t) ||
  OFFICIAL_YEAR.test(t) ||
  OFFICIAL_DOSSIER.test(t) ||
  OFFICIAL_NUMBER.test(t) ||
  OFFICIAL_LETTER_OF.test(t);

export function readMarkup(text: string): RawDocument | null {
  if (!looksLikeMarkup(text)) return null;
  const tree = parse(text);
  const root = contentRoot(tree);
  const html = tree.html ? findHtmlNotes(tree) : { refs: new Map(), printed: new Map(), defs: new Set<El>() };
  const w = new Writer();
  const ctx: Ctx = {
    w,
    html,
    numbers: new Map(),
    inContent: root === tree.root || root.name === 'body' ? 0 : 1,
    leaf: 0,
    signature: 0,
    counters: new Map(),
    pre: 0,
  };
  if (root === tree.root) walkChildren(ctx, root);
  else walk(ctx, root);
  const out = w.finish();

  // A page from officielebekendmakingen.nl names the chamber and year only in its metadata.
  if (out.length > 0 && OFFICIAL_DOSSIER.test(out[0].text)) {
    const meta = metaOf(tree);
    const chamber = meta.get('DC.creator');
    const year = meta.get('OVERHEIDop.vergaderjaar');
    const top: string[] = [];
    if (chamber && OFFICIAL_CHAMBER.test(chamber)) top.push(chamber);
    if (year && OFFICIAL_YEAR.test(`Vergaderjaar ${year}`)) top.push(`Vergaderjaar ${year}`);
    out.unshift(
      ...top.map((t) => ({ text: t, gap: true, heading: false, total: t.length, bold: 0, markers: [] })),
    );
  }

  const lines: Line[] = [];
  let headerZone = true;
  for (const o of out) {
    const official = headerZone && isOfficialHeader(o.text);
    if (!official && lines.length >= 2) headerZone = false;
    const bold = !official && (o.heading || (o.total > 0 && o.bold === o.total));
    for (const [k, part] of splitLong(o).entries()) {
      const line: Line = { text: part.text, page: null, size: bold ? HEADING_SIZE : BODY_SIZE };
      if (bold) line.bold = true;
      if (k === 0 && (o.gap || lines.length === 0)) line.gapBefore = true;
      if (part.markers.length > 0) line.markers = part.markers;
      lines.push(line);
    }
  }
  return {
    format: tree.html ? 'html' : 'xml',
    pages: paginate(lines, renumberNotes(lines, w.notes)),
    pageCount: null,
    bodySize: BODY_SIZE,
    styledHeadings: true,
  };
}

/**
 * A letter, a motion or any official publication has running text: a line of at least
 * RUNNING_WORDS words. A search result record, a metadata file or an index page has field values
 * only (a title, a date, "2.0"), and is no letter to read.
 */
const RUNNING_WORDS = 8;
const WORD = /\S+/g;
export function hasRunningText(raw: RawDocument): boolean {
  for (const page of raw.pages)
    for (const line of page.lines) {
      if (line.text.length < RUNNING_WORDS * 2) continue;
      WORD.lastIndex = 0;
      let n = 0;
      while (WORD.exec(line.text) && ++n < RUNNING_WORDS);
      if (n >= RUNNING_WORDS) return true;
    }
  return false;
}

/** Known record vocabularies by their root element: named in the message. */
const RECORD_ROOTS: Array<[RegExp, string]> = [
  [/(?:^|:)(?:searchRetrieveResponse|recordData|record)$/i, 'a search result record'],
  [/^(?:metadata_gegevens|owms.*)$|(?:^|:)metadata$/i, 'a metadata file'],
  [/(?:^|:)RDF$/, 'an RDF metadata record'],
];
/** The document element's name, after the prolog (declaration, comments, doctype). */
const ROOT_NAME =
  /^(?:\ufeff)?\s*(?:<\?[\s\S]*?\?>\s*|<!--[\s\S]*?-->\s*|<!doctype[^>]*>\s*)*<([A-Za-z_][\w:.-]*)/i;

/** What a markup document without running text is, for the message: "a search result record". */
export function describeRecord(text: string, raw: RawDocument): string {
  const root = ROOT_NAME.exec(text.slice(0, 4096))?.[1] ?? '';
  for (const [re, what] of RECORD_ROOTS) if (re.test(root)) return what;
  return raw.format === 'html' ? 'an HTML page' : 'an XML file';
}

/**
 * Notes numbered 1..n in the order their markers appear in the text (notes never referred to
 * follow); the markers on the lines are renumbered to match.
 */
function renumberNotes(lines: Line[], notes: Note[]): Note[] {
  const map = new Map<number, number>();
  for (const line of lines) for (const [, n] of line.markers ?? []) if (!map.has(n)) map.set(n, map.size + 1);
  for (const note of notes) if (!map.has(note.number)) map.set(note.number, map.size + 1);
  for (const line of lines) {
    if (line.markers) line.markers = line.markers.map(([at, n]): [number, number] => [at, map.get(n) ?? n]);
  }
  const known = new Set(notes.map((n) => map.get(n.number)));
  for (const line of lines) if (line.markers) line.markers = line.markers.filter(([, n]) => known.has(n));
  return notes
    .map((n) => ({ number: map.get(n.number) ?? n.number, text: n.text }))
    .sort((a, b) => a.number - b.number);
}

/** A line longer than MAX_LINE is cut at spaces; markers move with their text. */
function splitLong(o: OutLine): Array<{ text: string; markers: Array<[number, number]> }> {
  if (o.text.length <= MAX_LINE) return [{ text: o.text, markers: o.markers }];
  const parts: Array<{ text: string; markers: Array<[number, number]> }> = [];
  let from = 0;
  while (from < o.text.length) {
    let to = Math.min(o.text.length, from + MAX_LINE);
    if (to < o.text.length) {
      const space = o.text.lastIndexOf(' ', to);
      if (space > from + MAX_LINE / 2) to = space;
    }
    const markers = o.markers
      .filter(([at]) => at >= from && (at < to || (to === o.text.length && at === to)))
      .map(([at, n]): [number, number] => [at - from, n]);
    const piece = o.text.slice(from, to);
    const trimmed = piece.trimStart();
    const shift = piece.length - trimmed.length;
    parts.push({
      text: trimmed.trimEnd(),
      markers: markers.map(([at, n]): [number, number] => [Math.max(0, at - shift), n]),
    });
    from = to;
  }
  return parts.filter((p) => p.text);
}

/**
 * Body lines, then the footnotes as "N text" lines. A letter with many notes is cut into pages
 * (at paragraph starts) that each end with the notes referred to on them.
 */
export function paginate(lines: Line[], notes: Note[]): Page[] {
  const pages: Page[] = [];
  let page: Line[] = [];
  let emitted = 0;
  let pending = 0;
  const flushNotes = (upTo: number) => {
    for (; emitted < upTo; emitted++) {
      const n = notes[emitted];
      page.push({ text: `${n.number} ${n.text}`, page: null, size: BODY_SIZE, gapBefore: true });
    }
  };
  for (const line of lines) {
    const last = (line.markers ?? []).reduce((m, [, n]) => Math.max(m, n), pending);
    // A new page before a page would hold too many notes (as few pages as possible: see the report on
    // running footers, which are found by repetition on three or more pages).
    if (last - emitted > NOTES_PER_PAGE && pending > emitted) {
      flushNotes(pending);
      pages.push({ number: null, lines: page });
      page = [];
    }
    page.push(line);
    pending = last;
  }
  flushNotes(notes.length);
  pages.push({ number: null, lines: page });
  return pages;
}
