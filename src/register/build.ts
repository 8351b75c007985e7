/**
 * One register over many letters: letters in date order (undated last, then by path), every
 * commitment a row with its status on the as-of date (status.ts) and its links (links.ts).
 */
import { type Digest, normalDossier } from './digest.js';
import { findLinks, type Item, type RawLink } from './links.js';
import type { Link, Register, RegisterCommitment, RegisterLetter, Status } from './schema.js';
import { timeStatus } from './status.js';

export interface BuildOptions {
  asOf: string;
  version: string;
  generated?: string;
}

/** Letters by date, undated ones last, ties by path: the register's order. */
export function registerOrder(digests: readonly Digest[]): Digest[] {
  return [...digests].sort((a, b) => {
    if (a.date !== b.date) {
      if (a.date === null) return 1;
      if (b.date === null) return -1;
      return a.date < b.date ? -1 : 1;
    }
    return a.path < b.path ? -1 : a.path > b.path ? 1 : 0;
  });
}

function bump(counts: Record<string, number>, key: string): void {
  counts[key] = (counts[key] ?? 0) + 1;
}

export function buildRegister(input: readonly Digest[], options: BuildOptions): Register {
  const digests = registerOrder(input);
  const letters: RegisterLetter[] = digests.map((d, i) => ({
    id: `L${i + 1}`,
    path: d.path,
    json: d.json,
    date: d.date,
    ministry: d.ministry,
    subject: d.subject,
    kamerstuk: d.kamerstuk,
  }));
  const { items, links: raw } = findLinks(digests);
  const position = new Map<Item, number>(items.map((it, i) => [it, i]));
  const linkIds = items.map((): string[] => []);
  const supersededBy = new Array<number | null>(items.length).fill(null);
  const previous = items.map((): number[] => []);
  const delivered = new Set<number>();
  const end = (item: Item, letterIndex: number, path: string, date: string | null, sentence: string) => ({
    letter: `L${letterIndex + 1}`,
    path,
    date,
    commitment: item.id,
    sentence,
  });
  const links: Link[] = raw.map((l: RawLink, n): Link => {
    const id = `k${n + 1}`;
    const from = position.get(l.from) as number;
    (linkIds[from] as string[]).push(id);
    const fromEnd = end(l.from, l.from.letter, l.from.digest.path, l.from.digest.date, l.from.c.text);
    if (l.to) {
      const to = position.get(l.to) as number;
      (linkIds[to] as string[]).push(id);
      if (supersededBy[from] === null) supersededBy[from] = to;
      (previous[to] as number[]).push(from);
      return {
        id,
        type: l.type,
        from: fromEnd,
        to: end(l.to, l.to.letter, l.to.digest.path, l.to.digest.date, l.to.c.text),
        dossier: l.to.digest.dossier ?? l.from.digest.dossier,
        oldDue: l.from.c.due.end,
        newDue: l.to.c.due.end,
        score: round(l.score),
        cites: cites(l.to.digest, l.from.digest),
      };
    }
    const d = l.delivery as NonNullable<RawLink['delivery']>;
    delivered.add(from);
    return {
      id,
      type: 'delivered',
      from: fromEnd,
      to: {
        letter: `L${d.letter + 1}`,
        path: d.digest.path,
        date: d.digest.date,
        commitment: null,
        sentence: d.sentence,
      },
      dossier: d.digest.dossier ?? l.from.digest.dossier,
      oldDue: l.from.c.due.end,
      newDue: null,
      score: round(l.score),
      cites: cites(d.digest, l.from.digest),
    };
  });
  // Delivered: the commitment a report names and every earlier one in its chain.
  const stack = [...delivered];
  while (stack.length > 0) {
    for (const p of previous[stack.pop() as number] as number[]) {
      if (!delivered.has(p)) {
        delivered.add(p);
        stack.push(p);
      }
    }
  }
  const head = (i: number): number => {
    let at = i;
    for (let guard = 0; supersededBy[at] !== null && guard < items.length; guard += 1)
      at = supersededBy[at] as number;
    return at;
  };
  const counts = { status: {}, kind: {}, topic: {}, link: {} } as Register['counts'];
  const commitments: RegisterCommitment[] = items.map((it, i) => {
    const status: Status = delivered.has(i)
      ? 'delivered'
      : timeStatus((items[head(i)] as Item).c.due.end, options.asOf);
    const { localId: _id, stems: _stems, ...row } = it.c;
    bump(counts.status, status);
    bump(counts.kind, row.kind);
    for (const t of row.topics.length > 0 ? row.topics : ['(none)']) bump(counts.topic, t);
    const next = supersededBy[i];
    return {
      id: it.id,
      letter: `L${it.letter + 1}`,
      ...row,
      status,
      supersededBy: next === null || next === undefined ? null : (items[next] as Item).id,
      links: linkIds[i] as string[],
    };
  });
  for (const l of links) bump(counts.link, l.type);
  return {
    tool: 'kamerbrief',
    kind: 'register',
    version: options.version,
    generated: options.generated ?? new Date().toISOString(),
    asOf: options.asOf,
    letters,
    commitments,
    links,
    counts,
  };
}

/** Whether `later` cites `earlier`'s own Kamerstuk: a reader's check that the link is right. */
function cites(later: Digest, earlier: Digest): boolean {
  const k = earlier.kamerstuk;
  return k !== null && later.cites.has(`${normalDossier(k.dossier)}/${k.number}`);
}

function round(x: number): number {
  return Math.round(x * 1000) / 1000;
}
