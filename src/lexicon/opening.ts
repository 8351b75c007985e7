/** The words of a letter's opening: addressee, place and date, salutation. */

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
