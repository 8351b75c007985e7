/** Text helpers of the Markdown report. */

/** A table cell: pipes escaped, on one line, a dash when empty. */
export const cell = (s: string | null | undefined) =>
  (s ?? '').replace(/\|/g, '\\|').replace(/\s+/g, ' ').trim() || '—';
export const fmtNumber = (n: number) => n.toLocaleString('nl-NL', { maximumFractionDigits: 2 });

export function short(s: string, n = 80): string {
  return s.length <= n ? s : `${s.slice(0, n - 1).replace(/\s+\S*$/, '')}…`;
}

/** Mermaid timeline text may not contain ':' or '#' or ';'. */
export function mermaidText(s: string): string {
  return s.replace(/[:;#]/g, ' ').replace(/\s+/g, ' ').trim();
}
