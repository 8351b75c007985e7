/**
 * The words of page furniture: page numbers, return address, postal and contact lines, web
 * addresses. All patterns are anchored, linear-time and compiled once.
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
