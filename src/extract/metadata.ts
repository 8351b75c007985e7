/**
 * Metadata from the header fields (either layout: the Rijksoverheid template's "Datum",
 * "Onze referentie", "Betreft"; the official publication's "Den Haag, 12 november 2024",
 * "34 682 ...", "Nr. 205", "BRIEF VAN DE MINISTER VAN ...") and from the closing (signatories).
 */

import { MINISTRIES, PORTFOLIO_MINISTRY } from '../lexicon/ministries.js';
import { MONTH_ALTERNATION, MONTHS } from '../lexicon/months.js';
import { normaliseDossier } from '../lexicon/official-header.js';
import { parseSignatories } from '../lexicon/signature.js';
import type { Field, KDocument } from '../model/document.js';
import type { Extractor } from './types.js';

const DATE = new RegExp(String.raw`(\d{1,2})\s+(${MONTH_ALTERNATION})\s+((?:19|20)\d{2})`, 'i');
const NUMERIC_DATE = /\b(\d{1,2})[-/.](\d{1,2})[-/.]((?:19|20)\d{2})\b/;

/** "12 november 2024" (also "12-11-2024") → "2024-11-12". */
export function parseDutchDate(text: string): string | null {
  const m = DATE.exec(text);
  let y: number;
  let mo: number;
  let d: number;
  if (m) {
    d = Number(m[1]);
    mo = MONTHS[m[2].toLowerCase()];
    y = Number(m[3]);
  } else {
    const n = NUMERIC_DATE.exec(text);
    if (!n) return null;
    d = Number(n[1]);
    mo = Number(n[2]);
    y = Number(n[3]);
  }
  if (mo < 1 || mo > 12 || d < 1 || d > new Date(Date.UTC(y, mo, 0)).getUTCDate()) return null;
  return `${y}-${String(mo).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
}

const MINISTRY_BY_LOWER = new Map(MINISTRIES.map((m) => [m.toLowerCase(), m]));
const SMALL = new Set(['en', 'van', 'voor', 'de', 'het', 'der']);

/** Proper casing for an upper-case phrase: known ministry names, else title case with small words. */
function recase(phrase: string): string {
  const lower = phrase.toLowerCase().trim();
  const known = MINISTRY_BY_LOWER.get(lower);
  if (known) return known;
  return lower.replace(/[\p{L}]+/gu, (w) => (SMALL.has(w) ? w : w.charAt(0).toUpperCase() + w.slice(1)));
}

/** "DE MINISTER VAN VOLKSHUISVESTING EN RUIMTELIJKE ORDENING" → "De minister van Volkshuisvesting en Ruimtelijke Ordening". */
export function normaliseRole(role: string): string {
  let r = role
    .replace(/\s+/g, ' ')
    .replace(/[,.]\s*$/, '')
    .trim();
  const m =
    /^(?:(de)\s+)?(minister-president|minister|staatssecretaris|bewindspersoon)\s+(van|voor)\s+(.+)$/i.exec(
      r,
    );
  if (m) {
    const dept =
      m[4] === m[4].toUpperCase() ? recase(m[4]) : (MINISTRY_BY_LOWER.get(m[4].toLowerCase()) ?? m[4]);
    r = `De ${m[2].toLowerCase()} ${m[3].toLowerCase()} ${dept}`;
  } else if (r === r.toUpperCase()) r = recase(r).replace(/^./, (c) => c.toUpperCase());
  return r;
}

/**
 * The value of the first of `labels` that the letter shows. The letter's own header is on its first
 * page; an annex (a report, an earlier letter) prints fields of its own on later pages: the earliest page wins.
 */
const first = (fields: Field[], ...labels: string[]) => {
  for (const label of labels) {
    let best: Field | null = null;
    for (const x of fields)
      if (
        x.label.toLowerCase() === label.toLowerCase() &&
        (best === null || (x.page ?? 0) < (best.page ?? 0))
      )
        best = x;
    if (best) return best.value;
  }
  return null;
};

function signatories(doc: KDocument) {
  if (!doc.closing) return [];
  return parseSignatories(doc.closing.lines.map((l) => l.text)).map((s) => {
    const role = s.role ? normaliseRole(s.role) : '';
    // "namens deze": the official signs for the minister; the role says both, as printed.
    if (s.onBehalf) return { name: s.name, role: role ? `${role}, namens deze, ${s.onBehalf}` : s.onBehalf };
    return { name: s.name, role };
  });
}

/** "van X" → Ministerie van X; "voor X" → the portfolio's ministry, when known. */
function ministryOf(prep: string, dept: string): string | null {
  if (prep.toLowerCase() === 'van')
    return `Ministerie van ${dept === dept.toUpperCase() ? recase(dept) : dept}`;
  const m = PORTFOLIO_MINISTRY.get(dept.toLowerCase().replace(/\s+/g, ' ').trim());
  return m ? `Ministerie van ${m}` : null;
}

function ministryFrom(doc: KDocument, roles: string[]): string | null {
  const field = first(doc.fields, 'Ministerie');
  if (field) {
    const m = /^Ministerie van\s+(.+)$/i.exec(field.replace(/\s+/g, ' '));
    return m ? `Ministerie van ${MINISTRY_BY_LOWER.get(m[1].toLowerCase()) ?? m[1]}` : field;
  }
  // "BRIEF VAN DE MINISTERS VAN VOLKSGEZONDHEID, WELZIJN EN SPORT EN VOOR MEDISCHE ZORG": the first one's.
  const from = first(doc.fields, 'Brief van');
  const m =
    from &&
    /\b(?:MINISTERS?|STAATSSECRETARIS(?:SEN)?)(?:-PRESIDENT)?\s+(VAN|VOOR)\s+(.+?)(?:\s+EN\s+(?:DE|HET|VAN|VOOR)\s+.*)?$/i.exec(
      from.replace(/\s+/g, ' '),
    );
  if (m) {
    const ministry = ministryOf(m[1], m[2]);
    if (ministry) return ministry;
  }
  for (const role of roles) {
    const r = /^De (?:minister|staatssecretaris) (van|voor) (.+)$/.exec(role.split(/,\s*namens deze\b/)[0]);
    const ministry = r ? ministryOf(r[1], r[2]) : null;
    if (ministry) return ministry;
  }
  return null;
}

export const metadataExtractor: Extractor = {
  name: 'metadata',
  run(doc) {
    const f = doc.fields;
    const md = doc.metadata;
    const dateText = first(f, 'Datum', 'Datum brief');
    md.date = dateText ? parseDutchDate(dateText) : null;
    md.reference = first(
      f,
      'Onze referentie',
      'Ons kenmerk',
      'Onze kenmerk',
      'Kenmerk',
      'Referentie',
      'Ons nummer',
    );
    md.subject = first(f, 'Betreft', 'Onderwerp');
    md.addressee = first(f, 'Aan');
    md.signatories = signatories(doc);
    md.ministry = ministryFrom(
      doc,
      md.signatories.map((s) => s.role),
    );
    const dossier = first(f, 'Dossier');
    const nr = first(f, 'Nr');
    if (dossier && nr) md.kamerstuk = { dossier: normaliseDossier(dossier), number: nr };
  },
};
