/**
 * The official publication's Kamerstuk header, in the variants in which users meet it (the PDF or
 * HTML of officielebekendmakingen.nl, the Tweede Kamer site, copies on other sites):
 *
 *   Datum publicatieOrganisatieVergaderjaarDossier- en ondernummer     (the site's metadata row)
 *   Tweede Kamer der Staten-Generaal2013-201427830 nr. 113              (its values, run together)
 *   Tweede Kamer der Staten-Generaal | 2 |                              (chamber, "2" = Tweede Kamer)
 *   Vergaderjaar 2022-2023 |
 *   21 501-07 Raad voor Economische en Financiële Zaken                 (dossier; one or two lines)
 *   Nr. 874 BRIEF VAN DE MINISTER EN STAATSSECRETARIS VAN DEFENSIE      (the letter's number)
 *   E BRIEF VAN DE MINISTER VAN ECONOMISCHE ZAKEN                       (Eerste Kamer: letters)
 *   Ontvangen ter Griffie op 3 november 2014.                           (received; voorhang)
 *   Het besluit ... kan niet eerder worden genomen dan op 3 december 2014.
 *
 * and the summary lines of the web renditions ("Minister X stuurt de Tweede Kamer ...",
 * "Kamerstuk: kamerbrief"). Every pattern is anchored and linear.
 */

/** A dossier number: "34 682", "34682", "21 501-07", "36 800 X", "34000-J", "36 200 VII". */
const DOSSIER_NUMBER = String.raw`\d{2} ?\d{3}(?:[-–]\d{2}(?!\d)|(?:[-–]| )(?:[A-Z]{1,2}|[IVXL]{3,5})(?=\s|$))?`;
/** "CII", "XXXIV": the Eerste Kamer's own dossiers (no number) are numbered in Roman figures. */
const ROMAN_DOSSIER = '[CDLXVI]{1,7}';

/** The site's metadata row, its labels run together (with or without spaces). */
export const SITE_ROW = /^Datum\s*publicatie\s*Organisatie\s*Vergaderjaar\s*Dossier/i;
/** The site's document-type label above its metadata row: "Kamerstuk" alone on its line. */
export const DOC_TYPE = /^Kamerstuk(?:ken)?$/i;
/**
 * A mirror site's title by the publication's identifier: "Kamerstuk 34300-VII-60" (dossier, then the
 * number: the identifier kst-34300-VII-60). Group 1: dossier, 2: number.
 */
export const KAMERSTUK_ID = /^Kamerstuk\s+(\d{5}(?:-(?:\d{2}|[A-Z]{1,2}|[IVXL]{1,5}))?)-([0-9A-Z]{1,6})$/;
/**
 * A mirror site's metadata line above the letter, "Label: value": "Gepubliceerd: 9 maart 2016",
 * "Indiener(s): ...", "Onderwerpen: ...", "Bron: https://...", "ID: 34300-VII-60", "Dossier: ...".
 */
export const SITE_LABEL =
  /^(?:Gepubliceerd|Publicatiedatum|Indiener\(s\)|Indieners?|Ondertekenaars?|Onderwerpen|Bron|ID|Dossier|Voortouwcommissie)\s?:\s?\S.{0,300}$/u;
/** The site's identifier line: "ID: 35394-48", "ID: 34300-VII-60". Group 1: dossier, 2: number. */
export const SITE_ID = /^ID\s?:\s?(\d{5}(?:-(?:\d{2}|[A-Z]{1,2}|[IVXL]{1,5}))?)-([0-9A-Z]{1,6})$/;
/** The chamber line, alone or with the chamber's number as a running head: "Tweede Kamer der Staten-Generaal | 2 |". */
export const CHAMBER = /^(Tweede|Eerste) Kamer der Staten-?Generaal(?:\s*\|?\s*\d{1,4})?\s*\|?$/i;
/** The chamber with session and Kamerstuk: "Tweede Kamer der Staten-Generaal 2014-2015 34000-J nr. 8", run together or not. */
export const CHAMBER_KAMERSTUK = new RegExp(
  String.raw`^(?:Tweede|Eerste) Kamer der Staten-?Generaal\s*\d{4}\s*[-–/]\s*\d{4}\s*(${DOSSIER_NUMBER}|${ROMAN_DOSSIER}),?\s+nr\.\s*([0-9A-Z]{1,6})$`,
  'i',
);
/** "Vergaderjaar 2024-2025", "Vergaderjaar 2022-2023 |". */
export const SESSION = /^Vergaderjaar\s+\d{4}\s*[-–/]\s*\d{4}\s*\|?$/i;
/** A dossier line: number and (usually) title. Group 1: number, group 2: title. */
export const DOSSIER_LINE = new RegExp(String.raw`^(${DOSSIER_NUMBER})(?:\s+(\S.*))?$`);
/** An Eerste Kamer dossier without a number: "CII Nota «Bestuur in samenhang ...»". */
export const ROMAN_DOSSIER_LINE = new RegExp(String.raw`^(${ROMAN_DOSSIER})\s+(\p{Lu}.*)$`, 'u');
/** "Nr. 205", "Nr. 205 BRIEF VAN ...", "Nr. 216 Brief van de staatssecretaris ...", "Nr. 53/E ...". Group 1: number, 2: rest. */
export const NUMBER_LINE = /^Nr\.\s*(\d{1,5})(?:\s*\/\s*[A-Z]{1,3}\b)?(?:\s+(.*))?$/i;
/**
 * The Eerste Kamer's letter numbers, alone or before "BRIEF VAN": "E BRIEF VAN ...", "AE1 BRIEF VAN ..." (a
 * footnote mark after the letters), "E/ Nr. 53" (a letter to both Kamers: the Eerste Kamer's letter, the
 * Tweede Kamer's number). Group 1: the letters, 2: the Tweede Kamer's number, 3: the rest.
 */
export const EK_NUMBER_LINE = /^([A-Z]{1,3})\d{0,2}(?:\s*\/\s*Nr\.\s*(\d{1,5}))?(?:\s+(BRIEF VAN\b.*))?$/;
/** "BRIEF VAN DE MINISTER ...", "BRIEF VAN DE MINISTERS ...", "Brief van de staatssecretaris ...". */
export const LETTER_OF = /^BRIEF VAN (?:DE|HET)\b/i;
/** "Ontvangen ter Griffie op 3 november 2014.", "Ter Griffie van de Eerste en van de Tweede Kamer ... ontvangen op ...". */
export const RECEIVED =
  /^(?:Ontvangen ter Griffie op|Ter Griffie van de\b.{0,90}\bontvangen op)\s+\d{1,2}\s+\p{L}+\s+\d{4}\.?$/iu;
/** The voorhang line: "Het besluit ... kan niet eerder worden genomen dan op 3 december 2014." */
export const VOORHANG = /^\p{Lu}.{0,200}\bniet eerder\b.{0,120}\bdan op\s+\d{1,2}\s+\p{L}+\s+\d{4}\.?$/u;
/**
 * The web rendition's summary line and type label: "Minister X stuurt de Tweede Kamer ...", "Kamerstuk:
 * kamerbrief", and a site's title by the parliament's document type "Brief regering" ("Brief regering :
 * Voorbereiding gemeenteraadsverkiezingen", "Arbeidsmarktbeleid; Brief regering; Uitstel toezending ...").
 */
export const SITE_SUMMARY =
  /^(?:(?:[^;:]{1,120};\s?)?Brief regering\s?[:;]\s?\S.*|(?:Minister|Staatssecretaris|Minister-president|Premier|De minister|De staatssecretaris)\b.{0,120}?\b(?:stuurt|informeert|biedt|zendt)\b.{0,40}?\b(?:de )?(?:Tweede|Eerste) Kamer\b.*|Kamerstuk\s*:\s*\p{L}+(?: \p{L}+)?)$/iu;

export type HeaderKind =
  | 'site-row'
  | 'doc-type'
  | 'site-label'
  | 'chamber'
  | 'session'
  | 'dossier'
  | 'number'
  | 'letter-of'
  | 'received'
  | 'voorhang'
  | 'summary';

export interface HeaderLine {
  kind: HeaderKind;
  /** Dossier number as printed ("21 501-07"), on 'dossier' and on 'chamber' with a Kamerstuk. */
  dossier?: string;
  /** The letter's number ("874", "E", "AE"), on 'number' and on 'chamber' with a Kamerstuk. */
  nr?: string;
  /** The dossier title, or the "BRIEF VAN ..." text on a number line. */
  rest?: string;
}

/** One line of the header by its form alone (context decides which forms are allowed where). */
export function classifyHeaderLine(t: string): HeaderLine | null {
  // Each pattern is tried only where the line's first character or a word it must hold allows it.
  const c = t.charAt(0);
  if (c === 'D' && SITE_ROW.test(t)) return { kind: 'site-row' };
  if (c === 'K') {
    if (DOC_TYPE.test(t)) return { kind: 'doc-type' };
    const id = KAMERSTUK_ID.exec(t);
    if (id) return { kind: 'chamber', dossier: id[1], nr: id[2] };
  }
  if (t.length <= 320 && t.includes(':') && SITE_LABEL.test(t)) {
    // "ID: 34300-VII-60": the publication's identifier names the Kamerstuk.
    const id = SITE_ID.exec(t);
    return id ? { kind: 'site-label', dossier: id[1], nr: id[2] } : { kind: 'site-label' };
  }
  if (c === 'T' || c === 'E' || c === 't' || c === 'e') {
    if (CHAMBER.test(t)) return { kind: 'chamber' };
    const ck = CHAMBER_KAMERSTUK.exec(t);
    if (ck) return { kind: 'chamber', dossier: ck[1], nr: ck[2].toUpperCase() };
  }
  if ((c === 'V' || c === 'v') && SESSION.test(t)) return { kind: 'session' };
  if (c === 'N' || c === 'n') {
    const n = NUMBER_LINE.exec(t);
    if (n) return { kind: 'number', nr: n[1], rest: n[2]?.trim() || undefined };
  }
  if (c >= '0' && c <= '9') {
    const d = DOSSIER_LINE.exec(t);
    if (d) return { kind: 'dossier', dossier: d[1], rest: d[2]?.trim() || undefined };
  }
  if ((c === 'B' || c === 'b') && LETTER_OF.test(t)) return { kind: 'letter-of', rest: t };
  if (t.includes('riffie') && RECEIVED.test(t)) return { kind: 'received' };
  if (t.includes('niet eerder') && VOORHANG.test(t)) return { kind: 'voorhang' };
  if (
    (t.includes('Kamer') || t.includes('Kamerstuk') || t.includes('Brief regering')) &&
    SITE_SUMMARY.test(t)
  )
    return { kind: 'summary' };
  return null;
}

/** "21 501-07" → "21501-07", "36 800 X" → "36800-X", "34000-J" → "34000-J", "CII" → "CII". */
export function normaliseDossier(printed: string): string {
  const m = /^(\d{2}) ?(\d{3})(?:[-– ]([0-9A-Z]+))?$/.exec(printed.trim());
  if (!m) return printed.trim();
  return m[3] ? `${m[1]}${m[2]}-${m[3]}` : `${m[1]}${m[2]}`;
}

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
