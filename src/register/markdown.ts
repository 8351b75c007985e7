/**
 * register.md: a summary to read. Counts by status, kind and topic; every link with both letters and
 * both sentences; the overdue commitments by due date. Text from the letters is escaped for table
 * cells (pipes, line breaks) and for Markdown's own characters.
 */
import type { Register } from './schema.js';

/** A table cell: no line breaks, pipes and Markdown markup escaped, long text cut at a word. */
export function cell(text: string | null | undefined, max = 300): string {
  let t = (text ?? '').replace(/\s+/g, ' ').trim();
  if (t.length > max) t = `${t.slice(0, t.lastIndexOf(' ', max) > 0 ? t.lastIndexOf(' ', max) : max)} …`;
  return t.replace(/([\\`*_[\]<>|#])/g, '\\$1');
}

function countTable(title: string, counts: Record<string, number>): string[] {
  const rows = Object.entries(counts).sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1));
  if (rows.length === 0) return [`### ${title}`, '', 'none', ''];
  return [
    `### ${title}`,
    '',
    `| ${title.toLowerCase()} | commitments |`,
    '| --- | ---: |',
    ...rows.map(([k, n]) => `| ${cell(k)} | ${n} |`),
    '',
  ];
}

export function registerMarkdown(register: Register): string {
  const { letters, commitments, links, counts } = register;
  const dated = letters.map((l) => l.date).filter((d): d is string => d !== null);
  const out: string[] = [
    '# Register of commitments',
    '',
    `As of ${register.asOf}: ${letters.length} letter${letters.length === 1 ? '' : 's'}` +
      (dated.length > 0 ? ` (${dated[0]} to ${dated[dated.length - 1]})` : '') +
      `, ${commitments.length} commitment${commitments.length === 1 ? '' : 's'}, ${links.length} link${links.length === 1 ? '' : 's'}.`,
    '',
    'Status on the as-of date: `overdue` (its due date has passed), `due` (within 3 months), `open` (later or no date), ' +
      '`delivered` (a later letter reports it done). A commitment a later letter takes up again has the status of the latest one.',
    '',
    '## Counts',
    '',
    ...countTable('Status', counts.status),
    ...countTable('Kind', counts.kind),
    ...countTable('Topic', counts.topic),
    '## Links',
    '',
  ];
  if (links.length === 0) out.push('No commitment is taken up by a later letter.', '');
  else {
    out.push(
      '| link | earlier letter | earlier sentence | later letter | later sentence | due before → after |',
    );
    out.push('| --- | --- | --- | --- | --- | --- |');
    for (const l of links) {
      const dates = l.type === 'delivered' ? `${l.oldDue ?? '–'}` : `${l.oldDue ?? '–'} → ${l.newDue ?? '–'}`;
      out.push(
        `| ${l.type}${l.cites ? ' (cited)' : ''} | ${cell(l.from.date ?? 'undated')} ${cell(l.from.path)} | ${cell(l.from.sentence)} | ` +
          `${cell(l.to.date ?? 'undated')} ${cell(l.to.path)} | ${cell(l.to.sentence)} | ${dates} |`,
      );
    }
    out.push('', '(cited): the later letter cites the earlier one by its Kamerstuk number.', '');
  }
  const letterOf = new Map(letters.map((l) => [l.id, l]));
  const overdue = commitments
    .filter((c) => c.status === 'overdue')
    .sort((a, b) =>
      (a.due.end ?? '') < (b.due.end ?? '') ? -1 : (a.due.end ?? '') > (b.due.end ?? '') ? 1 : 0,
    );
  out.push('## Overdue', '');
  if (overdue.length === 0) out.push('Nothing is overdue.', '');
  else {
    out.push('| due | letter | ministry | sentence |', '| --- | --- | --- | --- |');
    for (const c of overdue) {
      const l = letterOf.get(c.letter);
      out.push(
        `| ${c.due.end} | ${cell(l?.date ?? 'undated')} ${cell(l?.path)} | ${cell(l?.ministry)} | ${cell(c.text)} |`,
      );
    }
    out.push('');
  }
  return `${out.join('\n')}\n`;
}
