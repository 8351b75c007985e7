/**
 * The Markdown report's section of each fact kind (model/facts.ts): a title, and lines for a
 * letter that has facts of the kind. The commitments come before the letter's sections, the other
 * kinds after them, in the kinds' order.
 */
import type { FactKey } from '../model/facts.js';
import type { Amount, Commitment, Letter, Region, Section } from '../model/letter.js';
import { byDueDate, dateValue } from './due.js';
import { cell, fmtNumber, mermaidText, short } from './markdown-text.js';

export interface FactSection<K extends FactKey> {
  /** Before the letter's sections (the commitments: what a reader looks for first). */
  beforeSections: boolean;
  /** The section's lines, its heading first; only called when the letter has facts of the kind. */
  render(facts: Letter[K], letter: Letter, title: string): string[];
}

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

export const FACT_SECTIONS: { [K in FactKey]: FactSection<K> } = {
  commitments: {
    beforeSections: true,
    render(commitments, _letter, title) {
      const out: string[] = [];
      const sorted = byDueDate(commitments);
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
      return out;
    },
  },
  regions: {
    beforeSections: false,
    render(regions) {
      const out = ['## Regions', ''];
      for (const type of Object.keys(REGION_TYPE_TITLES) as Region['type'][]) {
        const list = regions.filter((r) => r.type === type);
        if (list.length === 0) continue;
        out.push(
          `**${REGION_TYPE_TITLES[type]}:** ${list.map((r) => `${r.name}${r.code ? ` (${r.code})` : ''} ×${r.mentions}`).join(', ')}`,
          '',
        );
      }
      return out;
    },
  },
  amounts: {
    beforeSections: false,
    render(amounts, letter) {
      const sections = new Map(letter.sections.map((s) => [s.id, s]));
      const out = [
        '## Amounts',
        '',
        '| Amount | Value | Unit | Per | Section | In the sentence |',
        '| --- | --- | --- | --- | --- | --- |',
      ];
      for (const a of amounts) {
        const value =
          a.valueMax !== undefined ? `${fmtNumber(a.value)} – ${fmtNumber(a.valueMax)}` : fmtNumber(a.value);
        out.push(
          `| ${cell(a.text)} | ${value} | ${cell(a.unit)} | ${cell(a.per)} | ${cell(sectionLabel(sections.get(a.sectionId)))} | ${inSentence(a)} |`,
        );
      }
      out.push('');
      return out;
    },
  },
  references: {
    beforeSections: false,
    render(references) {
      const out = ['## References', ''];
      for (const r of references) {
        const id = [r.dossier, r.number ? `nr. ${r.number}` : null, r.session].filter(Boolean).join(', ');
        out.push(`- ${r.kind}${r.member ? ` (${r.member})` : ''}: ${r.text}${id ? ` — ${id}` : ''}`);
      }
      out.push('');
      return out;
    },
  },
  footnotes: {
    beforeSections: false,
    render(footnotes) {
      const out = ['## Footnotes', ''];
      for (const f of footnotes) out.push(`${f.number}. ${f.text}${f.page ? ` *(p. ${f.page})*` : ''}`);
      out.push('');
      return out;
    },
  },
};

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
