/**
 * Kamerstuk citations, Handelingen and the official gazettes:
 *   "Kamerstuk 29 435, nr. 267"
 *   "Tweede Kamer, vergaderjaar 2022-2023, 34 682, nr. 107"          session "2022-2023"
 *   "Kamerstukken II 2009/10, 32 123 XVI, nr. 30"                     session "2009-2010", dossier "32123-XVI"
 *   "36 410 J, nr. 4"                                                  dossier "36410-J"
 *   "29 826 en 32 813, nr. 123"                                        one document in two dossiers: one
 *                                                                      reference per dossier
 *   "Kamerstuk 21 501-07, nr. 887"                                     dossier "21501-07" (a series' part)
 *   "Kamerstuk 35925-VI-56"                                            dossier "35925-VI", number "56"
 *   "Kamerstuknr. 2012–2013, CII, B", "Kamerstukken I 2012/13, CII, B" an Eerste Kamer dossier in Roman
 *                                                                      figures, a letter for the document
 * The dossier is the digits only; a dossier letter or roman suffix is kept after a hyphen, as in the
 * contract's metadata.kamerstuk ("36600-A").
 * Handelingen ("Handelingen II 2023/24, nr. 12, item 5") and Aanhangsel Handelingen: kind "other".
 * Staatsblad / Staatscourant ("Staatsblad 2020, 118"): kind "other", number "2020-118".
 */

import type { ReferenceMatch } from './match.js';

/**
 * A dossier: five digits ("34 682"), with a budget chapter or part letter ("36 410 J", "32 123 XVI",
 * "36 600-A") or the two-digit part of a series ("21 501-07", the EU councils; "21 501-20").
 */
const SUFFIX = String.raw`(?:[\s-]?(?:[IVXL]{1,6}|[A-Z])(?![\p{L}\d])|-\d{2}(?![\d\p{L}]))`;
const DOSSIER = String.raw`(?<![\d])(\d{2}\s?\d{3})(?![\d])(${SUFFIX})?`;
const DOSSIER_NC = String.raw`(?<![\d])\d{2}\s?\d{3}(?![\d])${SUFFIX}?`;
/** The same with its parts in groups: 1 digits, 2 suffix. For the further dossiers of one citation. */
const DOSSIER_G = new RegExp(DOSSIER, 'gu');
/** The word that names a Kamerstuk: "Kamerstuk", "Kamerstukken", "Kamerstuknr.". */
const KST = String.raw`[Kk]amerstuk(?:ken|nr\.?)?`;
const SESSION = String.raw`(\d{4})\s*[-–/]\s*(\d{2}(?:\d{2})?)(?!\d)`;

/**
 * Groups: 1 session start (vergaderjaar), 2 end, 3 session start (Kamerstukken II yyyy/yy), 4 end,
 * 5 dossier digits, 6 dossier suffix, 7 number, 8 further dossiers of one document ("34 104 en 29 538").
 */
const KAMERSTUK = new RegExp(
  String.raw`(?:(?:Tweede|Eerste)\s+Kamer(?:\s+der\s+Staten-Generaal)?,?\s+)?(?:(?:vergaderjaar\s+)?${SESSION},?\s*)?(?:${KST}(?:\s+(?:I\/II|II|I|TK|EK)(?![\p{L}]))?(?:,?\s+${SESSION})?,?\s*)?${DOSSIER}((?:\s*(?:en|,|\/)\s*${DOSSIER_NC}){0,4}),?\s*(?:nr\.?|nummer|no\.)\s*(\d+)`,
  'gu',
);

/**
 * "Kamerstuk 35925-VI-56": dossier, part and number joined by hyphens, only after the word Kamerstuk.
 * Groups as KAMERSTUK (no sessions): 5 digits, 6 suffix, 7 number.
 */
const KAMERSTUK_JOINED = new RegExp(
  String.raw`${KST}(?:\s+(?:II|I)(?![\p{L}]))?()()()()\s+(\d{5})(?:-((?:[IVXL]{1,6}|[A-Z])))?-(\d{1,4})(?![\d\p{L}])`,
  'gu',
);

/**
 * "Kamerstukken II 2018/19, 29911, 249": the number without "nr.", only after the word Kamerstuk and
 * a dossier. Groups as KAMERSTUK_JOINED: 3/4 session, 5 digits, 6 suffix, 7 number.
 */
const KAMERSTUK_BARE_NUMBER = new RegExp(
  String.raw`${KST}(?:\s+(?:I\/II|II|I|TK|EK)(?![\p{L}]))?()()(?:,?\s+${SESSION})?,?\s+${DOSSIER},\s*(\d{1,4})(?![\d\p{L}])(?![.,]\d)`,
  'gu',
);

/**
 * Eerste Kamer dossiers without a number, numbered in Roman figures ("CII", the nota's and reports
 * the Eerste Kamer files itself), with a letter for the document: "Kamerstukken I 2012/13, CII, B",
 * "Kamerstuknr. 2012–2013, CII, B". Only after the word Kamerstuk. Groups as KAMERSTUK_EK.
 */
const KAMERSTUK_EK_ROMAN = new RegExp(
  String.raw`${KST}(?:\s+I(?![\p{L}/]))?()()(?:,?\s+${SESSION})?,?\s+([CDLXVI]{2,7})()(?![\p{L}\d]),\s*([A-Z]{1,2})(?![\p{L}\d])`,
  'gu',
);

/**
 * Eerste Kamer documents carry letters, not numbers: "Kamerstukken I 2023/24, 36 410, D",
 * "Eerste Kamer, vergaderjaar 2019-2020, 35 300, A". Only with that chamber named: a bare
 * "36 410, D" is too common a shape. Groups: 1/2 session (vergaderjaar), 3/4 session
 * (Kamerstukken I yyyy/yy), 5 dossier digits, 6 dossier suffix, 7 letter.
 */
const KAMERSTUK_EK = new RegExp(
  String.raw`(?:Eerste\s+Kamer(?:\s+der\s+Staten-Generaal)?,?\s+(?:vergaderjaar\s+)?${SESSION},?\s*(?:Kamerstuk(?:ken)?,?\s+)?|${KST}\s+I(?![\p{L}/])(?:,?\s+${SESSION})?,?\s*)${DOSSIER},\s*([A-Z]{1,2})(?![\p{L}\d])`,
  'gu',
);

/** Groups: 1 "Aanhangsel", 2 chamber, 3/4 session, 5 number, 6 item. */
const HANDELINGEN = new RegExp(
  String.raw`(Aanhangsel\s+(?:van\s+de\s+)?)?Handelingen(?:\s+(I|II)(?![\p{L}]))?(?:\s+${SESSION})?(?:,?\s*(?:nr\.?|nummer)\s*(\d+))?(?:,?\s*item\s*(\d+))?`,
  'gu',
);

/** Publications in the official gazettes: "Staatsblad 2020, 118", "Stb. 2023, 45", "Stcrt. 2024, nr. 1234". */
const GAZETTE =
  /(?<![\p{L}])(?:Staatsblad|Stb\.|Staatscourant|Stcrt\.)\s*((?:19|20)\d\d),?\s*(?:nr\.?\s*)?(\d+)(?!\d)/gu;

function session(a: string | undefined, b: string | undefined): string | null {
  if (!a || !b) return null;
  const start = Number(a);
  const end = b.length === 2 ? Math.floor(start / 100) * 100 + Number(b) : Number(b);
  const fixed = end < start ? end + 100 : end;
  return fixed === start + 1 ? `${start}-${fixed}` : null;
}

function dossierOf(digits: string, suffix: string | undefined): string {
  const d = digits.replace(/\s/g, '');
  const part = suffix?.replace(/^[\s-]+/, '');
  return part ? `${d}-${part}` : d;
}

/**
 * Cheap necessary conditions for the patterns: each pattern needs a literal word, so a text without
 * it cannot match and the pattern (tried at every position) is skipped. KAMERSTUK always ends in
 * "nr"/"nr."/"nummer"/"no." with digits after optional white space, which is exactly HAS_NUMBER.
 */
const HAS_NUMBER = /n(?:r\.?|ummer|o\.)\s*\d/;

/** Kamerstuk citations and Handelingen in a text. */
export function kamerstukken(text: string): ReferenceMatch[] {
  const out: ReferenceMatch[] = [];
  // KAMERSTUK: groups 1/2 and 3/4 session, 5 dossier, 6 suffix, 7 further dossiers, 8 number.
  if (HAS_NUMBER.test(text)) kamerstukMatches(KAMERSTUK, text, out, 8, 7);
  if (text.includes('amerstuk')) {
    kamerstukMatches(KAMERSTUK_JOINED, text, out, 7);
    kamerstukMatches(KAMERSTUK_BARE_NUMBER, text, out, 7);
    kamerstukMatches(KAMERSTUK_EK_ROMAN, text, out, 7);
  }
  // KAMERSTUK_EK starts with "Eerste" or "Kamerstuk"; its group 7 is the document's letter.
  if (text.includes('Kamerstuk') || text.includes('Eerste')) kamerstukMatches(KAMERSTUK_EK, text, out, 7);
  if (text.includes('Handelingen')) {
    HANDELINGEN.lastIndex = 0;
    for (let m = HANDELINGEN.exec(text); m !== null; m = HANDELINGEN.exec(text)) {
      if (!m[2] && !m[3] && !m[5]) continue;
      out.push({
        kind: 'other',
        text: m[0],
        dossier: null,
        number: m[5] ?? null,
        session: session(m[3], m[4]),
        member: null,
        start: m.index,
        end: m.index + m[0].length,
      });
    }
  }
  if (
    text.includes('Staatsblad') ||
    text.includes('Staatscourant') ||
    text.includes('Stb.') ||
    text.includes('Stcrt.')
  ) {
    GAZETTE.lastIndex = 0;
    for (let m = GAZETTE.exec(text); m !== null; m = GAZETTE.exec(text)) {
      out.push({
        kind: 'other',
        text: m[0],
        dossier: null,
        number: `${m[1]}-${m[2]}`,
        session: null,
        member: null,
        start: m.index,
        end: m.index + m[0].length,
      });
    }
  }
  return out;
}

/**
 * The matches of one Kamerstuk pattern: groups 1/2 and 3/4 session, 5 dossier digits, 6 suffix, the
 * number in group `numberGroup`. A document filed in several dossiers ("Kamerstukken 34 104 en 29 538,
 * nr. 264": group `moreGroup`) is cited in each: one reference per dossier.
 */
function kamerstukMatches(
  pattern: RegExp,
  text: string,
  out: ReferenceMatch[],
  numberGroup: number,
  moreGroup?: number,
): void {
  pattern.lastIndex = 0;
  for (let m = pattern.exec(text); m !== null; m = pattern.exec(text)) {
    const start = m.index;
    const end = m.index + m[0].length;
    // Another pattern may have read the same citation (a bare "36 410, D" inside "Kamerstukken I ...").
    if (out.some((r) => r.start < end && start < r.end)) continue;
    const ref = {
      kind: 'kamerstuk' as const,
      text: m[0],
      number: m[numberGroup],
      session: session(m[1], m[2]) ?? session(m[3], m[4]),
      member: null,
      start,
      end,
    };
    out.push({ ...ref, dossier: dossierOf(m[5], m[6]) });
    const more = moreGroup !== undefined ? m[moreGroup] : undefined;
    if (!more) continue;
    DOSSIER_G.lastIndex = 0;
    for (let d = DOSSIER_G.exec(more); d !== null; d = DOSSIER_G.exec(more)) {
      out.push({ ...ref, dossier: dossierOf(d[1], d[2]) });
    }
  }
}
