/**
 * The Markdown report a person reads: title (the subject; the file name when there is none),
 * metadata table, commitments (a table by due date and a Mermaid timeline of the dated ones),
 * sections with their topics (lists kept as lists), regions by type, amounts (each with its
 * section and sentence), references, footnotes and warnings. It only formats; it decides nothing.
 */
import { FACT_KEYS, type FactKey } from '../model/facts.js';
import type { Letter } from '../model/letter.js';
import { FACT_SECTIONS, type FactSection } from './fact-sections.js';
import { textToMarkdown } from './lists.js';
import { cell } from './markdown-text.js';

export function renderMarkdown(letter: Letter): string {
  const md = letter.metadata;
  const out: string[] = [];
  const title = titleOf(letter);
  out.push(`# ${title}`, '');
  out.push('| Field | Value |', '| --- | --- |');
  const signers = md.signatories.map((s) => [s.name, s.role].filter(Boolean).join(', ')).join('; ');
  const rows: Array<[string, string | null]> = [
    ['Date', md.date],
    ['Reference', md.reference],
    ['Subject', md.subject],
    ['Ministry', md.ministry],
    ['Addressee', md.addressee],
    ['Kamerstuk', md.kamerstuk ? `${md.kamerstuk.dossier}, nr. ${md.kamerstuk.number}` : null],
    ['Signed by', signers || null],
    [
      'Source',
      `${letter.source.path} (${letter.source.format}${letter.source.pages ? `, ${plural(letter.source.pages, 'page')}` : ''})`,
    ],
  ];
  for (const [k, v] of rows) out.push(`| ${k} | ${cell(v)} |`);
  out.push('');

  for (const key of FACT_KEYS)
    if (FACT_SECTIONS[key].beforeSections) out.push(...factSection(key, letter, title));

  out.push('## Sections', '');
  for (const s of letter.sections) {
    if (s.heading) {
      const hashes = '#'.repeat(Math.min(6, s.level + 2));
      out.push(`${hashes} ${s.number ? `${s.number}. ` : ''}${s.heading}`, '');
    }
    const meta = [
      s.topics.length ? `Topics: ${s.topics.join(', ')}` : null,
      s.page ? `page ${s.page}` : null,
    ].filter(Boolean);
    if (meta.length) out.push(`*${meta.join(' · ')}*`, '');
    if (s.text) out.push(textToMarkdown(s.text), '');
  }

  for (const key of FACT_KEYS)
    if (!FACT_SECTIONS[key].beforeSections) out.push(...factSection(key, letter, title));
  if (letter.warnings.length > 0) {
    out.push('## Warnings', '');
    for (const w of letter.warnings)
      out.push(`- \`${w.code}\`${w.page ? ` (p. ${w.page})` : ''}: ${w.message}`);
    out.push('');
  }
  return `${out
    .join('\n')
    .replace(/\n{3,}/g, '\n\n')
    .trimEnd()}\n`;
}

/** The subject; without one the file name; for standard input the Kamerstuk or the date. */
function titleOf(letter: Letter): string {
  const md = letter.metadata;
  const file = letter.source.path === '-' ? '' : (letter.source.path.split(/[\\/]/).pop() ?? '');
  return (
    md.subject ??
    (file ||
      (md.kamerstuk ? `Kamerstuk ${md.kamerstuk.dossier}, nr. ${md.kamerstuk.number}` : null) ||
      (md.date ? `Kamerbrief van ${md.date}` : null) ||
      'Kamerbrief')
  );
}

function plural(n: number, word: string): string {
  return `${n} ${word}${n === 1 ? '' : 's'}`;
}

/** A fact kind's section (fact-sections.ts), or nothing when the letter has no facts of the kind. */
function factSection<K extends FactKey>(key: K, letter: Letter, title: string): string[] {
  const facts = letter[key];
  if (facts.length === 0) return [];
  return (FACT_SECTIONS[key] as FactSection<K>).render(facts, letter, title);
}
