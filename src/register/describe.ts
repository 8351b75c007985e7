/**
 * How a link reads from one commitment's side, the same in the CSV, the Markdown and the page:
 * "postponed in 2014-04-14 letters/b.txt (2014-04-30 → 2014-05-31)" for the earlier commitment,
 * "postponed from 2013-12-20 letters/a.txt (...)" for the later one, "delivered in ..." for a report.
 */
import type { Link, Register } from './schema.js';

export function describeLink(link: Link, commitmentId: string): string {
  const dates =
    link.type === 'postponed' || link.type === 'advanced' ? ` (${link.oldDue} → ${link.newDue})` : '';
  const other = link.from.commitment === commitmentId ? link.to : link.from;
  const where = link.from.commitment === commitmentId ? 'in' : 'from';
  return `${link.type} ${where} ${other.date ?? 'undated'} ${other.path}${dates}`;
}

/** Every link of a commitment, described and joined by "; ". */
export function describeLinks(
  register: Pick<Register, 'links'>,
  ids: readonly string[],
  commitmentId: string,
): string {
  if (ids.length === 0) return '';
  const byId = linkMap(register);
  return ids
    .map((id) => byId.get(id))
    .filter((l): l is Link => l !== undefined)
    .map((l) => describeLink(l, commitmentId))
    .join('; ');
}

const cache = new WeakMap<object, Map<string, Link>>();
function linkMap(register: Pick<Register, 'links'>): Map<string, Link> {
  let m = cache.get(register.links);
  if (!m) {
    m = new Map(register.links.map((l) => [l.id, l]));
    cache.set(register.links, m);
  }
  return m;
}

/** "33561 nr. 10", or "". */
export function kamerstukText(k: { dossier: string; number: string } | null): string {
  return k ? `${k.dossier} nr. ${k.number}` : '';
}
