/**
 * References to parliamentary documents, motions, amendments, letters and laws, from the body sentences,
 * the headings and the footnotes. The rules: kamerstukken.ts (Kamerstuk citations, Handelingen,
 * gazettes), motions.ts and letters.ts (with their citations: citations.ts), laws.ts; find.ts reads one
 * text. A motion or letter without a citation of its own takes the Kamerstuk in the footnote its
 * sentence points to. Headings are read too, and a sentence broken by a blank line is read whole. A
 * motion or letter named again without its citation is left out.
 * Deduplicated per (kind, dossier, number), and per text when both are null; the first text is kept.
 */

import { isSpaceCode } from '../../chars.js';
import type { KDocument, Sentence } from '../../model/document.js';
import type { Reference } from '../../model/letter.js';
import { headingsFirst } from '../headings-first.js';
import type { Extractor } from '../types.js';
import { findReferenceMatches } from './find.js';
import type { ReferenceMatch } from './match.js';

export { ANY_REFERENCE, findReferenceMatches, findReferences } from './find.js';
export type { ReferenceMatch } from './match.js';

function keyOf(r: Reference): string {
  const id = r.dossier === null && r.number === null ? (r.member ?? r.text) : `${r.dossier}/${r.number}`;
  return `${r.kind}|${id}`;
}

export const referencesExtractor: Extractor = {
  name: 'references',
  run(doc: KDocument) {
    const seen = new Set<string>();
    const out: Reference[] = [];
    const add = (r: Reference) => {
      const key = keyOf(r);
      if (seen.has(key)) return;
      seen.add(key);
      out.push(r);
    };
    // Markers in the text point at the first note of a number; a later list numbered anew (the
    // questions' own notes at the end of answers to Kamervragen) is read on its own below.
    const footnoteRefs = new Map<number, ReferenceMatch[]>();
    const firstOf = new Map<number, (typeof doc.footnotes)[number]>();
    for (const f of doc.footnotes) {
      if (firstOf.has(f.number)) continue;
      firstOf.set(f.number, f);
      footnoteRefs.set(f.number, findReferenceMatches(f.text));
    }
    const done = new Set<number>();
    const headings = headingsFirst(doc.sections, (h) => {
      for (const r of findReferenceMatches(h)) add(strip(r));
    });
    for (const sentence of continued(doc.sentences)) {
      headings.before(sentence.sectionId);
      const refs = findReferenceMatches(sentence.text);
      // Motions/amendments without their own citation: the Kamerstuk in the footnote(s) of the sentence
      // (gathered only when such a reference turns up).
      let cited: ReferenceMatch[] | null = null;
      let next = 0;
      for (const r of refs) {
        if ((r.kind === 'motion' || r.kind === 'amendment' || r.kind === 'letter') && r.dossier === null) {
          cited ??= sentence.footnotes.flatMap((n) =>
            (footnoteRefs.get(n) ?? []).filter((f) => f.kind === 'kamerstuk'),
          );
          const c = cited[next];
          if (c) {
            r.dossier = c.dossier;
            r.number = c.number;
            r.session = c.session;
            next++;
          }
        }
        add(strip(r));
      }
      for (const n of sentence.footnotes) {
        if (done.has(n)) continue;
        done.add(n);
        for (const r of footnoteRefs.get(n) ?? []) add(strip(r));
      }
    }
    headings.rest();
    for (const f of doc.footnotes) {
      const first = firstOf.get(f.number) === f;
      if (first && done.has(f.number)) continue;
      for (const r of (first ? footnoteRefs.get(f.number) : findReferenceMatches(f.text)) ?? [])
        add(strip(r));
    }
    doc.references = withoutBareRepeats(out);
  },
};

/**
 * Sentences with a fragment that continues them joined: a text broken by a blank line mid-sentence
 * ("... van de Kamerleden Van der Staaij (SGP) en Ploumen" / "(PvdA) aangenomen (Kamerstuk ...).")
 * is read as one, so that a motion finds its citation. A sentence continues when it does not end in
 * a stop, colon or closing quote and the next one, in the same section, opens with a bracket or a
 * lowercase letter.
 */
const CLOSED = '.!?:;»"”’)';

/**
 * Whether a text ends in a stop, colon or closing quote or bracket before its trailing white space:
 * what /[.!?:;»"”’)]\s*$/ tests (isSpaceCode is exactly \s), without trying the pattern at every
 * place of the text, and reading back from its end without a trimmed copy. Exported for its property test.
 */
export function endsClosed(text: string): boolean {
  let k = text.length - 1;
  while (k >= 0 && isSpaceCode(text.charCodeAt(k))) k--;
  return k >= 0 && CLOSED.includes(text.charAt(k));
}

function continued(sentences: Sentence[]): Sentence[] {
  const out: Sentence[] = [];
  for (const s of sentences) {
    const prev = out[out.length - 1];
    if (
      prev &&
      prev.sectionId === s.sectionId &&
      !endsClosed(prev.text) &&
      /^\s*(?:\(|\p{Ll})/u.test(s.text)
    ) {
      out[out.length - 1] = {
        ...prev,
        text: `${prev.text.trimEnd()} ${s.text.trimStart()}`,
        footnotes: [...prev.footnotes, ...s.footnotes],
      };
    } else out.push(s);
  }
  return out;
}

/**
 * A motion, amendment or letter named again without its citation ("de motie-Bruins" after "de motie-Bruins
 * (Kamerstuk 28 828, nr. 66)") is the same document: the bare repeat is left out.
 */
function withoutBareRepeats(refs: Reference[]): Reference[] {
  const cited = new Set<string>();
  const nameOf = (r: Reference) => `${r.kind}|${(r.member ?? r.text).toLowerCase()}`;
  for (const r of refs) if (r.dossier !== null && r.kind !== 'kamerstuk') cited.add(nameOf(r));
  if (cited.size === 0) return refs;
  return refs.filter(
    (r) => r.dossier !== null || r.number !== null || r.kind === 'kamerstuk' || !cited.has(nameOf(r)),
  );
}

function strip(r: ReferenceMatch): Reference {
  return {
    kind: r.kind,
    text: r.text.trim(),
    dossier: r.dossier,
    number: r.number,
    session: r.session,
    member: r.member,
  };
}
