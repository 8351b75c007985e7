/**
 * References to parliamentary documents, motions, amendments, letters and laws, from the body sentences
 * and the footnotes.
 *
 * Kamerstuk citations:
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
 * Motions and amendments: "de motie van het lid Minhas", "de motie-Minhas", "de (gewijzigde) motie van
 * de leden Van Dijk en Grinwis" (member: the first named, "Van Dijk"), "het amendement van het lid X",
 * "Motie Dik-Faber en Jacobi", "de motie van de Kamerleden X", "een motie van Tweede Kamerlid X", "de
 * moties van de leden A en B (...) en van het lid C (...)", and without a mover when the citation
 * follows at once ("per motie (Kamerstukken 32852, nr. 199)").
 * A motion takes its dossier/number/session from a Kamerstuk citation right after it in the same
 * sentence ("(Kamerstuk 29 383, nr. 378)") or in brackets further on in it, before any other motion or
 * letter ("de motie van de leden X (SGP) en Y (PvdA) aangenomen (Kamerstuk ...)"), else from the
 * footnote its sentence points to. Headings are read too, and a sentence broken by a blank line is
 * read whole. A motion or letter named again without its citation is left out.
 * Letters: "de brief van 12 juni 2024" (kind "letter"). Laws: "de Omgevingswet", "Wet versterking regie
 * volkshuisvesting" (kind "law").
 * Deduplicated per (kind, dossier, number), and per text when both are null; the first text is kept.
 */

import { MONTH_ALTERNATION as MONTHS } from '../lexicon/months.js';
import type { KDocument, Sentence } from '../model/document.js';
import type { Reference } from '../model/letter.js';
import type { Extractor } from './types.js';

export interface ReferenceMatch extends Reference {
  start: number;
  end: number;
}

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

/** "de brief van 12 juni 2024", "mijn brief van 3 maart jl.". */
const LETTER = new RegExp(
  String.raw`(?<![\p{L}])(?:Kamer)?brief\s+van\s+(\d{1,2}\s+(?:${MONTHS})(?:\s+\d{4}|\s+jl\.|\s+j\.l\.)?)`,
  'gu',
);

/** Laws: one capitalised word ending in "wet" ("Omgevingswet", "Crisis- en herstelwet"), or "Wet ..." */
const LAW_WORD =
  /(?<![\p{L}-])(\p{Lu}\p{L}*-\s+en\s+\p{Ll}+wet|\p{Lu}\p{Ll}+wet)(?:\s+(?:19|20)\d\d)?(?![\p{L}\d])/gu;
const LAW_PHRASE = /(?<![\p{L}])Wet(?=\s+\p{Ll})((?:\s+\p{Ll}[\p{L}-]*){1,8})/gu;
/** Words that end the name of a law "Wet ...": verbs, conjunctions, articles that start a new clause. */
const LAW_STOP = new Set(
  'is|wordt|worden|werd|werden|zal|zullen|heeft|hebben|had|en|die|dat|om|te|met|aan|bij|door|voor|naar|uit|als|of|maar|nog|ook|niet|geldt|treedt|regelt|biedt|moet|moeten|kan|kunnen|in|per|tot|wil|gaat|over|geeft|een|zijn|omdat|waarin|waarmee|waardoor|na|vanaf|sinds|tegen'.split(
    '|',
  ),
);
/** "wet" words that are no law names. */
const NOT_LAWS = new Set(['Wet', 'Kaderwet']);

/** Only white space, brackets, "c.s." and a short bracketed party between a motion and its citation. */
function adjacent(gap: string): boolean {
  return gap.length <= 60 && /^[\s(,;:]*$/.test(gap.replace(/c\.s\./g, '').replace(/\([^()]{1,15}\)/g, ''));
}

/**
 * A citation in brackets a little further on in the same sentence: the motion's co-movers, their
 * parties, what it asks or when it was adopted may stand between ("de motie van de leden Van der
 * Staaij (SGP) en Ploumen (PvdA) aangenomen (Kamerstuk 34 104, nr. 261)", "de motie van het lid X over
 * Y (Kamerstuk ...)"). No sentence end may stand between; the caller checks that no other reference does.
 */
const MAX_BRACKETED_GAP = 160;
function bracketedLater(gap: string): boolean {
  return (
    gap.length <= MAX_BRACKETED_GAP &&
    /\(\s*$/.test(gap) &&
    !/[.!?;](?:\s|$)/.test(gap.replace(/\b(?:c\.s|jl|nr)\./g, ''))
  );
}

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
function kamerstukken(text: string): ReferenceMatch[] {
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

/** Laws in a text, appended to out. */
function laws(text: string, out: ReferenceMatch[]): void {
  // LAW_WORD always contains "wet", LAW_PHRASE "Wet".
  if (text.includes('wet')) {
    LAW_WORD.lastIndex = 0;
    for (let m = LAW_WORD.exec(text); m !== null; m = LAW_WORD.exec(text)) {
      const name = m[0];
      if (NOT_LAWS.has(m[1])) continue;
      out.push(law(name, m.index));
    }
  }
  if (!text.includes('Wet')) return;
  LAW_PHRASE.lastIndex = 0;
  for (let m = LAW_PHRASE.exec(text); m !== null; m = LAW_PHRASE.exec(text)) {
    const words = m[1].trim().split(/\s+/);
    const kept: string[] = [];
    for (const w of words) {
      if (LAW_STOP.has(w)) break;
      kept.push(w);
    }
    // "Wet op de ruimtelijke ordening": "op"/"de" are part of the name when more follows.
    while (kept.length > 0 && /^(?:op|de|het|van)$/.test(kept[kept.length - 1])) kept.pop();
    if (kept.length === 0) continue;
    out.push(law(`Wet ${kept.join(' ')}`, m.index));
  }
}

function law(name: string, start: number): ReferenceMatch {
  return {
    kind: 'law',
    text: name,
    dossier: null,
    number: null,
    session: null,
    member: null,
    start,
    end: start + name.length,
  };
}

/** All references in one text (a sentence or a footnote), in order of position. */
export function findReferences(text: string): Reference[] {
  return findReferenceMatches(text).map(({ start: _s, end: _e, ...ref }) => ref);
}

/**
 * Every word a reference rule needs, in one pattern: HAS_NUMBER, "amerstuk" (KAMERSTUK_*),
 * "Eerste" (KAMERSTUK_EK), "Handelingen", the gazettes, "otie"/"mendement" (MOTION), "brief"
 * (LETTER) and "wet"/"Wet" (laws). A sentence without any (most) has no reference; one scan
 * instead of a dozen.
 */
export const ANY_REFERENCE =
  /n(?:r\.?|ummer|o\.)\s*\d|amerstuk|Eerste|Handelingen|Staats(?:blad|courant)|Stb\.|Stcrt\.|otie|mendement|brief|[Ww]et/;

export function findReferenceMatches(text: string): ReferenceMatch[] {
  if (!ANY_REFERENCE.test(text)) return [];
  const cites = kamerstukken(text);
  const out: ReferenceMatch[] = cites.slice();
  /** Motions, amendments and letters: each takes the citation that follows it (see citeAfter). */
  const cited: ReferenceMatch[] = [];
  const push = (kind: Reference['kind'], textOf: string, member: string | null, start: number, end: number) =>
    cited.push({ kind, text: textOf, dossier: null, number: null, session: null, member, start, end });
  // MOTION needs "otie" or "mendement", LETTER "brief".
  if (text.includes('otie') || text.includes('mendement')) {
    MOTION.lastIndex = 0;
    for (let m = MOTION.exec(text); m !== null; m = MOTION.exec(text)) {
      const member = (m[2] ?? m[3] ?? '').trim();
      if (!member) continue;
      const kind = /^[Mm]otie/.test(m[1]) ? 'motion' : 'amendment';
      push(kind, m[0], member, m.index, m.index + m[0].length);
    }
    const plural = /(?<![\p{L}])[Mm]oties(?![\p{L}])|(?<![\p{L}])[Aa]mendementen(?![\p{L}])/u.exec(text);
    if (plural) {
      const kind = /^[Mm]/.test(plural[0]) ? 'motion' : 'amendment';
      MOVED_BY_ALONE.lastIndex = plural.index;
      for (let m = MOVED_BY_ALONE.exec(text); m !== null; m = MOVED_BY_ALONE.exec(text)) {
        const at = m.index;
        if (cited.some((c) => c.start <= at && at < c.end)) continue;
        push(kind, m[0], m[1].trim(), at, at + m[0].length);
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
        push(/^[Mm]/.test(m[1]) ? 'motion' : 'amendment', m[0], null, at, end);
      }
    }
  }
  if (text.includes('brief')) {
    LETTER.lastIndex = 0;
    for (let m = LETTER.exec(text); m !== null; m = LETTER.exec(text)) {
      push('letter', m[0], null, m.index, m.index + m[0].length);
    }
  }
  if (cited.length > 1) cited.sort((a, b) => a.start - b.start);
  for (let k = 0; k < cited.length; k++) {
    const r = cited[k];
    const limit = cited[k + 1]?.start ?? text.length;
    const cite = citeAfter(text, r.end, cites, limit);
    if (cite) {
      r.dossier = cite.dossier;
      r.number = cite.number;
      r.session = cite.session;
    }
    out.push(r);
    // Plural "de moties van het lid X over A (29 383, nr. 402) en over B (Kamerstuk 29 383, nr. 403)":
    // each further citation joined by "en" or a comma is another motion of the same mover.
    if (cite && r.member && PLURAL_KIND.test(r.text)) {
      for (
        let prev = cite, next = nextCite(cites, prev.end, limit);
        next;
        next = nextCite(cites, prev.end, limit)
      ) {
        if (!JOINED_CITATION.test(text.slice(prev.end, next.start))) break;
        out.push({
          ...r,
          text: r.text,
          dossier: next.dossier,
          number: next.number,
          session: next.session,
          start: next.start,
          end: next.end,
        });
        prev = next;
      }
    }
  }
  laws(text, out);
  return out.length > 1 ? out.sort((a, b) => a.start - b.start) : out;
}

/** "moties" or "amendementen": a plural kind word opens the match. */
const PLURAL_KIND = /^(?:\S+\s+)?(?:[Mm]oties|[Aa]mendementen)(?![\p{L}])/u;
/**
 * Between two citations of plural motions: the first's closing bracket, "en" or a comma, what the next one
 * is about, and its opening bracket (") en over een maatwerkaanpak ("); no sentence end, no third citation.
 */
const JOINED_CITATION = /^\s*\)\s*(?:,\s*(?:en\s+)?|en\s+)[^.!?;()]{0,120}\(\s*$/u;

/** The first citation that starts at or after `from` and before `limit`. */
function nextCite(cites: ReferenceMatch[], from: number, limit: number): ReferenceMatch | null {
  let first: ReferenceMatch | null = null;
  for (const c of cites)
    if (c.start >= from && c.start < limit && (!first || c.start < first.start)) first = c;
  return first;
}

/**
 * The citation of a motion, amendment or letter ending at `end`: the first Kamerstuk citation after it,
 * right after it (adjacent) or in brackets later in the sentence (bracketedLater), before the next
 * motion, amendment or letter (`limit`) and with no other citation between.
 */
function citeAfter(text: string, end: number, cites: ReferenceMatch[], limit: number): ReferenceMatch | null {
  let first: ReferenceMatch | null = null;
  for (const c of cites) if (c.start >= end && (!first || c.start < first.start)) first = c;
  if (!first || first.start > limit) return null;
  const gap = text.slice(end, first.start);
  return adjacent(gap) || bracketedLater(gap) ? first : null;
}

function keyOf(r: Reference): string {
  const id = r.dossier === null && r.number === null ? (r.member ?? r.text) : `${r.dossier}/${r.number}`;
  return `${r.kind}|${id}`;
}

export const referencesExtractor: Extractor = {
  name: 'references',
  run(doc: KDocument) {
    const seen = new Set<string>();
    const out: Reference[] = [];
    const add = (r: Reference) => {
      const key = keyOf(r);
      if (seen.has(key)) return;
      seen.add(key);
      out.push(r);
    };
    // Markers in the text point at the first note of a number; a later list numbered anew (the
    // questions' own notes at the end of answers to Kamervragen) is read on its own below.
    const footnoteRefs = new Map<number, ReferenceMatch[]>();
    const firstOf = new Map<number, (typeof doc.footnotes)[number]>();
    for (const f of doc.footnotes) {
      if (firstOf.has(f.number)) continue;
      firstOf.set(f.number, f);
      footnoteRefs.set(f.number, findReferenceMatches(f.text));
    }
    const done = new Set<number>();
    // Headings too (a heading may cite the letter it follows up on; a table's rows are often read as
    // headings): each before the first sentence of its section.
    const headings = new Map<string, string>();
    for (const s of doc.sections) if (s.heading) headings.set(s.id, s.heading);
    const heading = (id: string) => {
      const h = headings.get(id);
      if (h === undefined) return;
      headings.delete(id);
      for (const r of findReferenceMatches(h)) add(strip(r));
    };
    for (const sentence of continued(doc.sentences)) {
      if (headings.size > 0) heading(sentence.sectionId);
      const refs = findReferenceMatches(sentence.text);
      // Motions/amendments without their own citation: the Kamerstuk in the footnote(s) of the sentence
      // (gathered only when such a reference turns up).
      let cited: ReferenceMatch[] | null = null;
      let next = 0;
      for (const r of refs) {
        if ((r.kind === 'motion' || r.kind === 'amendment' || r.kind === 'letter') && r.dossier === null) {
          cited ??= sentence.footnotes.flatMap((n) =>
            (footnoteRefs.get(n) ?? []).filter((f) => f.kind === 'kamerstuk'),
          );
          const c = cited[next];
          if (c) {
            r.dossier = c.dossier;
            r.number = c.number;
            r.session = c.session;
            next++;
          }
        }
        add(strip(r));
      }
      for (const n of sentence.footnotes) {
        if (done.has(n)) continue;
        done.add(n);
        for (const r of footnoteRefs.get(n) ?? []) add(strip(r));
      }
    }
    for (const id of [...headings.keys()]) heading(id);
    for (const f of doc.footnotes) {
      const first = firstOf.get(f.number) === f;
      if (first && done.has(f.number)) continue;
      for (const r of (first ? footnoteRefs.get(f.number) : findReferenceMatches(f.text)) ?? [])
        add(strip(r));
    }
    doc.references = withoutBareRepeats(out);
  },
};

/**
 * Sentences with a fragment that continues them joined: a text broken by a blank line mid-sentence
 * ("... van de Kamerleden Van der Staaij (SGP) en Ploumen" / "(PvdA) aangenomen (Kamerstuk ...).")
 * is read as one, so that a motion finds its citation. A sentence continues when it does not end in
 * a stop, colon or closing quote and the next one, in the same section, opens with a bracket or a
 * lowercase letter.
 */
const CLOSED = '.!?:;»"”’)';

/**
 * Whether a text ends in a stop, colon or closing quote or bracket before its trailing white space:
 * what /[.!?:;»"”’)]\s*$/ tests (trimEnd strips exactly \s), without trying the pattern at every
 * place of the text. Exported for its property test.
 */
export function endsClosed(text: string): boolean {
  const last = text.trimEnd().slice(-1);
  return last !== '' && CLOSED.includes(last);
}

function continued(sentences: Sentence[]): Sentence[] {
  const out: Sentence[] = [];
  for (const s of sentences) {
    const prev = out[out.length - 1];
    if (
      prev &&
      prev.sectionId === s.sectionId &&
      !endsClosed(prev.text) &&
      /^\s*(?:\(|\p{Ll})/u.test(s.text)
    ) {
      out[out.length - 1] = {
        ...prev,
        text: `${prev.text.trimEnd()} ${s.text.trimStart()}`,
        footnotes: [...prev.footnotes, ...s.footnotes],
      };
    } else out.push(s);
  }
  return out;
}

/**
 * A motion, amendment or letter named again without its citation ("de motie-Bruins" after "de motie-Bruins
 * (Kamerstuk 28 828, nr. 66)") is the same document: the bare repeat is left out.
 */
function withoutBareRepeats(refs: Reference[]): Reference[] {
  const cited = new Set<string>();
  const nameOf = (r: Reference) => `${r.kind}|${(r.member ?? r.text).toLowerCase()}`;
  for (const r of refs) if (r.dossier !== null && r.kind !== 'kamerstuk') cited.add(nameOf(r));
  if (cited.size === 0) return refs;
  return refs.filter(
    (r) => r.dossier !== null || r.number !== null || r.kind === 'kamerstuk' || !cited.has(nameOf(r)),
  );
}

function strip(r: ReferenceMatch): Reference {
  return {
    kind: r.kind,
    text: r.text.trim(),
    dossier: r.dossier,
    number: r.number,
    session: r.session,
    member: r.member,
  };
}
