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
