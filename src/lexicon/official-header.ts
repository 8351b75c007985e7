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

// The official publication's own header lines, as the markup reader writes them: chamber, session,
// dossier, number, "BRIEF VAN".
export const OFFICIAL_CHAMBER = /^(?:Tweede|Eerste) Kamer der Staten-Generaal(?:\s+\d+)?$/i;
export const OFFICIAL_YEAR = /^Vergaderjaar\s+\d{4}\s*[–-]\s*\d{4}$/i;
/** "34 682 Nationale Omgevingsvisie", "36 600 A Vaststelling ...". Group 1: dossier, 2: letter suffix, 3: title. */
export const OFFICIAL_DOSSIER = /^(\d{2} \d{3})(?: ([A-Z]{1,5}|[IVXL]{1,5}))?(?:\s+(.*))?$/;
/** "Nr. 205", "Nr. 205 BRIEF VAN DE MINISTER ...". Group 1: number, group 2: the rest. */
export const OFFICIAL_NUMBER = /^Nr\.\s*(\d{1,4})(?:\s+(.*))?$/;
export const OFFICIAL_LETTER_OF = /^BRIEF VAN (?:DE|HET)\b/;
/** The running footer of an official Kamerstuk: "Tweede Kamer, vergaderjaar 2024–2025, 34 682, nr. 205 3". */
export const OFFICIAL_RUNNING =
  /^(?:Tweede|Eerste) Kamer, vergaderjaar \d{4}\s*[–-]\s*\d{4}, (\d{2} ?\d{3})(?:[-–]\d{2}|(?:[-–]| )[A-Z]{1,5})?, (?:nr\. (\d{1,5})|([A-Z]{1,3}))(?:\s+\d{1,4})?$/;

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
