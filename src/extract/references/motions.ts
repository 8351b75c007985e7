/**
 * Motions and amendments: "de motie van het lid Minhas", "de motie-Minhas", "de (gewijzigde) motie van
 * de leden Van Dijk en Grinwis" (member: the first named, "Van Dijk"), "het amendement van het lid X",
 * "Motie Dik-Faber en Jacobi", "de motie van de Kamerleden X", "een motie van Tweede Kamerlid X", "de
 * moties van de leden A en B (...) en van het lid C (...)", and without a mover when the citation
 * follows at once ("per motie (Kamerstukken 32852, nr. 199)"). Their citations: see citations.ts.
 */

import { citedMatch, type ReferenceMatch } from './match.js';

/**
 * A member's name: "Minhas", "Van Dijk", "van der Plas", "Kops-Bosman", "El Abassi", with initials
 * ("A.H. Kops") or a given name before a particle ("Inge van Dijk").
 */
const NAME = String.raw`(?:(?:\p{Lu}\.){1,4}\s?)?(?:\p{Lu}\p{Ll}+\s+(?=(?:van|de|der|den|ter|ten)\s))?(?:(?:[Vv]an|[Dd]e|[Dd]er|[Dd]en|[Tt]er|[Tt]en|[Ii]n|'t|’t|El)\s+)*\p{Lu}[\p{L}'’]*(?:-[\p{L}'’]+)*`;

/** The same, starting with a capital (after "motie-" / "motie " without "van het lid"). */
const NAME_CAP = String.raw`(?:(?:Van|De|Ter|Ten|El)\s+(?:(?:der|den|de|van|'t|’t)\s+)*)?\p{Lu}[\p{L}'’]*(?:-[\p{L}'’]+)*`;

/**
 * Who moved it: "van het lid X", "van de leden X en Y", "van de Kamerleden X", "van (Tweede) Kamerlid X".
 * Group: the (first) member.
 */
const MOVED_BY = String.raw`\s+van\s+(?:(?:het|de)\s+)?(?:(?:Tweede|Eerste)\s+)?(?:[Kk]amer)?(?:lid|leden)\s+(${NAME})`;

/**
 * Groups: 1 kind word, 2 member (van het lid / van de leden), 3 member (motie-X / motie X). The kind word
 * may open the sentence or a title ("Motie Dik-Faber en Jacobi") and be plural ("de moties van de leden").
 */
const MOTION = new RegExp(
  String.raw`(?<![\p{L}])(?:(?:gewijzigde|nader\s+gewijzigde|aangehouden|aangenomen)\s+)?([Mm]oties?|[Aa]mendementen|[Aa]mendement)(?:${MOVED_BY}|(?:-|\s)(${NAME_CAP}))`,
  'gu',
);

/** A further mover after plural "moties": "de moties van de leden A en B (...) en van het lid C (...)". */
const MOVED_BY_ALONE = new RegExp(
  String.raw`(?<![\p{L}])van\s+(?:(?:het|de)\s+)?(?:(?:Tweede|Eerste)\s+)?(?:[Kk]amer)?(?:lid|leden)\s+(${NAME})`,
  'gu',
);

/** "motie" or "amendement" alone, for "per motie (Kamerstukken 32852, nr. 199)". */
const KIND_WORD = /(?<![\p{L}-])([Mm]otie|[Aa]mendement)(?![\p{L}-])/gu;

/**
 * The motions and amendments named in a text, appended to cited; `cites` are its Kamerstuk citations
 * (a kind word without a mover counts only right before one). The caller checked that the text
 * contains "otie" or "mendement".
 */
export function motions(text: string, cites: ReferenceMatch[], cited: ReferenceMatch[]): void {
  MOTION.lastIndex = 0;
  for (let m = MOTION.exec(text); m !== null; m = MOTION.exec(text)) {
    const member = (m[2] ?? m[3] ?? '').trim();
    if (!member) continue;
    const kind = /^[Mm]otie/.test(m[1]) ? 'motion' : 'amendment';
    cited.push(citedMatch(kind, m[0], member, m.index, m.index + m[0].length));
  }
  const plural = /(?<![\p{L}])[Mm]oties(?![\p{L}])|(?<![\p{L}])[Aa]mendementen(?![\p{L}])/u.exec(text);
  if (plural) {
    const kind = /^[Mm]/.test(plural[0]) ? 'motion' : 'amendment';
    MOVED_BY_ALONE.lastIndex = plural.index;
    for (let m = MOVED_BY_ALONE.exec(text); m !== null; m = MOVED_BY_ALONE.exec(text)) {
      const at = m.index;
      if (cited.some((c) => c.start <= at && at < c.end)) continue;
      cited.push(citedMatch(kind, m[0], m[1].trim(), at, at + m[0].length));
    }
  }
  KIND_WORD.lastIndex = 0;
  for (let m = KIND_WORD.exec(text); m !== null; m = KIND_WORD.exec(text)) {
    const at = m.index;
    const end = at + m[0].length;
    if (cited.some((c) => c.start <= at && at < c.end)) continue;
    // Without a mover only when the citation follows at once: "per motie (Kamerstukken 32852, nr. 199)".
    const next = cites.find((c) => c.start >= end);
    if (next && /^\s*\(?\s*$/.test(text.slice(end, next.start))) {
      cited.push(citedMatch(/^[Mm]/.test(m[1]) ? 'motion' : 'amendment', m[0], null, at, end));
    }
  }
}
