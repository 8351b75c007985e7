/**
 * The side column's lines by their form: page label, labelled field, address, phone, e-mail, website,
 * ministry and unit names. Letter-spaced text ("P agina 2 van 7") is tested on the line without its
 * spaces (tight) as well.
 */

import { ENDS_SENTENCE } from '../../lexicon/punctuation.js';
import type { Furniture } from '../../model/letter.js';
import type { Line } from '../../model/page.js';

export type Kind = Furniture['kind'];

/** The line without its spaces: what letter-spaced text tests on (the last answer kept: a line is asked in turn by several tests). */
let lastLoose = '';
let lastTight = '';
export const tight = (t: string) => {
  if (t !== lastLoose) {
    lastLoose = t;
    lastTight = t.replace(/\s+/g, '');
  }
  return lastTight;
};

/** The first code unit of tight(t) (NaN when it is empty): trimStart drops exactly what \s matches. */
export const firstTight = (t: string): number => t.trimStart().charCodeAt(0);

/** "Pagina 2 van 8", "P agina 2 van 7" (tight). Group 1: the page, 2: the page count. */
export const PAGE_LABEL = /^(?:Pagina|Blad|Page)(\d{1,4})(?:van|of|\/)(\d{1,4})$/i;
/** Field labels of the column, alone on their line (tight). */
const LABEL_ALONE =
  /^(?:Datum|Betreft|Onderwerp|Kenmerk|Onskenmerk|Onzekenmerk|Uwkenmerk|Onzereferentie|Uwreferentie|Uwbrief(?:van)?|Bijlagen?|Bijlage\(n\)|Aantalbijlagen|Contactpersoon|Inlichtingen|Behandelddoor|Doorkiesnummer|Overheidsidentificatienr\.?|Overheidsidentificatienummer)$/i;
/** A label with its value on the same line. Group 1: label, 2: value. */
export const LABEL_VALUE =
  /^(Datum|Kenmerk|Ons kenmerk|Onze kenmerk|Uw kenmerk|Onze referentie|Uw referentie|Uw brief(?: van)?|Bijlagen?|Bijlage\(n\)|Overheidsidentificatienr\.?)(?::\s*|\s+)(\S.{0,60})$/i;
/** Labels of address blocks: no value of their own, the address lines follow. */
const ADDRESS_LABEL = /^(?:Bezoekadres|Postadres|Huisadres|Retouradres|Afzendadres)$/i;
/** "Postbus 20901" (tight). */
const POSTBUS_TIGHT = /^Postbus\d{1,6}$/i;
/** "2500 EX Den Haag", "2 5 00 E X Den Haag", "2595 BD DEN HAAG" (tight). */
export const POSTCODE_TIGHT = /^\d{4}[A-Z]{2}\p{Lu}[\p{L}'’.-]{1,30}$/u;
/** "Rijnstraat 8", "Bezuidenhoutseweg 73", "Turfmarkt 147": a street and number. */
export const STREET = /^\p{Lu}[\p{L}'’. -]{1,40}\s\d{1,4}(?:\s?[a-zA-Z]{1,2})?(?:[-–]\d{1,4})?$/u;
/**
 * STREET.test(text), asked only of a line that starts with a capital: an ASCII character other than
 * "A"–"Z" is no \p{Lu} (most body lines start in lower case). Exported for its property test.
 */
export function isStreet(text: string): boolean {
  const c = text.charCodeAt(0);
  if (c < 0x80 && (c < 0x41 || c > 0x5a)) return false;
  // STREET needs a digit among the last four characters: the number ends the line or comes before a suffix of one or two letters ("8 a", "147B").
  let digit = false;
  for (let k = Math.max(0, text.length - 4); k < text.length; k++) {
    const d = text.charCodeAt(k);
    if (d >= 0x30 && d <= 0x39) digit = true;
  }
  return digit && STREET.test(text);
}
/** "T 070 379 8911 (algemeen)", "F 0 7 0-456 1111", "T +31 70 ..." (tight). */
const PHONE_TIGHT = /^(?:[TFM]|Tel\.?|Fax)[:.]?\+?[\d()-]{6,20}(?:\(\p{L}+\))?$/u;
/** "E info@minezk.nl". */
const EMAIL = /^(?:E|E-mail|Email)[:.]?\s*\S+@\S+\.\w+$/i;
/** The column's web address: "www.rijksoverheid.nl/ezk" (a note's address is longer, or glued to its number). */
const SITE = /^(?:https?:\/\/)?www\.[\w.-]+\.(?:nl|eu|com|org)(?:\/[\w-]*)?$/i;
/** The long number under "Overheidsidentificatienr" (tight). */
export const OIN = /^\d{12,24}$/;
/** "Ministerie van" and the start of a ministry's name (tight). */
export const MINISTRY_TIGHT = /^Ministerievan/i;
/** The unit under the ministry: "Directoraat-generaal", "Directie Luchtvaart", "Programmadirectie ...". */
export const UNIT =
  /^(?:Directoraat[- ]?[Gg]eneraal|Directie|Programmadirectie|Projectdirectie|Dienst|Inspectie|Agentschap|Afdeling)\b/;
/** A name that goes on on the next line: it ends in a joining word ("Infrastructuur en", "Ministerie van"). */
export const OPEN_END = /(?:\s(?:en|van|voor|der|de)|[,&–-])$/;
export const OPEN_START = /^(?:en|van|voor|&)\s/;
/** Longest line the column holds. */
const NARROW = 50;

export const narrow = (l: Line | undefined) =>
  !!l && l.text.length <= NARROW && !ENDS_SENTENCE.test(l.text.replace(/\.$/, 'x'));

/** "ons kenmerk", "ONS KENMERK", "Onskenmerk" → "Ons kenmerk". */
export function labelName(raw: string): string {
  const t = tight(raw).toLowerCase().replace(/[.:]$/, '');
  const spaced = t
    .replace(/^(ons|onze|uw)(kenmerk|referentie|brief)/, '$1 $2')
    .replace(/^uw brief(van)$/, 'uw brief van')
    .replace(/^aantal(bijlagen)$/, 'aantal $1')
    .replace(/^behandeld(door)$/, 'behandeld $1');
  return spaced.charAt(0).toUpperCase() + spaced.slice(1);
}

/** The first characters of PAGE_LABEL, POSTBUS_TIGHT, POSTCODE_TIGHT, ADDRESS_LABEL, PHONE_TIGHT, EMAIL, SITE and LABEL_ALONE. */
const COLUMN_START = /^[0-9PpBbHhRrAaTtFfMmEeWwDdOoKkUuCcIi]$/;

/** What kind of side-column line this is by its form alone, or null. */
export function sideKind(text: string): Kind | null {
  // The column is narrow: a longer line is body text (and is spared the tests).
  if (text.length > 60) return null;
  // Every test below starts with a digit or one of these letters (in either case where it ignores case).
  const first = text.trimStart().charAt(0);
  if (!COLUMN_START.test(first)) return null;
  if (!mayBeColumn(text, first)) return null;
  return kindByForm(text);
}

/**
 * More than 28 printable ASCII characters (never white space, so at least as many in tight(text)):
 * longer without its spaces than any line PAGE_LABEL, POSTBUS_TIGHT, ADDRESS_LABEL and LABEL_ALONE
 * match ("Overheidsidentificatienummer" is 28). A regex counts faster than a loop.
 */
const LONG_TIGHT = /^[^!-~]*(?:[!-~][^!-~]*){29}/;
/** What PHONE_TIGHT needs at the start of tight(line), spaces allowed between: the prefix and a digit, "(", "-", "+", ":" or ".". */
const PHONE_START = /^\s*(?:[TFM]|T\s*e\s*l|F\s*a\s*x)\s*[:.+\d()-]/;

/**
 * Whether kindByForm may find a kind for a line whose first character without spaces is `first`
 * (one of COLUMN_START): it spares most body lines the line without its spaces and the tests.
 * Each test needs its own first characters: a digit only POSTCODE_TIGHT (lines up to 40 long);
 * "T", "F", "M" only PHONE_TIGHT (and lower case none); "E"/"e" only EMAIL (an "@"); "W"/"w" only
 * SITE (up to 40 long); "H"/"h" SITE or ADDRESS_LABEL; the other letters only the short labels.
 */
function mayBeColumn(text: string, first: string): boolean {
  const c = first.charCodeAt(0);
  if (c >= 0x30 && c <= 0x39) return text.length <= 40;
  if (c === 0x54 || c === 0x46 || c === 0x4d) return PHONE_START.test(text);
  if (c === 0x74 || c === 0x66 || c === 0x6d) return false;
  if (c === 0x45 || c === 0x65) return text.includes('@');
  if (c === 0x57 || c === 0x77) return text.length <= 40;
  if ((c === 0x48 || c === 0x68) && text.length <= 40) return true;
  return shortLabelEnd(text) && !LONG_TIGHT.test(text);
}

/**
 * Whether the line ends as PAGE_LABEL, POSTBUS_TIGHT, ADDRESS_LABEL or LABEL_ALONE end without
 * spaces: in an ASCII letter or digit, in ")" ("Bijlage(n)"), or in the "r." of
 * "Overheidsidentificatienr.". Most short body lines end in a full stop or a comma.
 */
function shortLabelEnd(text: string): boolean {
  const e = text.trimEnd();
  const c = e.charCodeAt(e.length - 1);
  if ((c >= 0x30 && c <= 0x39) || c === 0x29) return true;
  if ((c | 0x20) >= 0x61 && (c | 0x20) <= 0x7a) return true;
  if (c !== 0x2e) return false;
  const r = e.slice(0, -1).trimEnd();
  return (r.charCodeAt(r.length - 1) | 0x20) === 0x72;
}

/** sideKind's tests themselves (exported for the property test of its first-character filter). */
export function kindByForm(text: string): Kind | null {
  if (text.length > 60) return null;
  const t = tight(text);
  if (PAGE_LABEL.test(t)) return 'page-number';
  if (POSTBUS_TIGHT.test(t) || (text.length <= 40 && POSTCODE_TIGHT.test(t))) return 'address';
  if (ADDRESS_LABEL.test(t)) return 'address';
  if (PHONE_TIGHT.test(t) || EMAIL.test(text) || (text.length <= 40 && SITE.test(text))) return 'header';
  if (LABEL_ALONE.test(t)) return 'field';
  return null;
}

/** A value that fits its label: a date for "Datum", a code with a digit for references, a count for annexes. */
export function fieldValueFits(label: string, value: string): boolean {
  if (label === 'Datum') return /^\d{1,2}\s+\p{L}+\s+\d{4}$/u.test(value.trim());
  if (/^Bijlage/.test(label)) return /^(?:\d{1,3}|[\p{L}-]+)$/u.test(value.trim());
  if (/^Overheidsidentificatie/.test(label)) return OIN.test(tight(value));
  return /\d/.test(value) && value.length <= 50 && !/\s(?:de|het|een|van|is|zijn)\s/.test(value);
}
