/**
 * The Markdown report a person reads: title (the subject; the file name when there is none),
 * metadata table, commitments (a table by due date and a Mermaid timeline of the dated ones),
 * sections with their topics (lists kept as lists), regions by type, amounts (each with its
 * section and sentence), references, footnotes and warnings. It only formats; it decides nothing.
 */
import type { Amount, Commitment, Letter, Region, Section } from '../model/letter.js';
import { byDueDate, dateValue } from './due.js';
import { textToMarkdown } from './lists.js';

const cell = (s: string | null | undefined) =>
  (s ?? '').replace(/\|/g, '\\|').replace(/\s+/g, ' ').trim() || '—';
const fmtNumber = (n: number) => n.toLocaleString('nl-NL', { maximumFractionDigits: 2 });

const REGION_TYPE_TITLES: Record<Region['type'], string> = {
  province: 'Provinces',
  municipality: 'Municipalities',
  'novex-area': 'NOVEX areas',
  landsdeel: 'Landsdelen',
  waterschap: 'Waterschappen',
  region: 'Other regions',
};

/** "kabinet: sturen — de ontwerp-Nota Ruimte (to the Kamer)": who acts, the verb, the object. */
function whoWhat(c: Commitment): string {
  const who = c.actor.normalized ?? (c.actor.government ? '(government)' : '—');
  const what = [c.action, c.deliverable.text ? `— ${c.deliverable.text}` : null].filter(Boolean).join(' ');
  return `${who}${what ? `: ${what}` : ''}${c.toParliament ? ' (to the Kamer)' : ''}`;
}

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

  if (letter.commitments.length > 0) {
    const sorted = byDueDate(letter.commitments);
    out.push(
      '## Commitments',
      '',
      '| When | Timex | Kind | Who / what | Commitment | Page |',
      '| --- | --- | --- | --- | --- | --- |',
    );
    for (const c of sorted) {
      const timex = dateValue(c.when);
      out.push(
        `| ${cell(c.when.text)} | ${cell(timex)}${timex && c.when.modifier ? ` (${c.when.modifier})` : ''} | ${c.kind} | ${cell(whoWhat(c))} | ${cell(c.text)} | ${c.page ?? '—'} |`,
      );
    }
    const dated = sorted.filter((c) => dateValue(c.when) !== null);
    if (dated.length > 0) {
      out.push('', '```mermaid', 'timeline', `    title ${mermaidText(title)}`);
      const byTimex = new Map<string, string[]>();
      for (const c of dated) {
        const key = `${c.when.modifier ? `${c.when.modifier} ` : ''}${dateValue(c.when)}`;
        byTimex.set(key, [...(byTimex.get(key) ?? []), c.text]);
      }
      for (const [key, texts] of byTimex)
        out.push(`    ${mermaidText(key)} : ${texts.map((t) => mermaidText(short(t))).join(' : ')}`);
      out.push('```');
    }
    out.push('');
  }

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

  if (letter.regions.length > 0) {
    out.push('## Regions', '');
    for (const type of Object.keys(REGION_TYPE_TITLES) as Region['type'][]) {
      const list = letter.regions.filter((r) => r.type === type);
      if (list.length === 0) continue;
      out.push(
        `**${REGION_TYPE_TITLES[type]}:** ${list.map((r) => `${r.name}${r.code ? ` (${r.code})` : ''} ×${r.mentions}`).join(', ')}`,
        '',
      );
    }
  }
  if (letter.amounts.length > 0) {
    const sections = new Map(letter.sections.map((s) => [s.id, s]));
    out.push(
      '## Amounts',
      '',
      '| Amount | Value | Unit | Per | Section | In the sentence |',
      '| --- | --- | --- | --- | --- | --- |',
    );
    for (const a of letter.amounts) {
      const value =
        a.valueMax !== undefined ? `${fmtNumber(a.value)} – ${fmtNumber(a.valueMax)}` : fmtNumber(a.value);
      out.push(
        `| ${cell(a.text)} | ${value} | ${cell(a.unit)} | ${cell(a.per)} | ${cell(sectionLabel(sections.get(a.sectionId)))} | ${inSentence(a)} |`,
      );
    }
    out.push('');
  }
  if (letter.references.length > 0) {
    out.push('## References', '');
    for (const r of letter.references) {
      const id = [r.dossier, r.number ? `nr. ${r.number}` : null, r.session].filter(Boolean).join(', ');
      out.push(`- ${r.kind}${r.member ? ` (${r.member})` : ''}: ${r.text}${id ? ` — ${id}` : ''}`);
    }
    out.push('');
  }
  if (letter.footnotes.length > 0) {
    out.push('## Footnotes', '');
    for (const f of letter.footnotes) out.push(`${f.number}. ${f.text}${f.page ? ` *(p. ${f.page})*` : ''}`);
    out.push('');
  }
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

function sectionLabel(s: Section | undefined): string | null {
  if (!s) return null;
  if (!s.heading) return '(opening)';
  return `${s.number ? `${s.number}. ` : ''}${s.heading}`;
}

/** The amount's sentence, the amount in bold; a long sentence cut to the words around it. */
function inSentence(a: Amount, max = 160): string {
  const sentence = a.sentence.replace(/\s+/g, ' ').trim();
  const text = a.text.replace(/\s+/g, ' ').trim();
  const at = sentence.indexOf(text);
  if (at < 0) return cell(short(sentence, max));
  let from = 0;
  let to = sentence.length;
  if (sentence.length > max) {
    const room = Math.max(0, max - text.length);
    from = Math.max(0, at - Math.floor(room / 2));
    to = Math.min(sentence.length, from + text.length + room);
    from = Math.max(0, to - text.length - room);
  }
  let before = sentence.slice(from, at);
  let after = sentence.slice(at + text.length, to);
  if (from > 0) before = `…${before.replace(/^\S*\s/, '')}`;
  if (to < sentence.length) after = `${after.replace(/\s\S*$/, '')}…`;
  const esc = (t: string) => t.replace(/\|/g, '\\|');
  return `${esc(before)}**${esc(text)}**${esc(after)}`;
}

function short(s: string, n = 80): string {
  return s.length <= n ? s : `${s.slice(0, n - 1).replace(/\s+\S*$/, '')}…`;
}

/** Mermaid timeline text may not contain ':' or '#' or ';'. */
function mermaidText(s: string): string {
  return s.replace(/[:;#]/g, ' ').replace(/\s+/g, ' ').trim();
}
