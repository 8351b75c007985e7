/**
 * The addressee and the dateline of the official publication, where a rendition ran them into the
 * first paragraph: "Aan de Voorzitter van de Tweede Kamer der Staten-Generaal Den Haag, 24 november 2014
 * De voorliggende halfjaarrapportage ..." (web pages that drop the line breaks). They are the letter's
 * heading, never body text: the dateline's place is where the letter was signed, not what it is about.
 * Also the bare date of a web rendition's heading ("22 november 2022" alone on its line).
 */
import { MONTH_ALTERNATION } from '../lexicon/months.js';

/** Group 1: the addressee; 2: the dateline ("Den Haag, 24 november 2014"), 3: the date; 4: what follows. */
export const RUN_ON_HEADING =
  /^(Aan\s+de\s+Voorzitters?\s+van\s+(?:de|der)\s+(?:Tweede|Eerste|Verenigde)(?:\s+en\s+(?:van\s+de\s+)?(?:Tweede|Eerste))?\s+Kamer\s+der\s+Staten-?Generaal)(?:\s+((?:Den Haag|'s-Gravenhage)\s*,?\s+(\d{1,2}\s+\p{L}+\s+\d{4})))?(?:\s+(\S.*))?$/iu;

/** "Den Haag, 24 november 2014 De voorliggende ..." at the start of a line. Group 1: dateline, 2: date, 3: rest. */
export const RUN_ON_DATELINE =
  /^((?:Den Haag|'s-Gravenhage)\s*,\s*(\d{1,2}\s+\p{L}+\s+\d{4}))\.?(?:\s+(\p{Lu}.*))?$/u;

/** A date alone on its line: "22 november 2022". */
export const BARE_DATE = new RegExp(String.raw`^(\d{1,2}\s+(?:${MONTH_ALTERNATION})\s+\d{4})$`, 'i');

/** Running text: a capitalised word and at least four more words (an address line has fewer). */
const RUNNING_TEXT = /^\p{Lu}\p{Ll}*(?:\s+\S+){4}/u;

export interface RunOn {
  addressee: string | null;
  dateline: string | null;
  date: string | null;
  /** The text that follows, the body's first words ('' when nothing follows). */
  rest: string;
}

/** Split a line that starts with the addressee (and perhaps the dateline) from the body text after it. */
export function splitRunOn(text: string): RunOn | null {
  const c = text.charAt(0);
  if (c !== 'A' && c !== 'D' && c !== "'") return null;
  const a = RUN_ON_HEADING.exec(text);
  if (a) {
    if (!a[2] && !a[4]) return null; // the addressee alone: the ordinary addressee line
    // "Aan de Voorzitter ... Staten-Generaal Postbus 20018": an address block on one line is no run-on body text.
    if (!a[2] && a[4] && !RUNNING_TEXT.test(a[4])) return null;
    const rest = a[4] ?? '';
    const d = a[2] ? null : RUN_ON_DATELINE.exec(rest);
    if (d) return { addressee: a[1], dateline: d[1], date: d[2], rest: d[3] ?? '' };
    return { addressee: a[1], dateline: a[2] ?? null, date: a[3] ?? null, rest };
  }
  const d = RUN_ON_DATELINE.exec(text);
  if (d?.[3]) return { addressee: null, dateline: d[1], date: d[2], rest: d[3] };
  return null;
}
