/**
 * Headings. The strongest signal wins: explicit numbering ("1. Voortgang NOVEX", "2.3 ...",
 * roman "II. ..."), then style (PDF: bold or larger than the body font), then form (text:
 * a short line without closing punctuation at the start of a block, followed by running text;
 * a heading may wrap over two or three lines).
 */
import type { Block } from '../model/document.js';
import type { Line } from '../model/page.js';

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
}

const NUMBERED = /^(\d{1,2}(?:\.\d{1,2}){0,3})(\.?)\s+(\S.*)$/;
const ROMAN = /^([IVX]{1,4})[.)]\s+(\S.*)$/;
const LETTER = /^([a-h])\)\s+(\S.*)$/;
const TERMINAL = /[.!?:;,]["'’”)]*$/;
const HARD_TERMINAL = /[.!?:;]["'’”)]*$/;
const BULLET = /^[•▪◦·●○■□➢►✓*–-]\s/;
/** A wrapped paragraph line ends in a function word; a heading does not. */
const FUNCTION_WORD_END =
  /\s(?:de|het|een|en|of|van|voor|in|op|aan|met|te|om|dat|die|dit|deze|bij|naar|door|uit|over|tot|als|is|zijn|wordt|worden|er|ook|niet|we|wij|ik|zij|u|uw|onze|ons|mijn|haar|hun|welke|zo|al|nog|meer|dan|maar|wel|tussen|tegen|onder|binnen|zonder|sinds|na|per|via|zoals|waar|wat|hoe|omdat|zodat|terwijl|waarbij|waarin)$/i;
/** A long line with a finite verb is a sentence, not a heading. */
const FINITE_VERB =
  /\s(?:is|zijn|wordt|worden|heeft|hebben|zal|zullen|kan|kunnen|moet|moeten|gaat|gaan|werd|werden|was|waren|heb|wil|willen)\s/i;
const MAX_WORDS = 16;

const words = (s: string) => s.split(/\s+/).filter(Boolean).length;
const startsUpper = (s: string) => /^[\p{Lu}\d"“‘'(]/u.test(s);

/** Lines of one heading share their style: weight, slant and size. */
export const styleKey = (l: Line) => `${!!l.bold}|${!!l.italic}|${Math.round(l.size ?? 0)}`;

function styled(line: Line, ctx: HeadingContext): boolean {
  if (line.bold) return true;
  // Italic subheadings ("a) Inhoud voorstel"): a short italic line that reads as a heading.
  if (line.italic && isHeadingLine(line.text.replace(LETTER, '$2'))) return true;
  return !!(line.size && ctx.bodySize && line.size >= ctx.bodySize * 1.15);
}

export function headingContext(
  blocks: Block[],
  bodySize: number | null | undefined,
  styledHeadings = false,
): HeadingContext {
  const lengths = blocks.flatMap((b) => b.lines.map((l) => l.text.length)).sort((a, b) => a - b);
  const fullWidth = lengths.length ? lengths[Math.floor(lengths.length * 0.9)] : 80;
  const lines = blocks.flatMap((b) => b.lines);
  const hasFonts = lines.some((l) => l.size !== undefined);
  return {
    fullWidth: Math.max(fullWidth, 20),
    styled: styledHeadings || (hasFonts && lines.some((l) => l.bold)),
    bodySize: bodySize ?? null,
  };
}

function numbered(text: string): Pick<HeadingMatch, 'number' | 'style' | 'depth' | 'text'> | null {
  const m = NUMBERED.exec(text);
  if (m) {
    // "2024 was een jaar" is not a heading: numbers are small, and a year is no section number.
    if (Number(m[1].split('.')[0]) > 30) return null;
    return { number: m[1], style: 'arabic', depth: m[1].split('.').length, text: m[3] };
  }
  const r = ROMAN.exec(text);
  if (r) return { number: r[1], style: 'roman', depth: 1, text: r[2] };
  const l = LETTER.exec(text);
  if (l) return { number: l[1], style: 'letter', depth: 1, text: l[2] };
  return null;
}

/** A line that can stand alone as an unnumbered heading: short, no closing punctuation, no sentence. */
export function isHeadingLine(text: string): boolean {
  return (
    headingLike(text) &&
    words(text) <= 10 &&
    !FUNCTION_WORD_END.test(text) &&
    !(words(text) >= 8 && FINITE_VERB.test(` ${text} `))
  );
}

/** A heading may be a short question: "Draagmoederschap of adoptie?". */
const QUESTION = /\?["'’”)]*$/;

function headingLike(text: string): boolean {
  return (
    text.length > 0 &&
    text.length <= 160 &&
    words(text) <= MAX_WORDS &&
    (!TERMINAL.test(text) || (QUESTION.test(text) && words(text) <= 8)) &&
    !BULLET.test(text) &&
    startsUpper(text)
  );
}

/**
 * The heading at the start of a block, if any. `next` is the block after this one (a heading
 * alone in its block must be followed by running text).
 */
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
    return t !== undefined && (startsUpper(t) || BULLET.test(t));
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
    if (num?.text && !TERMINAL.test(num.text) && words(num.text) <= MAX_WORDS) {
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
      !TERMINAL.test(text) &&
      headingLike(`${text} ${lines[1].text}`) &&
      followedByText(2)
    ) {
      run.push(lines[1]);
      text = `${text} ${lines[1].text}`;
    }
    if (headingLike(text) && followedByText(run.length)) return { ...num, text, lines: run };
    return null;
  }

  // Unnumbered: short line(s) without closing punctuation, followed by running text.
  // A wrapped heading's first line may end in a comma ("... Stedendriehoek," / "Twente en Limburg Centraal").
  if (!headingLike(first.text.replace(/,$/, ''))) return null;
  const run = [first];
  while (run.length < 3) {
    const last = run[run.length - 1];
    const cand = lines[run.length];
    if (!cand || last.text.length < ctx.fullWidth * 0.7 || HARD_TERMINAL.test(last.text)) break;
    if (!headingLike(`${run.map((l) => l.text).join(' ')} ${cand.text}`)) break;
    run.push(cand);
  }
  const text = run.map((l) => l.text).join(' ');
  const last = run[run.length - 1];
  if (!headingLike(text) || FUNCTION_WORD_END.test(text)) return null;
  if (words(text) >= 8 && FINITE_VERB.test(` ${text} `)) return null;
  // The heading's last line is short: a full line without punctuation is a wrapped paragraph.
  if (last.text.length >= ctx.fullWidth * 0.9 && lines.length > run.length) return null;
  // A line ends early either because it ends a heading or because the next word did not fit:
  // if the next line's first word would have fit, the break is real.
  const following = lines[run.length]?.text;
  if (following) {
    const firstWord = following.split(' ')[0];
    if (last.text.length + 1 + firstWord.length > ctx.fullWidth) return null;
  }
  if (!followedByText(run.length)) return null;
  return { number: null, style: null, depth: 0, text, lines: run };
}
