/**
 * References to parliamentary documents, motions, amendments, letters and laws, from the body sentences
 * and the footnotes.
 *
 * Kamerstuk citations:
 *   "Kamerstuk 29 435, nr. 267"
 *   "Tweede Kamer, vergaderjaar 2022-2023, 34 682, nr. 107"          session "2022-2023"
 *   "Kamerstukken II 2009/10, 32 123 XVI, nr. 30"                     session "2009-2010", dossier "32123-XVI"
 *   "36 410 J, nr. 4"                                                  dossier "36410-J"
 *   "29 826 en 32 813, nr. 123"                                        one document, filed under "29826"
 * The dossier is the digits only; a dossier letter or roman suffix is kept after a hyphen, as in the
 * contract's metadata.kamerstuk ("36600-A").
 * Handelingen ("Handelingen II 2023/24, nr. 12, item 5") and Aanhangsel Handelingen: kind "other".
 * Staatsblad / Staatscourant ("Staatsblad 2020, 118"): kind "other", number "2020-118".
 * Motions and amendments: "de motie van het lid Minhas", "de motie-Minhas", "de (gewijzigde) motie van
 * de leden Van Dijk en Grinwis" (member: the first named, "Van Dijk"), "het amendement van het lid X".
 * A motion takes its dossier/number/session from a Kamerstuk citation right after it in the same
 * sentence ("(Kamerstuk 29 383, nr. 378)"), else from the footnote its sentence points to.
 * Letters: "de brief van 12 juni 2024" (kind "letter"). Laws: "de Omgevingswet", "Wet versterking regie
 * volkshuisvesting" (kind "law").
 * Deduplicated per (kind, dossier, number), and per text when both are null; the first text is kept.
 */
import type { KDocument } from '../model/document.js';
import type { Reference } from '../model/letter.js';
import type { Extractor } from './types.js';

export interface ReferenceMatch extends Reference {
  start: number;
  end: number;
}

const DOSSIER = String.raw`(?<![\d])(\d{2}\s?\d{3})(?![\d])(?:[\s-]?((?:[IVXL]{1,6}|[A-Z])(?![\p{L}\d])))?`;
const DOSSIER_NC = String.raw`(?<![\d])\d{2}\s?\d{3}(?![\d])(?:[\s-]?(?:[IVXL]{1,6}|[A-Z])(?![\p{L}\d]))?`;
const SESSION = String.raw`(\d{4})\s*[-–/]\s*(\d{2}(?:\d{2})?)(?!\d)`;

/**
 * Groups: 1 session start (vergaderjaar), 2 end, 3 session start (Kamerstukken II yyyy/yy), 4 end,
 * 5 dossier digits, 6 dossier suffix, 7 number.
 */
const KAMERSTUK = new RegExp(
  String.raw`(?:(?:Tweede|Eerste)\s+Kamer(?:\s+der\s+Staten-Generaal)?,?\s+)?(?:(?:vergaderjaar\s+)?${SESSION},?\s*)?(?:Kamerstuk(?:ken)?(?:\s+(?:I\/II|II|I)(?![\p{L}]))?(?:,?\s+${SESSION})?,?\s*)?${DOSSIER}(?:\s*(?:en|,|\/)\s*${DOSSIER_NC}){0,4},?\s*(?:nr\.?|nummer|no\.)\s*(\d+)`,
  'gu',
);

/**
 * Eerste Kamer documents carry letters, not numbers: "Kamerstukken I 2023/24, 36 410, D",
 * "Eerste Kamer, vergaderjaar 2019-2020, 35 300, A". Only with that chamber named: a bare
 * "36 410, D" is too common a shape. Groups: 1/2 session (vergaderjaar), 3/4 session
 * (Kamerstukken I yyyy/yy), 5 dossier digits, 6 dossier suffix, 7 letter.
 */
const KAMERSTUK_EK = new RegExp(
  String.raw`(?:Eerste\s+Kamer(?:\s+der\s+Staten-Generaal)?,?\s+(?:vergaderjaar\s+)?${SESSION},?\s*(?:Kamerstuk(?:ken)?,?\s+)?|Kamerstuk(?:ken)?\s+I(?![\p{L}/])(?:,?\s+${SESSION})?,?\s*)${DOSSIER},\s*([A-Z]{1,2})(?![\p{L}\d])`,
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

/** Groups: 1 kind word, 2 member (van het lid / van de leden), 3 member (motie-X / motie X). */
const MOTION = new RegExp(
  String.raw`(?<![\p{L}])(?:(?:gewijzigde|nader\s+gewijzigde|aangehouden|aangenomen)\s+)?(motie|amendement)(?:\s+van\s+(?:het\s+lid|de\s+leden)\s+(${NAME})|(?:-|\s)(${NAME_CAP}))`,
  'gu',
);

const MONTHS = 'januari|februari|maart|april|mei|juni|juli|augustus|september|oktober|november|december';
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

function session(a: string | undefined, b: string | undefined): string | null {
  if (!a || !b) return null;
  const start = Number(a);
  const end = b.length === 2 ? Math.floor(start / 100) * 100 + Number(b) : Number(b);
  const fixed = end < start ? end + 100 : end;
  return fixed === start + 1 ? `${start}-${fixed}` : null;
}

function dossierOf(digits: string, suffix: string | undefined): string {
  const d = digits.replace(/\s/g, '');
  return suffix ? `${d}-${suffix}` : d;
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
  // Both patterns share their groups: 1/2 and 3/4 session, 5 dossier, 6 suffix, 7 number or letter.
  if (HAS_NUMBER.test(text)) kamerstukMatches(KAMERSTUK, text, out);
  // KAMERSTUK_EK starts with "Eerste" or "Kamerstuk".
  if (text.includes('Kamerstuk') || text.includes('Eerste')) kamerstukMatches(KAMERSTUK_EK, text, out);
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

function kamerstukMatches(pattern: RegExp, text: string, out: ReferenceMatch[]): void {
  pattern.lastIndex = 0;
  for (let m = pattern.exec(text); m !== null; m = pattern.exec(text)) {
    out.push({
      kind: 'kamerstuk',
      text: m[0],
      dossier: dossierOf(m[5], m[6]),
      number: m[7],
      session: session(m[1], m[2]) ?? session(m[3], m[4]),
      member: null,
      start: m.index,
      end: m.index + m[0].length,
    });
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

export function findReferenceMatches(text: string): ReferenceMatch[] {
  const cites = kamerstukken(text);
  const out: ReferenceMatch[] = cites.slice();
  // MOTION needs "motie" or "amendement", LETTER "brief".
  if (text.includes('motie') || text.includes('amendement')) {
    MOTION.lastIndex = 0;
    for (let m = MOTION.exec(text); m !== null; m = MOTION.exec(text)) {
      const member = (m[2] ?? m[3] ?? '').trim();
      if (!member) continue;
      const kind = m[1] === 'motie' ? 'motion' : 'amendment';
      const end = m.index + m[0].length;
      // A citation right after it in the same text: "(Kamerstuk 29 383, nr. 378)".
      const cite = cites.find((c) => c.start >= end && adjacent(text.slice(end, c.start)));
      out.push({
        kind,
        text: m[0],
        dossier: cite?.dossier ?? null,
        number: cite?.number ?? null,
        session: cite?.session ?? null,
        member,
        start: m.index,
        end,
      });
    }
  }
  if (text.includes('brief')) {
    LETTER.lastIndex = 0;
    for (let m = LETTER.exec(text); m !== null; m = LETTER.exec(text)) {
      const end = m.index + m[0].length;
      const cite = cites.find((c) => c.start >= end && adjacent(text.slice(end, c.start)));
      out.push({
        kind: 'letter',
        text: m[0],
        dossier: cite?.dossier ?? null,
        number: cite?.number ?? null,
        session: cite?.session ?? null,
        member: null,
        start: m.index,
        end,
      });
    }
  }
  laws(text, out);
  return out.length > 1 ? out.sort((a, b) => a.start - b.start) : out;
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
    for (const sentence of doc.sentences) {
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
    for (const f of doc.footnotes) {
      const first = firstOf.get(f.number) === f;
      if (first && done.has(f.number)) continue;
      for (const r of (first ? footnoteRefs.get(f.number) : findReferenceMatches(f.text)) ?? [])
        add(strip(r));
    }
    doc.references = out;
  },
};

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
