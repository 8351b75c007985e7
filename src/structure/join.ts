/**
 * Joining lines into running text. Dutch compound hyphens stay: "Noord-" + "Holland" is
 * "Noord-Holland", "NOVEX-" + "verstedelijkingsgebieden" is "NOVEX-verstedelijkingsgebieden";
 * "Noord-" + "en Midden-Limburg" keeps its space ("Noord- en Midden-Limburg").
 */
import { isSpaceCode, NOT_COLLAPSED, WHITESPACE_RUN } from '../chars.js';
import type { Marker, Paragraph } from '../model/document.js';
import type { Line } from '../model/page.js';

const LETTER_HYPHEN_END = /\p{L}[-‐]$/u;
const CONJUNCTION_START = /^(?:en|of|tot|als|dan|t\/m)\s/;
/** `\p{L}[-‐]$`: only the last two code points can match, so only they are tested. */
function endsInLetterHyphen(s: string): boolean {
  const c = s.charCodeAt(s.length - 1);
  return (c === 0x2d || c === 0x2010) && LETTER_HYPHEN_END.test(s.slice(-3));
}

export function joinLines(lines: Line[]): Paragraph {
  // Parts joined once at the end: testing or slicing a growing string would flatten it each time.
  const parts: string[] = [];
  let length = 0;
  let previous = '';
  const pageStarts: Array<[number, number]> = [];
  const markers: Marker[] = [];
  let lastPage: number | null = null;
  for (const line of lines) {
    const t = squash(line.text);
    if (!t) continue;
    let sep = '';
    if (length > 0) sep = endsInLetterHyphen(previous) && !CONJUNCTION_START.test(t) ? '' : ' ';
    const offset = length + sep.length;
    if (line.page !== null && line.page !== lastPage) {
      pageStarts.push([offset, line.page]);
      lastPage = line.page;
    }
    if (line.markers !== undefined && line.markers.length > 0) {
      const lead = leadingSpace(line.text);
      for (const [at, n] of line.markers)
        markers.push({ number: n, offset: offset + Math.max(0, at - lead) });
    }
    if (sep) parts.push(sep);
    parts.push(t);
    length += sep.length + t.length;
    previous = t;
  }
  const text = parts.length === 1 ? parts[0] : parts.join('');
  return new JoinedParagraph(text, pageStarts[0]?.[1] ?? lines[0]?.page ?? null, pageStarts, markers);
}

/**
 * A paragraph joinLines made. Its text is squashed already: every line is squashed (single spaces,
 * none at either end, nothing else white) and joined with one space or none, so squash() would
 * return it unchanged. The paragraph keeps that text in a private field (no property: JSON, spreads
 * and equality see the four fields of a Paragraph) to tell whether its text has been replaced since.
 */
class JoinedParagraph implements Paragraph {
  text: string;
  page: number | null;
  pageStarts: Array<[number, number]>;
  markers: Marker[];
  readonly #squashed: string;
  constructor(text: string, page: number | null, pageStarts: Array<[number, number]>, markers: Marker[]) {
    this.text = text;
    this.page = page;
    this.pageStarts = pageStarts;
    this.markers = markers;
    this.#squashed = text;
  }
  static isSquashed(p: Paragraph): boolean {
    return p instanceof JoinedParagraph && p.#squashed === p.text;
  }
}

/**
 * Whether a paragraph's text is squashed (`squash(p.text) === p.text`) as joinLines made it: the
 * whitespace scan is spared for a paragraph whose text has not been replaced since.
 */
export const isSquashed = (p: Paragraph): boolean => JoinedParagraph.isSquashed(p);

/** squash(p.text), without reading a text joinLines squashed (see isSquashed). */
export const squashedText = (p: Paragraph): string => (isSquashed(p) ? p.text : squash(p.text));

/** Length of the whitespace `trimStart` removes. */
function leadingSpace(s: string): number {
  let i = 0;
  while (i < s.length && isSpaceCode(s.charCodeAt(i))) i++;
  return i;
}

/** Whitespace-normalise a string: single spaces, trimmed. */
export const squash = (s: string): string =>
  (NOT_COLLAPSED.test(s) ? s.replace(WHITESPACE_RUN, ' ') : s).trim();
