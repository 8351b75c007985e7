/**
 * Joining lines into running text. Dutch compound hyphens stay: "Noord-" + "Holland" is
 * "Noord-Holland", "NOVEX-" + "verstedelijkingsgebieden" is "NOVEX-verstedelijkingsgebieden";
 * "Noord-" + "en Midden-Limburg" keeps its space ("Noord- en Midden-Limburg").
 */
import type { Marker, Paragraph } from '../model/document.js';
import type { Line } from '../model/page.js';

const HYPHEN_END = /\p{L}[-‐]$/u;
const CONJUNCTION_START = /^(?:en|of|tot|als|dan|t\/m)\s/;
const WHITESPACE_RUN = /\s+/g;
/** Whitespace other than single spaces: most lines have none, and need no replacing. */
const NOT_COLLAPSED = /\s\s|[^\S ]/;

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
    if (length > 0) sep = HYPHEN_END.test(previous) && !CONJUNCTION_START.test(t) ? '' : ' ';
    const offset = length + sep.length;
    if (line.page !== null && line.page !== lastPage) {
      pageStarts.push([offset, line.page]);
      lastPage = line.page;
    }
    const lead = line.text.length - line.text.trimStart().length;
    for (const [at, n] of line.markers ?? [])
      markers.push({ number: n, offset: offset + Math.max(0, at - lead) });
    parts.push(sep, t);
    length += sep.length + t.length;
    previous = t;
  }
  const text = parts.join('');
  return { text, page: pageStarts[0]?.[1] ?? lines[0]?.page ?? null, pageStarts, markers };
}

/** Whitespace-normalise a string: single spaces, trimmed. */
export const squash = (s: string): string =>
  (NOT_COLLAPSED.test(s) ? s.replace(WHITESPACE_RUN, ' ') : s).trim();
