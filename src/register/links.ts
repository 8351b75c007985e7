/**
 * Links across letters. Letters are taken in date order; each commitment is matched against the
 * commitments of earlier letters (similarity.ts: same dossier, or none on one side; the keys of
 * digest.ts) and linked to the most recent match:
 *
 * - `postponed`: its due date is later than the earlier one's (both dates are given);
 * - `advanced`: earlier;
 * - `repeated`: the same date, or either has none.
 *
 * A delivery report (delivered.ts) in a later letter is linked, as `delivered`, to each earlier
 * commitment it matches that no later commitment has taken up yet and nothing has delivered.
 * Candidates come from an index of the keys' stems per dossier, so a commitment is compared only
 * with those that share a word with it.
 */
import type { Digest, DigestCommitment } from './digest.js';
import type { LinkType } from './schema.js';
import { matchScore } from './similarity.js';

export interface Item {
  /** "L3/c2" */
  id: string;
  letter: number;
  digest: Digest;
  c: DigestCommitment;
}

export interface RawLink {
  type: LinkType;
  from: Item;
  /** The later commitment; null for a delivery report. */
  to: Item | null;
  /** For a delivery report: its letter and sentence. */
  delivery: { letter: number; digest: Digest; sentence: string } | null;
  score: number;
}

const NO_DOSSIER = '';

class StemIndex {
  private readonly byDossier = new Map<string, Map<string, number[]>>();
  private readonly all = new Map<string, number[]>();

  add(dossier: string | null, stems: readonly string[], item: number): void {
    const d = dossier ?? NO_DOSSIER;
    let m = this.byDossier.get(d);
    if (!m) {
      m = new Map();
      this.byDossier.set(d, m);
    }
    for (const s of stems) {
      push(m, s, item);
      push(this.all, s, item);
    }
  }

  /** Items that share at least `least` stems with `stems`, in the dossier (and those without one). */
  candidates(dossier: string | null, stems: readonly string[], least: number): number[] {
    const maps =
      dossier === null
        ? [this.all]
        : [this.byDossier.get(dossier), this.byDossier.get(NO_DOSSIER)].filter((m) => m !== undefined);
    const counts = new Map<number, number>();
    for (const m of maps)
      for (const s of stems) for (const i of m.get(s) ?? []) counts.set(i, (counts.get(i) ?? 0) + 1);
    const out: number[] = [];
    for (const [i, n] of counts) if (n >= least) out.push(i);
    return out;
  }
}

function push(m: Map<string, number[]>, key: string, value: number): void {
  const list = m.get(key);
  if (list) list.push(value);
  else m.set(key, [value]);
}

export function linkType(oldDue: string | null, newDue: string | null): Exclude<LinkType, 'delivered'> {
  if (oldDue === null || newDue === null || oldDue === newDue) return 'repeated';
  return newDue > oldDue ? 'postponed' : 'advanced';
}

/** `digests` in register order; returns the items (every commitment) and the links. */
export function findLinks(digests: readonly Digest[]): { items: Item[]; links: RawLink[] } {
  const items: Item[] = [];
  const links: RawLink[] = [];
  const index = new StemIndex();
  const takenUp = new Set<number>();
  const delivered = new Set<number>();
  const best = (
    letter: number,
    dossier: string | null,
    stems: readonly string[],
    context: boolean,
    skip: (i: number) => boolean,
  ) => {
    const found: Array<{ i: number; score: number }> = [];
    for (const i of index.candidates(dossier, stems, 2)) {
      const a = items[i] as Item;
      if (a.letter >= letter || skip(i)) continue;
      const score = matchScore(
        a.c.stems,
        stems,
        a.digest.dossier,
        dossier,
        context || a.c.keySource === 'context',
      );
      if (score > 0) found.push({ i, score });
    }
    return found;
  };
  digests.forEach((digest, letter) => {
    const mine: Item[] = digest.commitments.map((c) => ({
      id: `L${letter + 1}/${c.localId}`,
      letter,
      digest,
      c,
    }));
    for (const b of mine) {
      const found = best(letter, digest.dossier, b.c.stems, b.c.keySource === 'context', () => false);
      if (found.length === 0) continue;
      // The most recent earlier commitment; among one letter's, the closest match.
      found.sort((x, y) => {
        const lx = (items[x.i] as Item).letter;
        const ly = (items[y.i] as Item).letter;
        return ly - lx || y.score - x.score || x.i - y.i;
      });
      const top = found[0] as { i: number; score: number };
      const a = items[top.i] as Item;
      takenUp.add(top.i);
      links.push({
        type: linkType(a.c.due.end, b.c.due.end),
        from: a,
        to: b,
        delivery: null,
        score: top.score,
      });
    }
    for (const d of digest.deliveries) {
      const done = (i: number) => takenUp.has(i) || delivered.has(i);
      for (const { i, score } of best(letter, digest.dossier, d.stems, false, done)) {
        delivered.add(i);
        const a = items[i] as Item;
        links.push({
          type: 'delivered',
          from: a,
          to: null,
          delivery: { letter, digest, sentence: d.sentence },
          score,
        });
      }
    }
    for (const b of mine) {
      index.add(digest.dossier, b.c.stems, items.length);
      items.push(b);
    }
  });
  return { items, links };
}
