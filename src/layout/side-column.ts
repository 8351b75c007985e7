/**
 * The Rijksoverheid house style's side column, in text taken from the ministry's PDF by common
 * tools. The template prints a narrow column at the right of every page: the ministry
 * ("Ministerie van" / "Infrastructuur en" / "Waterstaat"), the unit ("Directoraat-generaal" /
 * "Bedrijfsleven & Innovatie"), "Bezoekadres", street, postcode, "Postadres", "Postbus 20901",
 * "T 070 379 8911 (algemeen)", "www.rijksoverheid.nl/ezk", "Overheidsidentificatienr", labelled
 * fields ("Ons kenmerk" / "DGBI / 26844711", "Kenmerk", "Uw kenmerk", "Bijlage(n)", "Datum"), and
 * "Pagina 2 van 8". Text tools print that column wherever its boxes fall in their reading order:
 * between two body lines, often in mid-sentence, and some (pdfminer-style) space out letters
 * ("P agina 2 van 7", "2 5 00 E X Den Haag", "Inf rastructuur"). Every test below therefore runs
 * on the line without its spaces as well.
 *
 * Two steps, before the general text rules:
 *  - a text without page marks whose pages each end in "Pagina N van M" is cut into pages there;
 *  - the column's lines are taken out into the furniture layer, wherever they stand; its fields
 *    (date, reference, subject, ministry) are read as header fields. The body lines around them
 *    join up again, so a sentence the column split reads whole.
 */

import { SALUTATION } from '../lexicon/opening.js';
import { ENDS_SENTENCE } from '../lexicon/punctuation.js';
import type { KDocument } from '../model/document.js';
import type { Furniture } from '../model/letter.js';
import type { Line } from '../model/page.js';

type Kind = Furniture['kind'];

/** The line without its spaces: what letter-spaced text tests on (the last answer kept: a line is asked in turn by several tests). */
let lastLoose = '';
let lastTight = '';
const tight = (t: string) => {
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
const LABEL_VALUE =
  /^(Datum|Kenmerk|Ons kenmerk|Onze kenmerk|Uw kenmerk|Onze referentie|Uw referentie|Uw brief(?: van)?|Bijlagen?|Bijlage\(n\)|Overheidsidentificatienr\.?)(?::\s*|\s+)(\S.{0,60})$/i;
/** Labels of address blocks: no value of their own, the address lines follow. */
const ADDRESS_LABEL = /^(?:Bezoekadres|Postadres|Huisadres|Retouradres|Afzendadres)$/i;
/** "Postbus 20901" (tight). */
const POSTBUS_TIGHT = /^Postbus\d{1,6}$/i;
/** "2500 EX Den Haag", "2 5 00 E X Den Haag", "2595 BD DEN HAAG" (tight). */
const POSTCODE_TIGHT = /^\d{4}[A-Z]{2}\p{Lu}[\p{L}'’.-]{1,30}$/u;
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
const OIN = /^\d{12,24}$/;
/** "Ministerie van" and the start of a ministry's name (tight). */
const MINISTRY_TIGHT = /^Ministerievan/i;
/** The unit under the ministry: "Directoraat-generaal", "Directie Luchtvaart", "Programmadirectie ...". */
const UNIT =
  /^(?:Directoraat[- ]?[Gg]eneraal|Directie|Programmadirectie|Projectdirectie|Dienst|Inspectie|Agentschap|Afdeling)\b/;
/** A name that goes on on the next line: it ends in a joining word ("Infrastructuur en", "Ministerie van"). */
const OPEN_END = /(?:\s(?:en|van|voor|der|de)|[,&–-])$/;
const OPEN_START = /^(?:en|van|voor|&)\s/;
/** Longest line the column holds. */
const NARROW = 50;

const narrow = (l: Line | undefined) =>
  !!l && l.text.length <= NARROW && !ENDS_SENTENCE.test(l.text.replace(/\.$/, 'x'));

interface Ctx {
  doc: KDocument;
  remove: Set<Line>;
}

function furnish(ctx: Ctx, line: Line, kind: Kind): void {
  if (ctx.remove.has(line)) return;
  ctx.remove.add(line);
  ctx.doc.furniture.push({ kind, text: line.text, page: line.page });
}

function addField(ctx: Ctx, label: string, value: string, page: number | null): void {
  const v = value.replace(/\s+/g, ' ').trim();
  if (!v) return;
  if (ctx.doc.fields.some((f) => f.label === label && f.value === v)) return;
  ctx.doc.fields.push({ label, value: v, page });
}

/** "ons kenmerk", "ONS KENMERK", "Onskenmerk" → "Ons kenmerk". */
function labelName(raw: string): string {
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

/** A label's value on the line after it: short, not itself a column line or a sentence. */
function valueLine(l: Line | undefined): boolean {
  return !!l && l.text.length <= 60 && sideKind(l.text) === null && !/[.!?;:]$/.test(l.text);
}

/** A name in the column (ministry, unit) from lines[i] while it is open-ended; returns its lines. */
function nameLines(lines: Line[], i: number, max: number): Line[] {
  const block = [lines[i]];
  for (let j = i + 1; j < lines.length && block.length < max; j++) {
    const prev = block[block.length - 1].text;
    const l = lines[j];
    const open =
      OPEN_END.test(prev) ||
      /^(?:Ministerie van|Directoraat-generaal|Directie)$/i.test(prev.replace(/\s+/g, ' '));
    const opens = OPEN_START.test(l.text);
    // A closed line may still go on when a short capitalised word group follows and a blank line
    // or another column line comes right after it ("Klimaat en Groene" / "Groei" / blank).
    const after = lines[j + 1];
    const tail =
      !l.gapBefore &&
      l.text.length <= 30 &&
      /^\p{Lu}[\p{L} ,&'’-]*$/u.test(l.text) &&
      (!after || !!after.gapBefore || sideKind(after.text) !== null);
    if (!(open || opens || tail) || !narrow(l) || sideKind(l.text) !== null) break;
    // A letter-spaced "Directoraat-generaal" alone takes the name on the next line, which starts in capitals.
    if (!opens && !/^\p{Lu}/u.test(l.text)) break;
    block.push(l);
  }
  return block;
}

/**
 * Take the column's lines out of one page's lines. A line that is column furniture by its form
 * (page label, Postbus, postcode, phone, website, a label alone) always goes; a label takes its
 * value from the next line; the ministry's and the unit's names go with their continuation lines;
 * a street line goes when a postcode follows it; a unit name goes next to other column lines.
 */
function takeColumn(ctx: Ctx, lines: Line[], firstPage: boolean, keepPageLabels: boolean): void {
  let salutationAt = -1;
  if (firstPage) salutationAt = lines.findIndex((l) => SALUTATION.test(l.text));
  const taken = (l: Line | undefined) => !!l && ctx.remove.has(l);
  const columnNext = (j: number) => {
    const l = lines[j];
    return !!l && (sideKind(l.text) !== null || (MINISTRY_TIGHT.test(tight(l.text)) && narrow(l)));
  };
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i];
    // The column is narrow; only the subject line in the heading may run longer.
    if ((line.text.length > 60 && !(firstPage && i < salutationAt)) || taken(line)) continue;
    const text = line.text;
    const kind = sideKind(text);
    if (kind === 'field') {
      const label = labelName(tight(text));
      const isSubject = label === 'Betreft' || label === 'Onderwerp';
      // The subject in the heading wraps up to the salutation; other values take one line.
      const max = isSubject ? (salutationAt > i ? Math.min(3, salutationAt - i - 1) : 2) : 1;
      const values: Line[] = [];
      for (let j = i + 1; j < lines.length && values.length < max && valueLine(lines[j]); j++)
        values.push(lines[j]);
      if (values.length === 0 && /^(?:Datum|Betreft|Onderwerp)$/.test(label)) continue;
      furnish(ctx, line, 'field');
      for (const v of values) furnish(ctx, v, 'field');
      if (values.length) addField(ctx, label, values.map((v) => v.text).join(' '), line.page);
      i += values.length;
      continue;
    }
    if (kind) {
      // On pages the reader cut already, the page label names its page: the general rules take it.
      if (!(kind === 'page-number' && keepPageLabels)) furnish(ctx, line, kind);
      continue;
    }
    const lv = LABEL_VALUE.exec(text);
    if (lv && fieldValueFits(labelName(lv[1]), lv[2])) {
      const label = labelName(lv[1]);
      const isHeading = firstPage && salutationAt > i;
      if (label === 'Datum' && !isHeading && !columnNext(i + 1) && !columnNext(i - 1) && !taken(lines[i - 1]))
        continue;
      furnish(ctx, line, 'field');
      addField(ctx, label, lv[2], line.page);
      continue;
    }
    if (/^Betreft\s+\S/.test(text) && firstPage && salutationAt > i) {
      // "Betreft Nationaal Programma ..." / "(NPCE) incl. ..." up to the salutation.
      const parts = [text.replace(/^Betreft\s+/, '')];
      furnish(ctx, line, 'field');
      for (let j = i + 1; j < salutationAt && j <= i + 2 && valueLine(lines[j]); j++) {
        parts.push(lines[j].text);
        furnish(ctx, lines[j], 'field');
        i = j;
      }
      addField(ctx, 'Betreft', parts.join(' '), line.page);
      continue;
    }
    // The tight tests (MINISTRY_TIGHT, OIN) start at the first non-space character: an "M", a digit.
    const first = firstTight(text);
    if ((first | 0x20) === 0x6d && MINISTRY_TIGHT.test(tight(text)) && narrow(line)) {
      const block = nameLines(lines, i, 4);
      for (const l of block) furnish(ctx, l, 'header');
      addField(ctx, 'Ministerie', block.map((l) => l.text).join(' '), line.page);
      i += block.length - 1;
      continue;
    }
    if (UNIT.test(text) && narrow(line)) {
      const block = nameLines(lines, i, 3);
      const after = i + block.length;
      if (
        columnNext(after) ||
        taken(lines[i - 1]) ||
        (UNIT.test(lines[after]?.text ?? '') && narrow(lines[after]))
      ) {
        for (const l of block) furnish(ctx, l, 'header');
        i = after - 1;
      }
      continue;
    }
    if (text.length <= 40 && isStreet(text)) {
      const next = lines[i + 1];
      if (next && POSTCODE_TIGHT.test(tight(next.text)) && next.text.length <= 40) {
        furnish(ctx, line, 'address');
        furnish(ctx, next, 'address');
        i++;
      }
    }
    // The long number under "Overheidsidentificatienr" when the label was taken.
    if (first >= 0x30 && first <= 0x39 && OIN.test(tight(text)) && taken(lines[i - 1]))
      furnish(ctx, line, 'field');
  }
}

/** A value that fits its label: a date for "Datum", a code with a digit for references, a count for annexes. */
function fieldValueFits(label: string, value: string): boolean {
  if (label === 'Datum') return /^\d{1,2}\s+\p{L}+\s+\d{4}$/u.test(value.trim());
  if (/^Bijlage/.test(label)) return /^(?:\d{1,3}|[\p{L}-]+)$/u.test(value.trim());
  if (/^Overheidsidentificatie/.test(label)) return OIN.test(tight(value));
  return /\d/.test(value) && value.length <= 50 && !/\s(?:de|het|een|van|is|zijn)\s/.test(value);
}

/**
 * A text without page marks whose pages end in "Pagina N van M" (as pdfminer-style tools print
 * the column's last line) is cut into pages after each such line. Only labels that count up
 * from 1 with one page count cut; returns whether it did.
 */
export function paginateByLabels(doc: KDocument): boolean {
  const pages = doc.raw.pages;
  if (pages.length !== 1) return false;
  const lines = pages[0].lines;
  const cuts: Array<{ at: number; page: number }> = [];
  let total = -1;
  for (let i = 0; i < lines.length; i++) {
    const text = lines[i].text;
    if (text.length > 24) continue;
    const m = PAGE_LABEL.exec(tight(text));
    if (!m) continue;
    const [n, of] = [Number(m[1]), Number(m[2])];
    if (total < 0) total = of;
    if (of !== total || n !== cuts.length + 1) return false;
    cuts.push({ at: i, page: n });
  }
  if (cuts.length < 2) return false;
  const out: KDocument['raw']['pages'] = [];
  let from = 0;
  for (const cut of cuts) {
    out.push({ number: cut.page, lines: lines.slice(from, cut.at + 1) });
    from = cut.at + 1;
  }
  if (from < lines.length) out.push({ number: cuts.length + 1, lines: lines.slice(from) });
  for (const page of out) for (const l of page.lines) l.page = page.number;
  doc.raw.pages = out;
  doc.raw.pageCount = Math.max(total, out.length);
  return true;
}

/**
 * Text taken from a house-style PDF: cut into pages, take the side column out. Returns whether
 * it cut the text into pages (then each page's end is known: its footnotes can be read first).
 */
export function sideColumnText(doc: KDocument): boolean {
  if (doc.raw.format !== 'text' || doc.raw.textShape !== 'pdf-text') return false;
  const cut = paginateByLabels(doc);
  const ctx: Ctx = { doc, remove: new Set() };
  const pages = doc.raw.pages;
  for (const [p, page] of pages.entries()) {
    const had = page.lines.length;
    const removed = ctx.remove.size;
    takeColumn(ctx, page.lines, p === 0, !cut);
    // (a page without column lines stays as it is)
    if (ctx.remove.size > removed) page.lines = keepBody(page.lines, ctx.remove);
    // A page that held nothing but the column (a page header printed before its page) is no page.
    if (!cut && had > 0 && page.lines.length === 0 && p + 1 < pages.length) page.number = -1;
  }
  if (!cut) doc.raw.pages = pages.filter((page) => page.number !== -1);
  return cut;
}

/**
 * Drop the column's lines. A blank line next to them carries over to the next kept line only
 * when the kept line before it ended a sentence: a column printed in mid-sentence leaves the
 * sentence whole.
 */
function keepBody(lines: Line[], remove: Set<Line>): Line[] {
  const kept: Line[] = [];
  let carry = false;
  for (const l of lines) {
    if (remove.has(l)) {
      carry ||= !!l.gapBefore;
      continue;
    }
    const prev = kept[kept.length - 1];
    if (carry && prev && ENDS_SENTENCE.test(prev.text)) l.gapBefore = true;
    else if (carry && prev && l.gapBefore && !ENDS_SENTENCE.test(prev.text) && /^\p{Ll}/u.test(l.text))
      l.gapBefore = false;
    carry = false;
    kept.push(l);
  }
  return kept;
}
