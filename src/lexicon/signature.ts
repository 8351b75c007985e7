/**
 * Dutch signature conventions of ministerial letters:
 *  - the official publication prints role and name on one line, the role ending in a comma:
 *    "De Minister van Landbouw, Natuur en Voedselkwaliteit, C.J. Schouten",
 *    "De Minister-President, Minister van Algemene Zaken, M. Rutte";
 *    two signatories follow each other on that line or on the next ones;
 *  - the house style prints the name first and the role under it ("M.A.M. Adriaansens" /
 *    "Minister van Economische Zaken en Klimaat"), or role, "namens deze," and an official's name;
 *  - the classic form has the role on its own line ending in a comma and the name under it.
 */

/** Greetings before the signature. */
export const GREETING =
  /^(?:Hoogachtend|Met vriendelijke groet(?:en)?|Met de meeste hoogachting|Met hoogachting)\s*,?$/i;
/** "De minister van Volkshuisvesting en Ruimtelijke Ordening," and other signing roles. */
export const SIGNER_ROLE =
  /^(?:(?:De|de|DE)\s+)?(?:minister(?:-president)?|staatssecretaris|MINISTER(?:-PRESIDENT)?|STAATSSECRETARIS|Minister(?:-president)?|Staatssecretaris|bewindspersoon)\b[^.]{0,140}$/;
export const CO_SIGNER = /^(?:mede\s+namens|namens)\b/i;

/** A person's name: initials, prefixes, titles and capitalised words; no sentence. */
export const PERSON_NAME =
  /^(?:(?:mr|dr|drs|ir|ing|prof|ds|bc|MSc|MA|LLM)\.?\s+)*(?:\p{Lu}\p{Ll}{0,2}\.\s?)*(?:(?:van|de|der|den|het|ter|ten|te|in|'t|v\.d\.)\s+)*\p{Lu}[\p{L}’'-]+(?:\s+(?:(?:van|de|der|den|het|ter|ten|te|in|'t)\s+)*\p{Lu}[\p{L}’'-]+){0,4}$/u;

/** A name that starts with initials ("C.J. Schouten", "drs. V.L.W.A. Heijnen", "Chr. van der Wal-Zeggelink"): a signature's name. */
export const INITIALLED_NAME =
  /^(?:(?:mr|dr|drs|ir|ing|prof|ds)\.?\s+)*(?:\p{Lu}{1,2}|\p{Lu}\p{Ll}{1,2})\.(?:\s?(?:\p{Lu}{1,2}|\p{Lu}\p{Ll}{1,2})\.)*\s?(?:(?:van|de|der|den|het|ter|ten|te|in|'t)\s+)*\p{Lu}[\p{L}’'-]+(?:[\s-]+(?:(?:van|de|der|den|het|ter|ten|te|in|'t)\s+)*\p{Lu}[\p{L}’'-]+){0,4}$/u;

/** A signing role: "De minister van ...", "Minister voor ...", "De Minister-President, Minister van Algemene Zaken". */
export const isRole = (t: string) => SIGNER_ROLE.test(t) && /\b(?:van|voor|VAN|VOOR)\b/.test(t);

/** Where a second signatory starts on the same line: before "De Minister", "De Staatssecretaris". */
const NEXT_SIGNER =
  /\s(?=(?:De|DE)\s+(?:Minister|Staatssecretaris|MINISTER|STAATSSECRETARIS|minister|staatssecretaris)\b)/g;

/**
 * The name in a one-line signature: printed with initials ("C.J. Schouten"), or at least two
 * capitalised words after a capitalised role ("De Minister van ..., Mona Keijzer"). A wrapped body
 * line "de Minister van Economische Zaken en Klimaat, Landbouw" is no signature.
 */
const oneLineName = (role: string, name: string) =>
  INITIALLED_NAME.test(name) ||
  (PERSON_NAME.test(name) && /\s/.test(name) && /^(?:De|DE|Minister|Staatssecretaris)\b/.test(role));

export interface Signer {
  role: string;
  name: string;
}

/**
 * "De Minister van Defensie, J.A. Hennis-Plasschaert" → one signer; two such in a row → two.
 * Null when the line is not wholly made of role-comma-name parts.
 */
export function splitSignatureLine(text: string): Signer[] | null {
  // A signing role starts with "De", "Minister", "Staatssecretaris" (any case) and the name follows a comma.
  const c = text.charAt(0);
  if (text.length > 400 || !'DdMmSs'.includes(c) || !text.includes(',')) return null;
  const parts = text.split(NEXT_SIGNER);
  const out: Signer[] = [];
  for (const part of parts) {
    const comma = part.lastIndexOf(',');
    if (comma < 0) return null;
    const role = part.slice(0, comma).trim();
    const name = part.slice(comma + 1).trim();
    if (!isRole(role) || isRole(name) || !oneLineName(role, name)) return null;
    out.push({ role, name });
  }
  return out.length ? out : null;
}

/**
 * The delegation in a signature: "namens deze," (the official signs for the minister; the house style
 * of decisions), "namens deze, de Directeur-Generaal ...", "Conform het door de Minister ... genomen besluit,".
 * Group 1: what follows on the same line.
 */
export const DELEGATION =
  /^(?:namens\s+(?:deze|hem|haar)\b[,:]?\s*(.*)|Conform het door de\b.{0,100}\bgenomen besluit,?)$/i;
/** What follows a decision's signature: the objection and appeal clauses, the annexes. */
export const AFTER_SIGNATURE = /^(?:De\s+)?(?:Bezwaar|Beroep|Rechtsmiddel|Bijlage)\p{L}*\b/iu;
/** A name that starts with titles and initials: "mr. M.S. Bogtstra", "Drs. C. van der Burg", "DJ. Nieuwenhuis", "dr.mr. L. van Poelgeest". */
export const NAME_START =
  /^(?:(?:[Mm]r|[Dd]rs?|[Ii]r|[Ii]ng|[Pp]rof|[Mm]evr|[Mm]w|[Dd]hr)\.\s*)*\p{Lu}{1,2}\.\s?\S/u;
/** A redaction ground printed where a signature was blacked out in a Wob decision: "10.2.e". */
export const REDACTION_MARK = /^\d{1,2}(?:\.\d{1,2})*(?:\.[a-z])?$/;
/** Words of an official's function: such a line is a role, never a name. */
const FUNCTION_WORD =
  /\b(?:directeur|directrice|secretaris|hoofd|manager|teamleider|plaatsvervangend|generaal|inspecteur|afdeling|directie|minister|staatssecretaris|zaken)\b/i;

/** A sentence of running text: several words and a full stop at the end. */
const RUNNING_TEXT = /^\S+(?:\s+\S+){5,}.*[.!?]$/u;

const words = (t: string) => t.split(/\s+/).length;

/** A signer's name (not a function). */
export const isSignerName = (t: string) =>
  (NAME_START.test(t) || PERSON_NAME.test(t)) &&
  !FUNCTION_WORD.test(t) &&
  !AFTER_SIGNATURE.test(t) &&
  t.length <= 60;

/**
 * The end (exclusive) of the delegated part of a signature that starts with a DELEGATION line at
 * `from`: the official's function (may wrap), name, a blacked-out mark, a bracketed note
 * ("[Deze brief is ... niet voorzien van een handtekening ...]"); it ends at a clause heading or running text.
 */
export function delegatedEnd(texts: readonly string[], from: number): number {
  let j = from + 1;
  let kept = 0;
  while (j < texts.length && kept < 6) {
    const t = texts[j];
    if (t.startsWith('[')) {
      let k = j;
      while (k < texts.length && k < j + 8 && !texts[k].endsWith(']')) k++;
      if (k >= texts.length || !texts[k].endsWith(']')) break;
      j = k + 1;
      continue;
    }
    if (REDACTION_MARK.test(t) || DELEGATION.test(t)) {
      j++;
      continue;
    }
    // An official's function has few words ("Directeur Coördinatie Financiën, Bedrijfsvoering en Juridische Zaken"); more is running text.
    if (AFTER_SIGNATURE.test(t) || t.length > 100 || words(t) > 8) break;
    if (t.endsWith('.') && !isSignerName(t)) break;
    j++;
    kept++;
  }
  return j;
}

export interface ParsedSigner {
  name: string | null;
  /** The signing role as printed ("De Minister van Financiën"), '' when none. */
  role: string;
  /** The official who signs on the role's behalf ("namens deze"): their function as printed. */
  onBehalf: string | null;
}

/** The signatories in the lines of a closing (greeting, roles, names, delegations). */
export function parseSignatories(texts: readonly string[]): ParsedSigner[] {
  const out: Array<ParsedSigner & { official?: string[] }> = [];
  let delegated = false;
  let inNote = false;
  for (const raw of texts) {
    const t = raw.trim();
    if (!t || GREETING.test(t)) continue;
    if (inNote || t.startsWith('[')) {
      inNote = !t.endsWith(']');
      continue;
    }
    const del = DELEGATION.exec(t);
    if (del) {
      delegated = true;
      let cur = out.at(-1);
      if (!cur) {
        cur = { name: null, role: '', onBehalf: null };
        out.push(cur);
      }
      cur.official ??= [];
      if (del[1]) cur.official.push(del[1]);
      continue;
    }
    if (CO_SIGNER.test(t)) continue;
    const last = out.at(-1);
    if (delegated && last) {
      // A clause or running text ends the signature: "Tegen dit besluit kunt u ... bezwaar maken."
      if (AFTER_SIGNATURE.test(t) || RUNNING_TEXT.test(t)) break;
      if (REDACTION_MARK.test(t)) continue;
      if (last.name === null && isSignerName(t)) last.name = t;
      else last.official?.push(t);
      continue;
    }
    const oneLine = splitSignatureLine(t);
    if (oneLine) {
      for (const s of oneLine) out.push({ name: s.name, role: s.role, onBehalf: null });
      continue;
    }
    if (isRole(t) || (SIGNER_ROLE.test(t) && t.endsWith(','))) {
      // The house style prints the name above the role: the role belongs to the name before it.
      if (last && last.role === '' && last.name !== null) {
        last.role = t;
        continue;
      }
      // "DE MINISTER-PRESIDENT," / "Minister van Algemene Zaken,": one role on two lines.
      if (last && last.name === null && last.role && !/\b(?:van|voor)\b/i.test(last.role)) {
        last.role = `${last.role} ${t}`;
        continue;
      }
      // Side-by-side signers on one line: "De minister van X, De staatssecretaris van Y,".
      for (const part of t.split(
        /,\s*(?=(?:De|de|DE)\s+(?:minister|staatssecretaris|MINISTER|STAATSSECRETARIS))/,
      ))
        out.push({ name: null, role: part, onBehalf: null });
      continue;
    }
    if (PERSON_NAME.test(t) || NAME_START.test(t)) {
      const open = out.find((s) => s.name === null);
      if (open) open.name = t;
      else out.push({ name: t, role: '', onBehalf: null });
      continue;
    }
    // A role wrapped over two lines: "de Minister van Volksgezondheid," / "Welzijn en Sport,".
    if (last && last.name === null && last.role && t.length <= 60 && !t.endsWith('.'))
      last.role = `${last.role} ${t}`;
  }
  return out
    .map((s) => {
      const official = s.official
        ?.join(' ')
        .replace(/\s+/g, ' ')
        .replace(/[,:]\s*$/, '')
        .trim();
      return { name: s.name, role: s.role, onBehalf: official || null };
    })
    .filter((s) => s.role !== '' || s.name !== null);
}
