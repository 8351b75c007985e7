/**
 * A motion, amendment or letter takes its dossier/number/session from a Kamerstuk citation right after
 * it in the same sentence ("(Kamerstuk 29 383, nr. 378)") or in brackets further on in it, before any
 * other motion or letter ("de motie van de leden X (SGP) en Y (PvdA) aangenomen (Kamerstuk ...)").
 * (The footnote its sentence points to is the extractor's fallback: see index.ts.)
 */

import type { ReferenceMatch } from './match.js';

/** Only white space, brackets, "c.s." and a short bracketed party between a motion and its citation. */
function adjacent(gap: string): boolean {
  return gap.length <= 60 && /^[\s(,;:]*$/.test(gap.replace(/c\.s\./g, '').replace(/\([^()]{1,15}\)/g, ''));
}

/**
 * A citation in brackets a little further on in the same sentence: the motion's co-movers, their
 * parties, what it asks or when it was adopted may stand between ("de motie van de leden Van der
 * Staaij (SGP) en Ploumen (PvdA) aangenomen (Kamerstuk 34 104, nr. 261)", "de motie van het lid X over
 * Y (Kamerstuk ...)"). No sentence end may stand between; the caller checks that no other reference does.
 */
const MAX_BRACKETED_GAP = 160;
function bracketedLater(gap: string): boolean {
  return (
    gap.length <= MAX_BRACKETED_GAP &&
    /\(\s*$/.test(gap) &&
    !/[.!?;](?:\s|$)/.test(gap.replace(/\b(?:c\.s|jl|nr)\./g, ''))
  );
}

/** "moties" or "amendementen": a plural kind word opens the match. */
const PLURAL_KIND = /^(?:\S+\s+)?(?:[Mm]oties|[Aa]mendementen)(?![\p{L}])/u;
/**
 * Between two citations of plural motions: the first's closing bracket, "en" or a comma, what the next one
 * is about, and its opening bracket (") en over een maatwerkaanpak ("); no sentence end, no third citation.
 */
const JOINED_CITATION = /^\s*\)\s*(?:,\s*(?:en\s+)?|en\s+)[^.!?;()]{0,120}\(\s*$/u;

/** The first citation that starts at or after `from` and before `limit`. */
function nextCite(cites: ReferenceMatch[], from: number, limit: number): ReferenceMatch | null {
  let first: ReferenceMatch | null = null;
  for (const c of cites)
    if (c.start >= from && c.start < limit && (!first || c.start < first.start)) first = c;
  return first;
}

/**
 * The citation of a motion, amendment or letter ending at `end`: the first Kamerstuk citation after it,
 * right after it (adjacent) or in brackets later in the sentence (bracketedLater), before the next
 * motion, amendment or letter (`limit`) and with no other citation between.
 */
function citeAfter(text: string, end: number, cites: ReferenceMatch[], limit: number): ReferenceMatch | null {
  let first: ReferenceMatch | null = null;
  for (const c of cites) if (c.start >= end && (!first || c.start < first.start)) first = c;
  if (!first || first.start > limit) return null;
  const gap = text.slice(end, first.start);
  return adjacent(gap) || bracketedLater(gap) ? first : null;
}

/**
 * Each motion, amendment and letter of `cited` with its citation among `cites`, appended to out; plural
 * motions take each further citation joined to the first.
 */
export function withCitations(
  text: string,
  cites: ReferenceMatch[],
  cited: ReferenceMatch[],
  out: ReferenceMatch[],
): void {
  if (cited.length > 1) cited.sort((a, b) => a.start - b.start);
  for (let k = 0; k < cited.length; k++) {
    const r = cited[k];
    const limit = cited[k + 1]?.start ?? text.length;
    const cite = citeAfter(text, r.end, cites, limit);
    if (cite) {
      r.dossier = cite.dossier;
      r.number = cite.number;
      r.session = cite.session;
    }
    out.push(r);
    // Plural "de moties van het lid X over A (29 383, nr. 402) en over B (Kamerstuk 29 383, nr. 403)":
    // each further citation joined by "en" or a comma is another motion of the same mover.
    if (cite && r.member && PLURAL_KIND.test(r.text)) {
      for (
        let prev = cite, next = nextCite(cites, prev.end, limit);
        next;
        next = nextCite(cites, prev.end, limit)
      ) {
        if (!JOINED_CITATION.test(text.slice(prev.end, next.start))) break;
        out.push({
          ...r,
          text: r.text,
          dossier: next.dossier,
          number: next.number,
          session: next.session,
          start: next.start,
          end: next.end,
        });
        prev = next;
      }
    }
  }
}
