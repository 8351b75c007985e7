/**
 * Patterns for page furniture and letter heading parts, compiled once.
 * All are anchored and linear-time.
 */

/** "Pagina 3 van 10", "Page 3 of 10", "3/10", "- 3 -", a bare page number. */
export const PAGE_NUMBER =
  /^(?:(?:Pagina|Blad|Page|Pag\.)\s*\d{1,4}\s*(?:van|of|\/)\s*\d{1,4}|-\s?\d{1,4}\s?-|\d{1,4}\s?\/\s?\d{1,4}|\d{1,4})$/i;
export const PAGE_OF = /^(?:Pagina|Blad|Page|Pag\.)\s*(\d{1,4})\s*(?:van|of|\/)\s*(\d{1,4})$/i;
export const RETURN_ADDRESS = /^>?\s*Retouradres\b/i;
export const POSTBUS = /^(?:Postbus|Postadres|Bezoekadres|Huisadres)\b/i;
export const POSTCODE = /^\d{4}\s?[A-Z]{2}\s+\p{Lu}/u;
export const WEBSITE = /^(?:https?:\/\/|www\.)\S+$|^\S+\.(?:nl|eu|com|org)(?:\/\S*)?$/i;
export const CONTACT = /^(?:[TFME]|Tel\.?|Fax|E-?mail)\s*[:.]?\s*(?:\+?\d[\d\s()-]{5,}|\S+@\S+)$/i;
export const EMAIL_LINE = /^\S+@\S+\.\w+$/;

/**
 * Labels of the template's header fields. A label alone on its line takes its value from the
 * next line(s); "Datum 12 november 2024" carries it on the same line.
 */
export const FIELD_LABELS = [
  'Datum',
  'Onze referentie',
  'Ons kenmerk',
  'Onze kenmerk',
  'Kenmerk',
  'Referentie',
  'Uw referentie',
  'Uw kenmerk',
  'Uw brief',
  'Uw brief van',
  'Betreft',
  'Onderwerp',
  'Bijlage',
  'Bijlagen',
  'Bijlage(n)',
  'Contactpersoon',
  'Inlichtingen',
  'Doorkiesnummer',
  'Behandeld door',
  'Ons nummer',
  'Uw nummer',
  'Aantal bijlagen',
  'Datum brief',
] as const;

const labelAlternation = [...FIELD_LABELS]
  .sort((a, b) => b.length - a.length)
  .map((l) => l.replace(/[()]/g, '\\$&'))
  .join('|');
/** A label with an optional value on the same line. Group 1: label, group 2: value. */
export const FIELD_LINE = new RegExp(`^(${labelAlternation})\\s*:?(?:\\s+(.*))?$`, 'i');
/** The labels' first letters in both cases (ASCII: without the 'u' flag 'i' matches no other letter). */
const FIELD_INITIALS = new Set(FIELD_LABELS.flatMap((l) => [l[0].toLowerCase(), l[0].toUpperCase()]));
/** A quick test before FIELD_LINE: a line that starts with no label's first letter is no field. */
export const mayBeField = (text: string) => FIELD_INITIALS.has(text.charAt(0));

/**
 * PAGE_NUMBER, RETURN_ADDRESS or CONTACT, as one pattern run once per line. An alternation takes
 * the first alternative that matches, so group 1 is set when PAGE_NUMBER matches, else group 2
 * when RETURN_ADDRESS does; neither set: CONTACT matched.
 */
export const PAGE_RETURN_CONTACT = new RegExp(
  `(${PAGE_NUMBER.source})|(${RETURN_ADDRESS.source})|${CONTACT.source}`,
  'i',
);
/**
 * WEBSITE or EMAIL_LINE as one pattern ('i' changes nothing in EMAIL_LINE: it has no letters).
 * Both are one word (\S only): a line with a space is neither.
 */
export const WEB_OR_EMAIL = new RegExp(`${WEBSITE.source}|${EMAIL_LINE.source}`, 'i');

/** "Ministerie van Volkshuisvesting en", the start of the ministry block. */
export const MINISTRY_START = /^Ministerie\s+van\b/i;
/** "Aan de Voorzitter van de Tweede Kamer der Staten-Generaal", "Aan de Voorzitters van de Eerste en van de Tweede Kamer ..." (may wrap). */
export const ADDRESSEE_START =
  /^Aan\s+de\s+(?:voorzitters?\s+van\s+(?:de|der)\s+)?(?:Tweede|Eerste|Verenigde)\s+(?:Kamer\b|en\s+(?:van\s+de\s+)?(?:Tweede|Eerste)\s+Kamer\b)/i;
export const ADDRESSEE_CONT = /^der\s+Staten-Generaal\b/i;
/** "Den Haag, 12 november 2024". Group 1: the date. */
export const PLACE_DATE =
  /^(?:Den Haag|'s-Gravenhage|Amsterdam|Utrecht)\s*,?\s+(\d{1,2}\s+\p{L}+\s+\d{4})\.?$/u;
/** The official publication's date line of a motion or answer: "Voorgesteld 6 juli 2021", "Ontvangen 3 juni 2021". */
export const STATED_DATE = /^(?:Voorgesteld|Ontvangen|Vastgesteld|Verzonden)\s+(\d{1,2}\s+\p{L}+\s+\d{4})$/u;
export const SALUTATION = /^(?:Geachte|Hooggeachte|Zeer geachte)\b.{0,60},?$/i;

/** Official publication header lines. */
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

/** Greetings before the signature. */
export const GREETING =
  /^(?:Hoogachtend|Met vriendelijke groet(?:en)?|Met de meeste hoogachting|Met hoogachting)\s*,?$/i;
/** "De minister van Volkshuisvesting en Ruimtelijke Ordening," and other signing roles. */
export const SIGNER_ROLE =
  /^(?:(?:De|de|DE)\s+)?(?:minister(?:-president)?|staatssecretaris|MINISTER(?:-PRESIDENT)?|STAATSSECRETARIS|Minister(?:-president)?|Staatssecretaris|bewindspersoon)\b[^.]{0,140}$/;
export const CO_SIGNER = /^(?:mede\s+namens|namens)\b/i;

/** Sentence-final punctuation at the end of a line. */
export const ENDS_SENTENCE = /[.!?:;]["'’”)]*$/;
