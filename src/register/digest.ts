/**
 * What the register keeps of a letter: its metadata, its commitments as rows with the keys they are
 * matched on, and its delivery reports. The letter itself (sections, amounts, ...) is let go, so a
 * register over thousands of letters holds only this.
 */
import type { Letter } from '../model/letter.js';
import { dateValue } from '../render/due.js';
import { type Delivery, deliveries } from './delivered.js';
import type { RegisterCommitment } from './schema.js';
import { contextKey, isThin, ownKey, sentenceKey } from './sentence-key.js';
import { stems } from './similarity.js';

export type DigestCommitment = Omit<
  RegisterCommitment,
  'id' | 'letter' | 'status' | 'supersededBy' | 'links'
> & {
  localId: string;
  stems: string[];
};

export interface Digest {
  path: string;
  json: string | null;
  date: string | null;
  ministry: string | null;
  subject: string | null;
  kamerstuk: { dossier: string; number: string } | null;
  /** The Kamerstuk dossier, without spaces, upper case ("36800-X"); null when the letter has none. */
  dossier: string | null;
  commitments: DigestCommitment[];
  /** The Kamerstukken it cites, as "DOSSIER/NUMBER" ("33561/7"). */
  cites: Set<string>;
  deliveries: Array<Delivery & { stems: string[] }>;
}

export function normalDossier(dossier: string | null | undefined): string | null {
  const d = dossier?.replace(/\s+/g, '').toUpperCase();
  return d ? d : null;
}

export function digestLetter(letter: Letter, path: string, json: string | null): Digest {
  const sections = new Map(letter.sections.map((s) => [s.id, s]));
  const commitments = letter.commitments.map((c): DigestCommitment => {
    const section = sections.get(c.sectionId);
    let key = ownKey(c.deliverable.key, c.when.text);
    let keySource: DigestCommitment['keySource'] = 'deliverable';
    if (key === null) {
      key = sentenceKey(c.text, c.when.text);
      keySource = 'sentence';
    }
    if (isThin(key) && section) {
      const ctx = contextKey(section.text, c.text, c.when.text, key);
      if (ctx !== null) {
        key = ctx;
        keySource = 'context';
      }
    }
    const dated = dateValue(c.when) !== null;
    return {
      localId: c.id,
      sectionId: c.sectionId,
      section: section?.heading ?? '',
      topics: section?.topics ?? [],
      regions: c.regions,
      text: c.text,
      kind: c.kind,
      actor: c.actor.normalized ?? c.actor.text,
      action: c.action,
      deliverable: c.deliverable.text,
      key,
      keySource,
      when: c.when.text,
      due: { timex: dated ? c.when.timex : null, start: c.when.start, end: dated ? c.when.end : null },
      stems: stems(key),
    };
  });
  return {
    path,
    json,
    date: letter.metadata.date,
    ministry: letter.metadata.ministry,
    subject: letter.metadata.subject,
    kamerstuk: letter.metadata.kamerstuk,
    dossier: normalDossier(letter.metadata.kamerstuk?.dossier),
    commitments,
    cites: new Set(
      letter.references
        .filter((r) => r.dossier !== null && r.number !== null)
        .map((r) => `${normalDossier(r.dossier)}/${r.number}`),
    ),
    deliveries: deliveries(letter).map((d) => ({ ...d, stems: stems(d.key) })),
  };
}
