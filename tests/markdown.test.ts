/**
 * The Markdown report (src/render/markdown.ts): commitments by due date, lists kept as lists,
 * amounts told apart by their section and sentence, "1 page", the subject as title, and no
 * internal value (FUTURE_REF) in the Mermaid timeline.
 */
import { describe, expect, it } from 'vitest';
import type { Amount, Commitment, Letter, Section, When } from '../src/model/letter.js';
import { textToMarkdown } from '../src/render/lists.js';
import { renderMarkdown } from '../src/render/markdown.js';
import { corpus } from './helpers.js';

const section = (id: string, heading: string, text = '', number: string | null = null): Section => ({
  id,
  number,
  heading,
  level: 1,
  parent: null,
  topics: [],
  page: null,
  text,
});

const letter = (patch: Partial<Letter> = {}, metadata: Partial<Letter['metadata']> = {}): Letter => ({
  schemaVersion: '1',
  source: { path: 'letters/2024-brief.pdf', sha256: '0', format: 'pdf', pages: 3 },
  metadata: {
    date: '2024-11-12',
    reference: null,
    subject: 'Uitkomsten BO’s Leefomgeving 2024',
    ministry: null,
    signatories: [],
    kamerstuk: null,
    addressee: null,
    ...metadata,
  },
  sections: [section('s1', '')],
  commitments: [],
  regions: [],
  amounts: [],
  references: [],
  footnotes: [],
  warnings: [],
  ...patch,
});

const when = (
  text: string,
  timex: string | null,
  start: string | null,
  end: string | null,
  modifier: When['modifier'] = null,
): When => ({
  text,
  timex,
  modifier,
  start,
  end,
  relative: false,
});

const commitment = (id: string, w: When): Commitment => ({
  id,
  text: `Wij doen dit ${w.text}.`,
  when: w,
  sectionId: 's1',
  page: 1,
  regions: [],
  kind: 'promise',
  actor: { text: 'wij', normalized: 'kabinet', government: true },
  action: 'doen',
  deliverable: { text: 'dit', key: 'dit' },
  toParliament: false,
});

/** The report's part from `## title` up to the next `## `. */
const part = (md: string, title: string) => {
  const from = md.indexOf(`## ${title}`);
  const next = md.indexOf('\n## ', from + 3);
  return md.slice(from, next < 0 ? undefined : next);
};

describe('lists in section text', () => {
  const { cases } = corpus<{ cases: Array<{ name: string; text: string; markdown: string }> }>(
    'markdown-lists',
  );
  it.each(cases.map((c) => [c.name, c] as const))('%s', (_name, c) => {
    expect(textToMarkdown(c.text)).toBe(c.markdown);
  });

  it('are lists in the report', () => {
    const md = renderMarkdown(letter({ sections: [section('s1', '', (cases[0] as { text: string }).text)] }));
    expect(md).toContain('door:\n\n- Ruimtelijke vraagstukken');
  });
});

describe('commitments: kind and who / what', () => {
  it('shows the kind, the actor, the verb, the object and the Kamer as recipient', () => {
    const c = {
      ...commitment('c1', when('voor de zomer van 2025', '2025-SU', null, '2025-05-31', 'before')),
      actor: { text: null, normalized: null, government: true },
      action: 'sturen',
      deliverable: { text: 'de ontwerp-Nota Ruimte', key: 'ontwerp nota ruimte' },
      toParliament: true,
      kind: 'plan' as const,
    };
    const md = renderMarkdown(letter({ commitments: [c] }));
    expect(md).toContain('| When | Timex | Kind | Who / what | Commitment | Page |');
    expect(md).toContain('| plan | (government): sturen — de ontwerp-Nota Ruimte (to the Kamer) |');
  });
});

describe('commitments', () => {
  const commitments = [
    commitment('c1', when('de komende jaren', 'FUTURE_REF', '2024-11-12', '2029-11-12')),
    commitment('c2', when('in 2026', '2026', '2026-01-01', '2026-12-31')),
    commitment('c3', when('voor de zomer van 2025', '2025-SU', null, '2025-05-31', 'before')),
    commitment('c4', when('binnenkort', null, null, null)),
    commitment('c5', when('vanaf 1 juli 2025', '2025-07-01', '2025-07-01', null, 'after')),
    commitment('c6', when('in het eerste kwartaal van 2025', '2025-Q1', '2025-01-01', '2025-03-31')),
  ];
  const md = renderMarkdown(letter({ commitments }));

  it('are sorted by due date, vague ones last in the order of the letter', () => {
    const order = part(md, 'Commitments')
      .split('\n')
      .filter((l) => l.startsWith('| ') && !l.startsWith('| When') && !l.startsWith('| ---'))
      .map((l) => l.split(' | ')[0]?.slice(2));
    expect(order).toEqual([
      'in het eerste kwartaal van 2025',
      'voor de zomer van 2025',
      'vanaf 1 juli 2025',
      'in 2026',
      'de komende jaren',
      'binnenkort',
    ]);
  });

  it('keep internal values such as FUTURE_REF out of the table and the Mermaid timeline', () => {
    expect(md).not.toContain('FUTURE_REF');
    const timeline = md.slice(md.indexOf('```mermaid'), md.lastIndexOf('```'));
    expect(timeline).toContain('before 2025-SU');
    expect(timeline).not.toMatch(/komende jaren|binnenkort/);
  });
});

describe('amounts', () => {
  const amount = (sentence: string, sectionId: string): Amount => ({
    text: '1 miljoen euro',
    value: 1_000_000,
    unit: 'EUR',
    per: null,
    sentence,
    sectionId,
  });
  const md = renderMarkdown(
    letter({
      sections: [section('s1', ''), section('s2', 'Water', '', '1'), section('s3', 'Energie', '', '2')],
      amounts: [
        amount('Voor de dijkversterking in Limburg is 1 miljoen euro beschikbaar.', 's2'),
        amount('Het kabinet reserveert 1 miljoen euro voor netcongestie.', 's3'),
      ],
    }),
  );

  it('show their section and sentence, so that two equal amounts can be told apart', () => {
    const rows = part(md, 'Amounts')
      .split('\n')
      .filter((l) => l.startsWith('| 1 miljoen euro'));
    expect(rows).toHaveLength(2);
    expect(rows[0]).toContain(
      '| 1. Water | Voor de dijkversterking in Limburg is **1 miljoen euro** beschikbaar. |',
    );
    expect(rows[1]).toContain(
      '| 2. Energie | Het kabinet reserveert **1 miljoen euro** voor netcongestie. |',
    );
  });

  it('cut a long sentence to the words around the amount', () => {
    const long = `${'Dit is een lange aanloop zonder bedrag. '.repeat(8)}Daarom is 1 miljoen euro gereserveerd${' voor van alles en nog wat'.repeat(8)}.`;
    const row = renderMarkdown(letter({ amounts: [amount(long, 's1')] }))
      .split('\n')
      .find((l) => l.startsWith('| 1 miljoen euro')) as string;
    const cellText = row.split(' | ').at(-1) as string;
    expect(cellText).toMatch(/^….*\*\*1 miljoen euro\*\* gereserveerd .*… \|$/);
    expect(cellText.length).toBeLessThan(180);
  });
});

describe('title and source', () => {
  it('says "1 page", not "1 pages"', () => {
    const one = letter();
    one.source.pages = 1;
    expect(renderMarkdown(one)).toContain('(pdf, 1 page) |');
    expect(renderMarkdown(letter())).toContain('(pdf, 3 pages) |');
  });

  it.each([
    ['the subject', {}, 'letters/2024-brief.pdf', '# Uitkomsten BO’s Leefomgeving 2024'],
    [
      'the file name when there is no subject',
      { subject: null, kamerstuk: { dossier: '34682', number: '205' } },
      'letters/2024-brief.pdf',
      '# 2024-brief.pdf',
    ],
    [
      'the Kamerstuk for standard input without a subject',
      { subject: null, kamerstuk: { dossier: '34682', number: '205' } },
      '-',
      '# Kamerstuk 34682, nr. 205',
    ],
  ])('takes %s as title', (_name, metadata, path, title) => {
    const l = letter({}, metadata);
    l.source.path = path;
    expect(renderMarkdown(l).split('\n')[0]).toBe(title);
  });
});
