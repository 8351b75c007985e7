/**
 * The register's files keep the letters' text as text: HTML and SVG escape it, Markdown table cells
 * keep their shape, the CSV quotes it. The letter here is made by hand, with markup in its text.
 */
import { describe, expect, it } from 'vitest';
import type { Letter } from '../src/model/letter.js';
import { buildRegister } from '../src/register/build.js';
import { registerCsv } from '../src/register/csv.js';
import { digestLetter } from '../src/register/digest.js';
import { registerHtml } from '../src/register/html.js';
import { registerMarkdown } from '../src/register/markdown.js';

const HOSTILE = 'Voor de zomer van 2025 stuur ik uw Kamer het rapport <img src=x onerror=alert(1)> | "x", y.';

function letter(): Letter {
  return {
    schemaVersion: '1',
    source: { path: 'a.txt', sha256: '0', format: 'text', pages: null },
    metadata: {
      date: '2025-01-10',
      reference: null,
      subject: 'Brief </script><script>alert(2)</script>',
      ministry: 'Ministerie "X" & <Y>',
      signatories: [],
      kamerstuk: { dossier: '12345', number: '1' },
      addressee: null,
    },
    sections: [
      {
        id: 's0',
        number: null,
        heading: '',
        level: 1,
        parent: null,
        topics: ['water'],
        page: null,
        text: HOSTILE,
      },
    ],
    commitments: [
      {
        id: 'c1',
        text: HOSTILE,
        when: {
          text: 'Voor de zomer van 2025',
          timex: '2025-SU',
          modifier: 'before',
          start: null,
          end: '2025-05-31',
          relative: false,
        },
        sectionId: 's0',
        page: null,
        regions: [],
        kind: 'promise',
        actor: { text: 'ik', normalized: 'minister', government: true },
        action: 'sturen',
        deliverable: { text: null, key: null },
        toParliament: true,
      },
    ],
    regions: [],
    amounts: [],
    references: [],
    footnotes: [],
    warnings: [],
  };
}

const register = buildRegister([digestLetter(letter(), 'a.txt', null)], { asOf: '2025-03-01', version: 't' });

describe('register output escapes the letters text', () => {
  it('HTML: no markup from the letter reaches the page', () => {
    const html = registerHtml(register);
    expect(html).not.toContain('<img');
    expect(html).not.toContain('<script>alert');
    expect(html).toContain('&lt;img src=x onerror=alert(1)&gt;');
    expect(html).toContain('Ministerie &quot;X&quot; &amp; &lt;Y&gt;');
    // The page's own script is the only one.
    expect(html.match(/<script>/g)).toHaveLength(1);
    // Who does what, under the sentence; no "what" when the extractor named no deliverable.
    expect(html).toContain('<div class="detail"><b>who</b> minister · <b>does</b> sturen</div>');
  });

  it('Markdown: a pipe in the text does not split the table cell', () => {
    expect(register.commitments[0]?.status).toBe('due');
    expect(registerMarkdown(register)).toContain('| due | 1 |');
    // Overdue later on: the row lists it, with four cells (five pipes that are not escaped).
    const later = buildRegister([digestLetter(letter(), 'a.txt', null)], {
      asOf: '2025-07-01',
      version: 't',
    });
    const md = registerMarkdown(later);
    const row = md.split('\n').find((l) => l.includes('stuur ik uw Kamer')) ?? '';
    expect(row.match(/(?<!\\)\|/g)).toHaveLength(5);
    expect(row).toContain('\\<img src=x onerror=alert(1)\\> \\| "x", y.');
  });

  it('CSV: the sentence is one quoted field', () => {
    const csv = registerCsv(register);
    expect(csv).toContain(
      '"Voor de zomer van 2025 stuur ik uw Kamer het rapport <img src=x onerror=alert(1)> | ""x"", y."',
    );
    expect(csv).toContain('"Ministerie ""X"" & <Y>"');
  });
});
