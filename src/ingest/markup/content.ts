/** Choosing the content of a web page (<main>, the official text body, <article>) and reading its metadata. */

import { textOf } from './text.js';
import { type El, hasClass, type Tree } from './tokenize.js';

export function contentRoot(tree: Tree): El {
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

export function metaOf(tree: Tree): Map<string, string> {
  const meta = new Map<string, string>();
  for (const el of tree.all) {
    if (el.name !== 'meta') continue;
    const key = el.attrs.name ?? el.attrs.property;
    if (key && el.attrs.content && !meta.has(key)) meta.set(key, el.attrs.content);
  }
  return meta;
}
