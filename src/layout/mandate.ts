/**
 * Signatures under mandate ("namens deze"): a decision is taken by the minister and signed by an
 * official on the minister's behalf. Dutch house style prints it as
 *
 *   Hoogachtend,
 *   De minister van Financiën,        ← the one in whose name the letter is signed (the mandator)
 *   namens deze,
 *   mr. M.S. Bogtstra                 ← the official who signs (name and function, either order)
 *   De directeur Juridische Zaken
 *
 * The official is the signatory; the function is theirs, "namens" the mandator. Between the lines
 * may stand a notice in brackets ("[Deze brief is ... niet voorzien van een handtekening ...]"),
 * a redaction code ("10.2.e") or a mark in place of a redacted signature ("X").
 */
import type { KDocument } from '../model/document.js';
import type { Line } from '../model/page.js';
import { allLines, keepLines } from './furniture.js';
import { GREETING } from './patterns.js';

/** "namens deze,", "namens deze:", "namens eze," (a scan), "namens deze, de Directeur-Generaal ...". Group 1: what follows. */
const NAMENS_DEZE = /^namens\s+d?eze\s*[,:]?\s*(.*)$/i;
/** The other form of a signature under mandate: "Conform het door de Minister van ... genomen besluit,". Group 1: the mandator. */
const CONFORM = /^Conform het door (.{3,100}?) genomen besluit\s*[,:]?$/i;
const isMandateLine = (t: string) => NAMENS_DEZE.test(t) || CONFORM.test(t);

/** An official's function: "De directeur Juridische Zaken", "Plv. Secretaris-Generaal", "Manager ...", "Hoofd sector ...". */
const FUNCTION =
  /^(?:de\s+|het\s+)?(?:(?:plv|wnd)\.?\s*|plaatsvervangend\s+|waarnemend\s+)?(?:directeur|directrice|hoofddirecteur|programmadirecteur|projectdirecteur|secretaris|inspecteur|hoofd|afdelingshoofd|sectorhoofd|teamleider|teammanager|manager|clustermanager|co[oö]rdinator|voorzitter|DG|SG)(?:[-\s]|,?$)/i;
/** Academic and courtesy titles before a name. */
const TITLES = /^(?:(?:mr|drs|dr|ir|ing|prof|ds|mevr|mw|dhr)\.?\s*)+/i;
/**
 * A person's name after its titles: initials ("M.S.", "DJ.", "Th.") or a given name, particles,
 * a capitalised surname (one or two words), an optional degree after it ("MSc.").
 */
const NAME =
  /^(?:(?:\p{Lu}{1,2}\p{Ll}?\.\s?)+|\p{Lu}\p{Ll}+\s)\s*(?:(?:van|de|der|den|ter|ten|te|in|'t|’t)\s+)*\p{Lu}[\p{Ll}’'-]+(?:[\s-]\p{Lu}[\p{Ll}’'-]+)?(?:\s+(?:MSc|MA|LLM|BSc|MBA|PhD)\.?)?$/u;
/** A redaction code or a mark in place of a redacted signature. */
const REDACTED = /^(?:\d{1,2}(?:\.\d{1,2})*\.?[a-z]?|X|\[\s*[^\]]{0,20}\])$/;
/** A continuation of a function over the next line: "van de Rijksdienst voor Ondernemend Nederland", "Maritieme Zaken,". */
const OPEN_END = /(?:\s(?:en|van|voor|de|der)|[&–-])$/;

/** Letter-spacing a scan or a text tool left in a name: "R.W.C . C labbers" → "R.W.C. Clabbers". */
export function despace(text: string): string {
  return text
    .replace(/\s+\./g, '.')
    .replace(/(^|\s)(\p{Lu}) (\p{Ll}{2,})/gu, '$1$2$3')
    .replace(/\s+/g, ' ')
    .trim();
}

/** A person's name as printed under a signature (titles and degree allowed). */
export function isPersonName(text: string): boolean {
  const t = despace(text).replace(/,$/, '');
  if (t.length > 60 || FUNCTION.test(t)) return false;
  return NAME.test(t.replace(TITLES, ''));
}

const clean = (parts: string[]) =>
  parts
    .join(' ')
    .replace(/\s+/g, ' ')
    .replace(/[,:]\s*$/, '')
    .trim();

export interface Mandate {
  /** Index of the first and last line of the signature block. */
  start: number;
  end: number;
  name: string | null;
  /** The official's function. */
  role: string;
  /** The one the official signs for ("De minister van Financiën"). */
  mandator: string;
}

/** Read the signature block around the "namens deze" line lines[k]; null when no official follows. */
export function readMandate(lines: Line[], k: number): Mandate | null {
  const m = NAMENS_DEZE.exec(lines[k].text);
  const conform = m ? null : CONFORM.exec(lines[k].text);
  if (!m && !conform) return null;
  // The mandator: the short lines right above, up to the greeting or the end of a sentence.
  let start = k;
  while (start > 0 && k - start < 4) {
    const t = lines[start - 1].text;
    if (t.length > 90 || /[.;!?]$/.test(t)) break;
    start--;
    if (GREETING.test(t)) break;
  }
  const above = clean(
    lines
      .slice(start, k)
      .map((l) => l.text)
      .filter((t) => !GREETING.test(t)),
  );
  const mandator = conform ? conform[1] : above;
  let name: string | null = null;
  const role: string[] = m?.[1] ? [m[1]] : [];
  let end = k;
  let inNotice = false;
  for (let j = k + 1; j < lines.length && j <= k + 10; j++) {
    const t = lines[j].text.trim();
    if (inNotice || t.startsWith('[')) {
      inNotice = !t.endsWith(']');
      end = j;
      continue;
    }
    if (REDACTED.test(t)) {
      end = j;
      continue;
    }
    const last = role[role.length - 1];
    if (
      last !== undefined &&
      end === j - 1 &&
      (OPEN_END.test(last) || /^(?:van|voor|en)\s/.test(t)) &&
      t.length <= 80
    ) {
      role.push(t);
      end = j;
      continue;
    }
    if (role.length === 0 && FUNCTION.test(t) && t.length <= 90) {
      role.push(t);
      end = j;
      continue;
    }
    if (name === null && isPersonName(t)) {
      name = despace(t).replace(/,$/, '');
      end = j;
      continue;
    }
    break;
  }
  if (name === null && role.length === 0) return null;
  return { start, end, name, role: clean(role), mandator };
}

/** The last "namens deze" line among the last lines of the letter. */
function lastNamensDeze(lines: Line[]): number {
  for (let i = lines.length - 1; i >= 0; i--) {
    if (lines[i].text.length <= 120 && isMandateLine(lines[i].text)) return i;
  }
  return -1;
}

/**
 * Take a signature under mandate out of the body as the letter's closing (before the general
 * closing rules, which then leave it be).
 */
export function takeMandateClosing(doc: KDocument): void {
  const all = allLines(doc.raw.pages);
  const k = lastNamensDeze(all);
  if (k < 0) return;
  const mandate = readMandate(all, k);
  if (!mandate) return;
  const block = all.slice(mandate.start, mandate.end + 1);
  doc.closing = { lines: block };
  const remove = new Set(block);
  for (const p of doc.raw.pages) p.lines = keepLines(p.lines, remove);
}

/** The signatory of a closing under mandate: the official, with their function and the mandator. */
export function mandateSignatories(lines: Line[]): Array<{ name: string | null; role: string }> | null {
  const k = lastNamensDeze(lines);
  if (k < 0) return null;
  const mandate = readMandate(lines, k);
  if (!mandate) return null;
  const role = [mandate.role, mandate.mandator ? `namens ${lowerArticle(mandate.mandator)}` : '']
    .filter(Boolean)
    .join(', ');
  return [{ name: mandate.name, role }];
}

/** "De minister van Financiën" → "de minister van Financiën" (after "namens"); capitals kept otherwise. */
function lowerArticle(text: string): string {
  return text.replace(/^De\s/, 'de ');
}
