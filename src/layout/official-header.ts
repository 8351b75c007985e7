/**
 * Reads the official publication's Kamerstuk header (its line forms are in lexicon/official-header.ts).
 */
import {
  classifyHeaderLine,
  EK_NUMBER_LINE,
  LETTER_OF,
  normaliseDossier,
  ROMAN_DOSSIER_LINE,
} from '../lexicon/official-header.js';

const isUpper = (s: string) => /\p{Lu}/u.test(s) && s === s.toUpperCase();

export interface OfficialHeader {
  /** Number of lines (from the start) that belong to the header. */
  used: number;
  dossier: string | null;
  dossierTitle: string | null;
  nr: string | null;
  /** "BRIEF VAN DE MINISTER VAN ..." (joined when wrapped). */
  letterOf: string | null;
  /** Kamerstuk from the site's value row or the chamber line, when the header gives it there. */
  rowKamerstuk: { dossier: string; nr: string } | null;
}

/**
 * Read the official header at the start of `texts` (the first lines of the document). It ends at
 * the first line that is none of its parts. Returns null when no part of a Kamerstuk header (a
 * dossier, a number, a chamber or session line, the site's row) is there.
 */
export function readOfficialHeader(texts: readonly string[], limit = 40): OfficialHeader | null {
  const h: OfficialHeader = {
    used: 0,
    dossier: null,
    dossierTitle: null,
    nr: null,
    letterOf: null,
    rowKamerstuk: null,
  };
  let official = false;
  let i = 0;
  const max = Math.min(texts.length, limit);
  while (i < max) {
    const t = texts[i];
    const c = classifyHeaderLine(t);
    // The site's type label and "Label: value" lines: part of the header, not proof of one.
    if (c?.kind === 'doc-type' || c?.kind === 'site-label') {
      if (c.dossier && c.nr && !h.rowKamerstuk)
        h.rowKamerstuk = { dossier: normaliseDossier(c.dossier), nr: c.nr };
      i++;
      continue;
    }
    // A mirror site's page title between its identifier and its metadata lines.
    if (!c && official && h.nr === null && h.dossier === null && t.length <= 300 && i + 1 < max) {
      if (classifyHeaderLine(texts[i + 1])?.kind === 'site-label') {
        i++;
        continue;
      }
    }
    if (c?.kind === 'site-row' || c?.kind === 'session' || c?.kind === 'summary') {
      if (c.kind !== 'summary') official = true;
      i++;
      continue;
    }
    if (c?.kind === 'chamber') {
      official = true;
      if (c.dossier && c.nr && !h.rowKamerstuk)
        h.rowKamerstuk = { dossier: normaliseDossier(c.dossier), nr: c.nr };
      i++;
      continue;
    }
    if (c?.kind === 'dossier' && h.nr === null) {
      official = true;
      if (h.dossier === null) h.dossier = normaliseDossier(c.dossier ?? '');
      const title = c.rest ? [c.rest] : [];
      i++;
      // The title may wrap, or stand on the next line, until the next dossier or the number line.
      while (i < max && title.length < 6) {
        const next = texts[i];
        const nc = classifyHeaderLine(next);
        if (nc || EK_NUMBER_LINE.test(next) || ROMAN_DOSSIER_LINE.test(next)) break;
        // The addressee, the dateline or the salutation ends the header whatever came before.
        if (/^(?:Aan\s+de\b|Den Haag\b|'s-Gravenhage\b|Geachte\b)/i.test(next) || next.length > 160) break;
        title.push(next);
        i++;
      }
      if (h.dossierTitle === null && title.length) h.dossierTitle = title.join(' ');
      continue;
    }
    // An Eerste Kamer dossier without number ("CII Nota ..."): only where the header has begun.
    const roman = official && h.dossier === null && h.nr === null ? ROMAN_DOSSIER_LINE.exec(t) : null;
    if (roman && t.length <= 200) {
      h.dossier = roman[1];
      h.dossierTitle = roman[2];
      i++;
      continue;
    }
    const ek = h.dossier !== null && h.nr === null ? EK_NUMBER_LINE.exec(t) : null;
    if (
      // "Nr. 48 BRIEF VAN DE MINISTER ...": the number line with the letter's title needs no dossier line above it
      (c?.kind === 'number' &&
        (official || h.dossier !== null || (c.rest !== undefined && LETTER_OF.test(c.rest)))) ||
      (ek && (ek[2] || ek[3] || nextIsLetterOf(texts, i)))
    ) {
      official = true;
      // "E/ Nr. 53": the Tweede Kamer's number names the Kamerstuk in both Kamers' series.
      h.nr = c?.kind === 'number' ? (c.nr ?? null) : (ek?.[2] ?? ek?.[1] ?? null);
      const rest = c?.kind === 'number' ? c.rest : ek?.[3];
      const from = rest ? [rest] : [];
      i++;
      i = letterOfLines(texts, i, max, from);
      if (from.length && h.letterOf === null) h.letterOf = from.join(' ');
      continue;
    }
    if (c?.kind === 'letter-of' && (official || h.dossier !== null)) {
      const from = [t];
      i = letterOfLines(texts, i + 1, max, from);
      if (h.letterOf === null) h.letterOf = from.join(' ');
      continue;
    }
    if ((c?.kind === 'received' || c?.kind === 'voorhang') && official) {
      i++;
      continue;
    }
    break;
  }
  if (!official) return null;
  h.used = i;
  return h;
}

function nextIsLetterOf(texts: readonly string[], i: number): boolean {
  return i + 1 < texts.length && LETTER_OF.test(texts[i + 1]);
}

/** The "BRIEF VAN ..." text and its wrapped upper-case continuation lines; returns the next index. */
function letterOfLines(texts: readonly string[], i: number, max: number, from: string[]): number {
  let j = i;
  if (from.length === 0 && j < max && LETTER_OF.test(texts[j])) from.push(texts[j++]);
  // A wrapped upper-case title: "BRIEF VAN DE MINISTER VAN INFRASTRUCTUUR EN" / "WATERSTAAT".
  while (
    from.length > 0 &&
    from.length < 4 &&
    j < max &&
    isUpper(from[0]) &&
    isUpper(texts[j]) &&
    texts[j].length <= 120
  ) {
    if (classifyHeaderLine(texts[j])) break;
    from.push(texts[j++]);
  }
  return j;
}
