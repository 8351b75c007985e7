/**
 * The matcher's fast lookups equal their definitions: a token's shape (first unit, length) is marked
 * whenever it has an index key or compass word, and findKey gives index.get(normToken(token, true)) and
 * compass.get(token) without slicing; the tokens scanTokens marks as shaped are those of a marked shape.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  findKey,
  lengthBit,
  loadGazetteer,
  newSpans,
  normToken,
  scanTokens,
} from '../src/extract/gazetteer.js';
import { joinedFrom } from './helpers.js';

const gaz = loadGazetteer();
const words = [...gaz.index.keys(), ...gaz.compass.keys(), 'De', 'Het', 'T', "'t", '’t', 'de', 'het', 'Den'];

/** Known words, bent a little: apostrophes curled, first letter recased, a unit added or dropped. */
const token = fc
  .tuple(
    fc.constantFrom(...words),
    fc.constantFrom('same', 'curl', 'upper', 'lower', 'append', 'drop', 'prefix'),
    fc.constantFrom('a', 'e', 's', '-', "'", '’', 'N', 'é'),
  )
  .map(([w, how, c]) => {
    if (how === 'curl') return w.replace(/'/g, '’');
    if (how === 'upper') return w.charAt(0).toUpperCase() + w.slice(1);
    if (how === 'lower') return w.charAt(0).toLowerCase() + w.slice(1);
    if (how === 'append') return w + c;
    if (how === 'drop') return w.slice(0, -1) || c;
    if (how === 'prefix') return c + w;
    return w;
  });

describe('gazetteer key lookups', () => {
  it('findKey and shapes agree with the index and compass maps', () => {
    fc.assert(
      fc.property(token, fc.constantFrom('', ' ', 'in de '), (word, before) => {
        const text = `${before}${word} en verder`;
        const start = before.length;
        const end = start + word.length;
        const aliases = gaz.index.get(normToken(word, true));
        const compass = gaz.compass.get(word);
        const entry = findKey(gaz, text, start, end);
        expect(entry?.aliases).toBe(aliases);
        const viaEntry = entry?.compass && entry.compassWord === word ? entry.compass : undefined;
        expect(viaEntry).toBe(compass);
        if (aliases || compass) {
          expect(gaz.shapes[word.charCodeAt(0)] & lengthBit(word.length)).not.toBe(0);
        }
      }),
      { numRuns: 5000 },
    );
  });

  it('finds keys written with curly apostrophes and capitalised articles', () => {
    expect(findKey(gaz, '’s-Hertogenbosch', 0, 16)?.aliases).toBe(gaz.index.get("'s-Hertogenbosch"));
    expect(findKey(gaz, 'De', 0, 2)?.aliases).toBe(gaz.index.get('de'));
    expect(findKey(gaz, 'Dé', 0, 2)).toBeNull();
  });
});

describe('tokens of a marked shape', () => {
  /** The definition: a token's first unit is marked, with its length or a last "-". */
  const marked = (text: string, start: number, end: number) => {
    const shape = gaz.shapes[text.charCodeAt(start)];
    return shape !== 0 && ((shape & lengthBit(end - start)) !== 0 || text.charCodeAt(end - 1) === 0x2d);
  };
  const PIECES = [
    ...words.slice(0, 40),
    'De',
    'de',
    'Noord-',
    'x',
    'Dorp',
    ' ',
    '\n',
    '-',
    ',',
    "'s-",
    '’',
    '𝐀',
  ];

  it('scanTokens marks exactly the tokens of a marked shape, in order', () => {
    const spans = newSpans();
    fc.assert(
      fc.property(joinedFrom(PIECES, 30), (text) => {
        scanTokens(text, spans, gaz.shapes);
        const expected: number[] = [];
        for (let k = 0; k < spans.count; k++)
          if (marked(text, spans.start[k], spans.end[k])) expected.push(k);
        expect([...spans.shaped.subarray(0, spans.shapedCount)]).toEqual(expected);
      }),
      { numRuns: 2000 },
    );
  });
});
