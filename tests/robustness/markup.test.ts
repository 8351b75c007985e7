/**
 * Hostile HTML and publication XML straight into the markup reader (in-process, independent of how the
 * pipeline routes files to it): entity bombs and external entities are never expanded, script and
 * style text never becomes letter text, 100,000 nested elements do not overflow the stack, and the
 * reader either returns pages of lines or null — it never throws. And a property: any soup of HTML and
 * publication-XML fragments goes through the whole pipeline to a valid letter or an InputError.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { readMarkup } from '../../src/ingest/markup.js';
import { extractBytes } from '../../src/pipeline.js';
import { letterOrInputError } from './check-letter.js';
import { hostileMarkup } from './generate.js';

/** Fixed seed and run count in CI; KB_FUZZ_SEED and KB_FUZZ_RUNS (a multiplier) for a longer hunt. */
const runs = (numRuns: number) => ({
  seed: process.env.KB_FUZZ_SEED ? Number(process.env.KB_FUZZ_SEED) : 20261130,
  numRuns: Math.round(numRuns * Number(process.env.KB_FUZZ_RUNS ?? 1)),
});

const entries = hostileMarkup();

describe('markup reader on hostile input', () => {
  it('has inputs', () => {
    expect(entries.length).toBeGreaterThanOrEqual(6);
  });

  it.each(entries)('%s', (_name, text, entry) => {
    const raw = readMarkup(text);
    expect(raw, 'a markup document is recognised').not.toBeNull();
    const all = (raw?.pages ?? []).flatMap((p) => p.lines.map((l) => l.text)).join('\n');
    if (entry.notInOutput) expect(all).not.toMatch(entry.notInOutput);
    // The reader never makes more text than it was given (no expansion).
    expect(all.length).toBeLessThanOrEqual(text.length);
    expect(all).not.toMatch(/<!ENTITY|<!DOCTYPE/i);
  });
});

const fragment = fc.oneof(
  fc.constantFrom(
    '<p>',
    '</p>',
    '<div>',
    '</div>',
    '<h2>',
    '</h2>',
    '<h3 class="x">',
    '</h3>',
    '<b>',
    '</b>',
    '<i>',
    '<br>',
    '<br/>',
    '<table><tr><td>',
    '</td><td>',
    '</td></tr></table>',
    '<ul><li>',
    '</li><li>',
    '</ul>',
    '<ol start="3"><li>',
    '<script>',
    '</script>',
    '<style>',
    '</style>',
    '<!-- ',
    ' -->',
    '<![CDATA[',
    ']]>',
    '<main>',
    '</main>',
    '<nav>',
    '</nav>',
    '<header>',
    '</header>',
    '<footer>',
    '</footer>',
    '<sup>',
    '</sup>',
    '<a href="#n1">',
    '</a>',
    '<al>',
    '</al>',
    '<tussenkop>',
    '</tussenkop>',
    '<divisie><kop><titel>',
    '</titel></kop>',
    '</divisie>',
    '<noot id="n1"><noot.nr>1</noot.nr><noot.al>',
    '</noot.al></noot>',
    '<ondertekening><functie>',
    '</functie><naam>',
    '</naam></ondertekening>',
    '<lijst><li><li.nr>•</li.nr>',
    '</li></lijst>',
    '<pre>',
    '</pre>',
    '</',
    '<',
    '>',
    '/>',
    '&amp;',
    '&lt;',
    '&nbsp;',
    '&euml;',
    '&#8364;',
    '&#x2019;',
    '&#0;',
    '&#xD800;',
    '&bogus;',
    '&',
    '"',
    "'",
    '\n',
    ' ',
  ),
  fc.constantFrom(
    'Geachte voorzitter,',
    'Het kabinet zal voor de zomer van 2025 de Kamer informeren.',
    '€ 5 miljoen',
    'provincie Groningen',
    'Kamerstuk 32 847, nr. 1',
    '1. Inleiding',
    'Hoogachtend,',
    'de minister van Financiën,',
  ),
  fc.string({ unit: 'grapheme', maxLength: 12 }),
);
const soup = fc
  .tuple(
    fc.constantFrom(
      '<!DOCTYPE html><html lang="nl"><body>',
      '<?xml version="1.0" encoding="UTF-8"?><officiele-publicatie><kamerstuk><stuk>',
      '<html><head><title>Brief</title></head><body><main>',
      '<div>',
    ),
    fc.array(fragment, { maxLength: 80 }),
  )
  .map(([head, parts]) => `${head}${parts.join('')}</body></html>`);

describe('property: markup soup through the whole pipeline', () => {
  it('gives a valid letter or an InputError, never another exception', async () => {
    await fc.assert(
      fc.asyncProperty(soup, fc.constantFrom('x.html', 'x.xml', 'x.txt'), (text, name) =>
        letterOrInputError(() => extractBytes(Buffer.from(text, 'utf8'), name)),
      ),
      runs(150),
    );
  });

  it('the reader returns pages of lines or null, and never throws', () => {
    fc.assert(
      fc.property(soup, (text) => {
        const raw = readMarkup(text);
        if (raw === null) return;
        for (const p of raw.pages) for (const l of p.lines) expect(typeof l.text).toBe('string');
      }),
      runs(200),
    );
  });
});
