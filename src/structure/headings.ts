/**
 * Headings. The strongest signal wins: explicit numbering ("1. Voortgang NOVEX", "2.3 ...",
 * roman "II. ..."), then style (PDF: bold or larger than the body font), then form (text:
 * a short line without closing punctuation at the start of a block, followed by running text;
 * a heading may wrap over two or three lines). Lines of some forms are never headings
 * (non-headings.ts); outlines and flattened tables are taken out afterwards (outline.ts, tables.ts).
 */

import { isSpaceCode } from '../chars.js';
import type { Block } from '../model/document.js';
import type { Line } from '../model/page.js';
import { neverHeading } from './non-headings.js';

export interface HeadingMatch {
  number: string | null;
  /** "arabic" (depth = parts of the number), "roman", "letter" ("a) ..."), or null for unnumbered. */
  style: 'arabic' | 'roman' | 'letter' | null;
  depth: number;
  text: string;
  lines: Line[];
  /** Font size of the heading line, when known (PDF). */
  size?: number;
}

export interface HeadingContext {
  /** Typical length of a full body line, in characters (text input). */
  fullWidth: number;
  /** The document carries font information (PDF): style decides unnumbered headings. */
  styled: boolean;
  bodySize: number | null;
  /**
   * The body has bold lines and no lettered italic subheading ("a) Inhoud voorstel"): its headings
   * are bold, and italic is no heading level of its own.
   */
  boldHeadings?: boolean;
}

const NUMBERED = /^(\d{1,2}(?:\.\d{1,2}){0,3})(\.?)\s+(\S.*)$/;
const ROMAN = /^([IVX]{1,4})[.)]\s+(\S.*)$/;
const LETTER = /^([a-h])\)\s+(\S.*)$/;
/** Capital letters number the parts of a long letter: "A. Advies Raad van State", "B) Uitvoering". */
const CAPITAL_LETTER = /^([A-H])[.)]\s+(\p{Lu}.*)$/u;
const BULLET = /^[•▪◦·●○■□➢►✓*–-]\s/;
/** A wrapped paragraph line ends in a function word; a heading does not. */
const FUNCTION_WORD_END =
  /\s(?:de|het|een|en|of|van|voor|in|op|aan|met|te|om|dat|die|dit|deze|bij|naar|door|uit|over|tot|als|is|zijn|wordt|worden|er|ook|niet|we|wij|ik|zij|u|uw|onze|ons|mijn|haar|hun|welke|zo|al|nog|meer|dan|maar|wel|tussen|tegen|onder|binnen|zonder|sinds|na|per|via|zoals|waar|wat|hoe|omdat|zodat|terwijl|waarbij|waarin)$/i;
/** A long line with a finite verb is a sentence, not a heading. */
const FINITE_VERB =
  /\s(?:is|zijn|wordt|worden|heeft|hebben|zal|zullen|kan|kunnen|moet|moeten|gaat|gaan|werd|werden|was|waren|heb|wil|willen)\s/i;
const MAX_WORDS = 16;

/** Called as `charCodeAt.call(s, i)` in loops over every character: see topics/automaton.ts. */
const charCodeAt = String.prototype.charCodeAt;

/** `s.split(/\s+/).filter(Boolean).length`: the runs of non-whitespace, counted without splitting. */
export function words(s: string): number {
  let n = 0;
  let inWord = false;
  for (let i = 0; i < s.length; i++) {
    if (isSpaceCode(charCodeAt.call(s, i))) inWord = false;
    else if (!inWord) {
      inWord = true;
      n++;
    }
  }
  return n;
}

/**
 * The character before the closing quotes and brackets at the end of `s` (-1 if none).
 * `/[.!?]["'’”)]*$/` and the like hold exactly when this is one of the marks: the marks and
 * the closers are disjoint, so a match must start right before the run of closers. A backward
 * scan instead of a regex that would try every position of the line.
 */
export function endMark(s: string): number {
  let i = s.length - 1;
  for (; i >= 0; i--) {
    const c = s.charCodeAt(i);
    if (c !== 0x22 && c !== 0x27 && c !== 0x2019 && c !== 0x201d && c !== 0x29) break;
  }
  return i >= 0 ? s.charCodeAt(i) : -1;
}

/** `[.!?:;]["'’”)]*$`: the text ends a sentence or a clause. */
export const hardTerminal = (s: string): boolean => {
  const c = endMark(s);
  return c === 0x2e || c === 0x21 || c === 0x3f || c === 0x3a || c === 0x3b;
};
/** `[.!?:;,]["'’”)]*$`. */
const terminal = (s: string): boolean => endMark(s) === 0x2c || hardTerminal(s);
const STARTS_UPPER = /^[\p{Lu}\d"“‘'(]/u;
/** `STARTS_UPPER`, with ASCII first characters decided without the regex. */
function startsUpper(s: string): boolean {
  const c = s.charCodeAt(0);
  if (c < 128)
    return (c >= 0x41 && c <= 0x5a) || (c >= 0x30 && c <= 0x39) || c === 0x22 || c === 0x27 || c === 0x28;
  return STARTS_UPPER.test(s);
}
/** `BULLET`: the only ASCII bullets are * and -. */
function startsWithBullet(s: string): boolean {
  const c = s.charCodeAt(0);
  return (c >= 128 || c === 0x2a || c === 0x2d) && BULLET.test(s);
}

/** Lines of one heading share their style: weight, slant and size. */
export const styleKey = (l: Line) => `${!!l.bold}|${!!l.italic}|${Math.round(l.size ?? 0)}`;

function styled(line: Line, ctx: HeadingContext): boolean {
  if (line.bold) return true;
  // Italic subheadings ("a) Inhoud voorstel"): a short italic line that reads as a heading. Where the
  // body's headings are bold and none of its italic lines is lettered, italic is no heading level: an
  // unnumbered italic line is a label inside its section (the grounds in a Wob decision, "De
  // eerbiediging van de persoonlijke levenssfeer"). A BNC fiche's italic "a) Inhoud voorstel" makes
  // italic a level, and its unnumbered italic lines ("Transparantieverplichtingen") headings below it.
  if (
    line.italic &&
    (!ctx.boldHeadings || LETTER.test(line.text)) &&
    isHeadingLine(line.text.replace(LETTER, '$2'))
  )
    return true;
  return !!(line.size && ctx.bodySize && line.size >= ctx.bodySize * 1.15);
}

export function headingContext(
  blocks: Block[],
  bodySize: number | null | undefined,
  styledHeadings = false,
): HeadingContext {
  let count = 0;
  let hasFonts = false;
  let hasBold = false;
  let italicNumbered = false;
  for (const b of blocks)
    for (const l of b.lines) {
      count++;
      if (l.size !== undefined) hasFonts = true;
      if (l.bold) hasBold = true;
      if (l.italic && !l.bold && LETTER.test(l.text)) italicNumbered = true;
    }
  const fullWidth = count ? lengthAtRank(blocks, Math.floor(count * 0.9)) : 80;
  return {
    fullWidth: Math.max(fullWidth, 20),
    styled: styledHeadings || (hasFonts && hasBold),
    bodySize: bodySize ?? null,
    boldHeadings: hasBold && !italicNumbered,
  };
}

/** Line lengths up to this are counted in a table; a longer line sends the rank to a sort. */
const COUNTED_LENGTH = 2048;

/** The line length at `rank` in ascending order (as if all lengths were sorted), by counting. */
function lengthAtRank(blocks: Block[], rank: number): number {
  const counts = new Uint32Array(COUNTED_LENGTH + 1);
  for (const b of blocks)
    for (const l of b.lines) {
      const n = l.text.length;
      if (n > COUNTED_LENGTH)
        return blocks.flatMap((x) => x.lines.map((y) => y.text.length)).sort((p, q) => p - q)[rank];
      counts[n]++;
    }
  let seen = 0;
  for (let n = 0; n <= COUNTED_LENGTH; n++) {
    seen += counts[n];
    if (seen > rank) return n;
  }
  return COUNTED_LENGTH;
}

export function numbered(text: string): Pick<HeadingMatch, 'number' | 'style' | 'depth' | 'text'> | null {
  // Each pattern needs its own first character (a digit; A to H; I, V or X; a to h): most lines have none.
  const c = text.charCodeAt(0);
  const digit = c >= 0x30 && c <= 0x39;
  const capital = c >= 0x41 && c <= 0x48;
  if (!digit && !capital && c !== 0x49 && c !== 0x56 && c !== 0x58 && !(c >= 0x61 && c <= 0x68)) return null;
  const m = digit ? NUMBERED.exec(text) : null;
  if (m) {
    // "2024 was een jaar" is not a heading: numbers are small, and a year is no section number.
    if (Number(m[1].split('.')[0]) > 30) return null;
    return { number: m[1], style: 'arabic', depth: m[1].split('.').length, text: m[3] };
  }
  if (capital) {
    const a = CAPITAL_LETTER.exec(text);
    return a ? { number: a[1], style: 'letter', depth: 1, text: a[2] } : null;
  }
  const r = ROMAN.exec(text);
  if (r) return { number: r[1], style: 'roman', depth: 1, text: r[2] };
  const l = LETTER.exec(text);
  if (l) return { number: l[1], style: 'letter', depth: 1, text: l[2] };
  return null;
}

/** A line that can stand alone as an unnumbered heading: short, no closing punctuation, no sentence. */
export function isHeadingLine(text: string, maxWords = 10): boolean {
  if (!headingLike(text)) return false;
  const n = words(text);
  return n <= maxWords && !FUNCTION_WORD_END.test(text) && !(n >= 8 && FINITE_VERB.test(` ${text} `));
}

/**
 * A run-in label: one to three words ending in a colon, that names what the paragraph under it is
 * about ("Energietransitie:", "Circulaire economie:"). A longer line ending in a colon announces a
 * list or a quote ("Het betreft de volgende onderwerpen:") and is text.
 */
const RUN_IN_LABEL = /^\p{Lu}[\p{L}’'-]*(?:,? (?:[\p{L}’'-]+)){0,2}:$/u;
export function isRunInLabel(text: string): boolean {
  return text.length <= 48 && RUN_IN_LABEL.test(text) && !FUNCTION_WORD_END.test(text.slice(0, -1));
}

const MAX_HEADING_LENGTH = 160;

/** Heading-like text; a heading may be a short question: "Draagmoederschap of adoptie?" (`endMark` is "?"). */
export function headingLike(text: string): boolean {
  if (text.length === 0 || text.length > MAX_HEADING_LENGTH || !startsUpper(text) || startsWithBullet(text))
    return false;
  const question = endMark(text) === 0x3f;
  const closed = terminal(text);
  if (closed && !question) return false;
  const n = words(text);
  return n <= MAX_WORDS && (!closed || n <= 8) && !neverHeading(text);
}

/**
 * The heading at the start of a block, if any. `next` is the block after this one (a heading
 * alone in its block must be followed by running text).
 */
/**
 * A heading may be followed by its first subheading, lettered or numbered, rather than by text:
 * "2. Uitkomsten tussentijdse evaluatie" / "a. Bestuurlijke afspraken ...", "3. Opgave" / "3.1 De regio".
 */
export const SUBHEADING_START = /^(?:[a-z][.)]|\d{1,2}(?:\.\d{1,2})+\.?)\s+\p{Lu}/u;

export function blockHeading(
  block: Block,
  next: Block | undefined,
  ctx: HeadingContext,
): HeadingMatch | null {
  const lines = block.lines;
  const first = lines[0];
  const after = (n: number) => lines[n]?.text ?? next?.lines[0]?.text;
  const followedByText = (n: number) => {
    const t = after(n);
    return t !== undefined && (startsUpper(t) || startsWithBullet(t) || SUBHEADING_START.test(t));
  };

  if (ctx.styled) {
    // PDF: heading lines are styled; take the styled run at the block start (at most three lines).
    const run: Line[] = [];
    for (const l of lines) {
      if (!styled(l, ctx) || run.length >= 3 || (run.length > 0 && styleKey(l) !== styleKey(run[0]))) break;
      run.push(l);
    }
    if (run.length === 0) return null;
    const text = run.map((l) => l.text).join(' ');
    const num = numbered(text);
    if (num?.text && !terminal(num.text) && words(num.text) <= MAX_WORDS) {
      return { ...num, lines: run, size: first.size };
    }
    if (!headingLike(text) || !followedByText(run.length)) return null;
    return { number: null, style: null, depth: 0, text, lines: run, size: first.size };
  }

  // Numbered heading: one line (or two when the first is full).
  const num = numbered(first.text);
  if (num && /^\p{Lu}/u.test(num.text)) {
    const run = [first];
    let text = num.text;
    if (
      lines[1] &&
      first.text.length >= ctx.fullWidth * 0.7 &&
      !terminal(text) &&
      headingLike(`${text} ${lines[1].text}`) &&
      followedByText(2)
    ) {
      run.push(lines[1]);
      text = `${text} ${lines[1].text}`;
    }
    if (headingLike(text) && followedByText(run.length)) return { ...num, text, lines: run };
    return null;
  }

  // A run-in label on its own line, followed by running text (not by the items of a list).
  if (isRunInLabel(first.text)) {
    const t = after(1);
    if (t === undefined || t.length < ctx.fullWidth * 0.5 || !startsUpper(t) || numbered(t)) return null;
    return { number: null, style: null, depth: 0, text: first.text.slice(0, -1), lines: [first] };
  }

  // Unnumbered: short line(s) without closing punctuation, followed by running text.
  // A wrapped heading's first line may end in a comma ("... Stedendriehoek," / "Twente en Limburg Centraal").
  if (!headingLike(first.text.endsWith(',') ? first.text.slice(0, -1) : first.text)) return null;
  const run = [first];
  let runLength = first.text.length;
  while (run.length < 3) {
    const last = run[run.length - 1];
    const cand = lines[run.length];
    if (!cand || last.text.length < ctx.fullWidth * 0.7 || hardTerminal(last.text)) break;
    // Longer than a heading can be (headingLike's first test): no need to build the string.
    if (runLength + 1 + cand.text.length > MAX_HEADING_LENGTH) break;
    if (!headingLike(`${run.map((l) => l.text).join(' ')} ${cand.text}`)) break;
    run.push(cand);
    runLength += 1 + cand.text.length;
  }
  const last = run[run.length - 1];
  // The tests below only reject, so the cheap ones go first.
  // The heading's last line is short: a full line without punctuation is a wrapped paragraph.
  if (last.text.length >= ctx.fullWidth * 0.9 && lines.length > run.length) return null;
  // A line ends early either because it ends a heading or because the next word did not fit:
  // if the next line's first word would have fit, the break is real.
  const following = lines[run.length]?.text;
  if (following) {
    const space = following.indexOf(' ');
    const firstWord = space < 0 ? following.length : space;
    if (last.text.length + 1 + firstWord > ctx.fullWidth) return null;
  }
  if (!followedByText(run.length)) return null;
  const text = run.length === 1 ? first.text : run.map((l) => l.text).join(' ');
  if (!headingLike(text) || FUNCTION_WORD_END.test(text)) return null;
  if (words(text) >= 8 && FINITE_VERB.test(` ${text} `)) return null;
  return { number: null, style: null, depth: 0, text, lines: run };
}
