/**
 * Short lines that look like headings by their form (short, capitalised, no closing punctuation)
 * but never are one in a Kamerbrief:
 *  - a dateline or a bare date: "Den Haag, 3 april 2019", "22 november 2022";
 *  - a person by initials and surname, alone or after a role: "R.A.A. Jetten",
 *    "De Minister van Defensie, J.A. Hennis-Plasschaert" (a signature, not a section);
 *  - a table cell: a line that is only a number, an amount or a percentage ("315", "€ 5 mln", "12%"),
 *    and a table row that opens with a numeric date ("27-8-2010 Verslag bespreking");
 *  - a sentence with a footnote number glued after its full stop ("... zijn gehaald.3");
 *  - a table's header row opening with the column label "Nr." ("Nr. Document Beoordeling Wob").
 * A heading that ends in a date ("Verslag Eurogroep 23 en 24 maart 2020") stays a heading: the
 * dateline is a place and a comma before the date, or the date alone.
 */
import { MONTH_ALTERNATION as MONTHS } from '../lexicon/months.js';

/** "3 april 2019", optionally after "Den Haag, " or "'s-Gravenhage, " (a place and a comma). */
export const DATELINE = new RegExp(
  `^(?:[\\p{L}'’. -]{2,40},\\s*)?(?:\\p{L}+dag\\s+)?\\d{1,2}\\s+(?:${MONTHS})\\s+\\d{4}$`,
  'iu',
);
/**
 * Initials and a surname: "J.A. Hennis-Plasschaert", "C. van Nieuwenhuizen Wijbenga", "M.A.M. Adriaansens",
 * at the line start or after a comma (the role before it). Initials are one or two letters with a full
 * stop each ("Th.", "Ch."); then an optional particle and a capitalised surname.
 */
export const PERSON =
  /(?:^|,\s*)(?:(?:mr|drs|dr|ir|ing|prof)\.?\s+)*(?:\p{Lu}\p{Ll}?\.\s?){1,5}(?:(?:van|de|der|den|ten|ter|te|het|in\s+'t|'t|la|le|du)\s+)*\p{Lu}[\p{Ll}'’-]+(?:[\s-]\p{Lu}[\p{Ll}'’-]+)?$/u;
/** A table cell: digits with separators, optionally a currency or unit; or a dash for an empty cell. */
const CELL =
  /^(?:[-–—]|(?:€|EUR|\$)?\s?[-–+]?\d[\d.,]*\s?(?:%|mln|mld|miljoen|miljard|k|x|×|fte|ha|km|mw|gw|twh|pj)?\.?)$/i;

/**
 * "Nr." as a column label opens a table's header row ("Nr. Document Beoordeling Wob Afzender"). (The
 * official publication's number line, "Nr. 29 BRIEF VAN ...", is the layout stage's: a number follows.)
 */
const NUMBER_COLUMN = /^nr\.?\s+\p{L}/iu;
/** A row of a table or a register: it opens with a numeric date ("27-8-2010 2010-08-27 Verslag ..."). */
const DATE_START = /^\d{1,2}[-/.]\d{1,2}[-/.]\d{2,4}\s/;
/** A sentence's end with a footnote number glued to it ("... is gehaald.3"): the line is text. */
export const FOOTNOTED_END = /[\p{L})][.!?]\d{1,2}$/u;

/** Whether the last code unit of `text` is an ASCII digit (what `\d$` needs, with or without /iu). */
const endsInDigit = (text: string): boolean => {
  const c = text.charCodeAt(text.length - 1);
  return c >= 0x30 && c <= 0x39;
};
/**
 * What PERSON needs: a full stop (an initial) and a last character that may end a surname
 * (\p{Ll}, ' ’ -; of ASCII only a-z, ' and -). Patterns anchored only at the end are tried at every
 * place of the line: the two tests spare most lines that.
 */
const mayBePerson = (text: string): boolean => {
  const c = text.charCodeAt(text.length - 1);
  if (c < 0x80 && !(c >= 0x61 && c <= 0x7a) && c !== 0x27 && c !== 0x2d) return false;
  return text.includes('.');
};

export const isDateline = (text: string): boolean =>
  text.length <= 60 && endsInDigit(text) && DATELINE.test(text);
export const isPersonLine = (text: string): boolean =>
  text.length <= 120 && mayBePerson(text) && PERSON.test(text);
export const isCellLine = (text: string): boolean => text.length <= 24 && CELL.test(text);
/** FOOTNOTED_END.test(text), asked only of a line that ends in a digit. */
export const footnotedEnd = (text: string): boolean => endsInDigit(text) && FOOTNOTED_END.test(text);

/** A line of one of these forms is no heading, whatever its form says. */
export function neverHeading(text: string): boolean {
  return (
    isDateline(text) ||
    isCellLine(text) ||
    DATE_START.test(text) ||
    NUMBER_COLUMN.test(text) ||
    footnotedEnd(text) ||
    isPersonLine(text)
  );
}
