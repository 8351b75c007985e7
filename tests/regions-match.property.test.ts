/**
 * The matcher's fast path at a key (matchAt: the next token's first unit and length against the second
 * tokens of the longer aliases) gives the alias its definition gives (matchAliases, every alias in turn).
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { findKey, loadGazetteer, scanTokens } from '../src/extract/gazetteer.js';
import { matchAliases, matchAt } from '../src/extract/regions/match.js';
import { spans } from '../src/extract/regions/tokens.js';
import { joinedFrom } from './helpers.js';

const gaz = loadGazetteer();
const longer = [...gaz.index.values()].flat().filter((a) => a.tokens.length > 1);
/** The tokens of the aliases of two or more tokens, some bent (recased, curly), and what may part them. */
const PIECES = [
  ...new Set(longer.flatMap((a) => a.tokens)),
  'De',
  'Het',
  '’t',
  "'t",
  'ronde',
  'Bilts',
  'Fryske’',
  'Limburg',
  'Noord-',
  'Holland',
  ' ',
  '  ',
  '\n',
  '-',
  ' - ',
  ' – ',
  ',',
  '’',
  "'",
  '𝐀',
  'x',
];

/** For every token of a text that is a key: the alias of each way, side by side. */
function both(text: string): Array<[unknown, unknown]> {
  scanTokens(text, spans);
  const pairs: Array<[unknown, unknown]> = [];
  for (let i = 0; i < spans.count; i++) {
    const entry = findKey(gaz, text, spans.start[i], spans.end[i]);
    if (!entry) continue;
    const plain = entry.aliases ? matchAliases(text, entry.aliases, i) : null;
    pairs.push([matchAt(text, entry, i), plain]);
  }
  return pairs;
}

describe('matchAt', () => {
  it('equals matchAliases at every key of texts built from alias tokens', () => {
    fc.assert(
      fc.property(joinedFrom(PIECES, 14), (text) => {
        for (const [fast, plain] of both(text)) expect(fast).toBe(plain);
      }),
      { numRuns: 3000 },
    );
  });

  it('finds the long aliases and the short ones', () => {
    const names = (text: string) =>
      both(text).map(([fast]) => (fast as { tokens: string[] } | null)?.tokens.join(' ') ?? null);
    expect(names('in de Ronde Venen en de ronde')).toEqual(['de Ronde Venen', null]);
    // Every key token is asked (the matcher itself goes on after a match): "Hart" alone is no name.
    expect(names('Het Groene Hart, Limburg')).toEqual(['het Groene Hart', 'Groene Hart', null, 'Limburg']);
  });
});
