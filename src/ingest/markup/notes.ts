/** Footnotes in HTML: numbered in-page links to a note, and the notes they point to. */

import { HEADING_HTML, isChrome, NOTE_CLASS } from './elements.js';
import { textOf } from './text.js';
import { classes, type El, isEl, type Tree } from './tokenize.js';

const NOTE_REF_TEXT = /^[[(]?(\d{1,3})[\])]?$/;
export const LEADING_NUMBER = /^[[(]?(\d{1,3})[\]).]?\s*/;
/** A footnote longer than this is no footnote but a section the link points to. */
export const MAX_NOTE = 4000;
/** A link to this page: "#id", or "kst-123.html#id" as a saved page names itself. */
const LOCAL_PAGE = /^[^:/?#]*\.x?html?$|^$/;
/** A footnote never grows to hold the page's text. */
const NOTE_STOP = /^(?:body|html|main|article)$/;

export interface HtmlNotes {
  /** Reference element → footnote definition element. */
  refs: Map<El, El>;
  /** Definition element → printed number (from the reference), or null. */
  printed: Map<El, string>;
  defs: Set<El>;
}

export function findHtmlNotes(tree: Tree): HtmlNotes {
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
