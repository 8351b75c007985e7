/** The gazetteer's index, read off reused token spans at load, equals the one built from tokenize. */
import { describe, expect, it } from 'vitest';
import { loadGazetteer, normGap, normToken, tokenize } from '../src/extract/gazetteer.js';

describe('gazetteer index', () => {
  it('holds for every alias the tokens and gaps tokenize gives', () => {
    const gaz = loadGazetteer();
    const built = new Map<string, { tokens: string[]; gaps: string[]; places: string[] }>();
    for (const place of gaz.places) {
      for (const alias of place.aliases) {
        const toks = tokenize(alias);
        if (toks.length === 0) continue;
        const tokens = toks.map((t, i) => normToken(t.text, i === 0));
        const gaps = toks.slice(1).map((t, i) => normGap(alias.slice(toks[i].end, t.start)));
        const key = `${tokens.join(' ')}|${gaps.join('|')}`;
        const entry = built.get(key) ?? { tokens, gaps, places: [] };
        if (!entry.places.includes(place.name)) entry.places.push(place.name);
        built.set(key, entry);
      }
    }
    const indexed = new Map<string, { tokens: string[]; gaps: string[]; places: string[] }>();
    for (const aliases of gaz.index.values()) {
      for (const a of aliases) {
        indexed.set(`${a.tokens.join(' ')}|${a.gaps.join('|')}`, {
          tokens: a.tokens,
          gaps: a.gaps,
          places: [...new Set(a.places.map((p) => p.name))],
        });
      }
    }
    expect(indexed.size).toBe(built.size);
    expect(indexed.size).toBeGreaterThan(500);
    for (const [key, entry] of built) expect(indexed.get(key)).toEqual(entry);
  });
});
