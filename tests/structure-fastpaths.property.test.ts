/**
 * The structure stage's fast paths equal the slower definitions they replace: whitespace and
 * word scans equal their regexes, the topic automaton equals a search for every stem at every
 * place, and sentence spans found without the segmenter equal Intl.Segmenter's.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { isSpaceCode } from '../src/chars.js';
import { endMark, words } from '../src/structure/headings.js';
import { squash } from '../src/structure/join.js';
import {
  DATELINE,
  FOOTNOTED_END,
  footnotedEnd,
  isDateline,
  isPersonLine,
  PERSON,
} from '../src/structure/non-headings.js';
import { ABBREVIATIONS, sentenceSpans, splitSentences } from '../src/structure/sentences.js';
import { CLASS, letterTopics, scoreTopics, TOPIC_LEXICON, topicsFor } from '../src/structure/topics.js';
import { joinedFrom } from './helpers.js';

const anyText = fc.string({ unit: 'grapheme', maxLength: 60 });

describe('whitespace scans', () => {
  it('isSpaceCode is \\s for every code unit', () => {
    const wrong: number[] = [];
    for (let c = 0; c < 65536; c++) if (isSpaceCode(c) !== /\s/.test(String.fromCharCode(c))) wrong.push(c);
    expect(wrong).toEqual([]);
  });

  const SPACES = [
    ' ',
    '  ',
    '\t',
    '\n',
    '\u00a0',
    '\u2009',
    '\u3000',
    '\ufeff',
    'a',
    'B',
    '.',
    '’',
    '𝐀',
    '\u200b',
  ];
  const spacey = joinedFrom(SPACES, 30);
  const squashRegex = (s: string) => s.replace(/\s+/g, ' ').trim();

  it('squash equals the regex definition', () => {
    fc.assert(
      fc.property(fc.oneof(spacey, anyText), (s) => {
        expect(squash(s)).toBe(squashRegex(s));
      }),
      { numRuns: 3000 },
    );
  });

  it('words counts the non-empty pieces between whitespace runs', () => {
    fc.assert(
      fc.property(fc.oneof(spacey, anyText), (s) => {
        expect(words(s)).toBe(s.split(/\s+/).filter(Boolean).length);
      }),
      { numRuns: 3000 },
    );
  });

  it('endMark decides the end-of-text punctuation regexes', () => {
    const ends = fc
      .array(fc.constantFrom('a', '.', '?', '!', ':', ';', ',', '"', "'", '’', '”', ')', '(', ' ', '‘'), {
        maxLength: 8,
      })
      .map((p) => p.join(''));
    fc.assert(
      fc.property(ends, (s) => {
        const mark = String.fromCharCode(endMark(s));
        expect('.!?:;,'.includes(mark) && endMark(s) >= 0).toBe(/[.!?:;,]["'’”)]*$/.test(s));
        expect(mark === '?').toBe(/\?["'’”)]*$/.test(s));
      }),
      { numRuns: 2000 },
    );
  });
});

describe('never-heading forms: the last character first', () => {
  const PIECES = [
    'Den Haag, ',
    '3 april 2019',
    'maandag ',
    '2019',
    '1',
    '7',
    ' ',
    'J.A. ',
    'Th. ',
    'C. van ',
    'Hennis-Plasschaert',
    'Adriaansens',
    'De Minister van Defensie, ',
    'Ølstad',
    'ß',
    '’',
    "'",
    '-',
    '.',
    ')',
    'is gehaald.',
    'a',
    'Z',
    'É',
    '𝐀',
    '𝐚',
  ];
  it('isDateline, isPersonLine and footnotedEnd equal their patterns', () => {
    fc.assert(
      fc.property(joinedFrom(PIECES, 6), (text) => {
        expect(isDateline(text)).toBe(text.length <= 60 && DATELINE.test(text));
        expect(isPersonLine(text)).toBe(text.length <= 120 && PERSON.test(text));
        expect(footnotedEnd(text)).toBe(FOOTNOTED_END.test(text));
      }),
      { numRuns: 20000 },
    );
    expect(isDateline('Den Haag, 3 april 2019')).toBe(true);
    expect(isPersonLine('De Minister van Defensie, J.A. Hennis-Plasschaert')).toBe(true);
    expect(footnotedEnd('is gehaald.3')).toBe(true);
  });
});

describe('topic automaton', () => {
  const fold = (s: string) => s.toLowerCase().replace(/[-‐]/g, ' ');
  const LETTER_OR_DIGIT = /[\p{L}\d]/u;
  const stems = Object.entries(TOPIC_LEXICON).flatMap(([topic, list]) =>
    list.map((stem) => ({
      topic,
      needle: stem.replace(/^\^|\$$/g, ''),
      wordStart: stem.startsWith('^'),
      wordEnd: stem.endsWith('$'),
    })),
  );
  /** The definition: every stem at every place of the folded text, topics in the order first met. */
  function reference(heading: string, body: string): Array<[string, number]> {
    const scores = new Map<string, number>();
    for (const [text, weight] of [
      [fold(heading), 4],
      [fold(body), 1],
    ] as const)
      for (let i = 0; i < text.length; i++)
        for (const s of stems) {
          if (!text.startsWith(s.needle, i)) continue;
          if (s.wordStart && i > 0 && LETTER_OR_DIGIT.test(text[i - 1])) continue;
          const after = text[i + s.needle.length];
          if (s.wordEnd && after !== undefined && LETTER_OR_DIGIT.test(after)) continue;
          scores.set(s.topic, (scores.get(s.topic) ?? 0) + weight);
        }
    return [...scores];
  }

  it('reads every code unit as toLowerCase and fold would, except "İ" (lowercased first)', () => {
    const alphabet = [...new Set(stems.flatMap((s) => [...s.needle]))].sort().join('');
    const wrong: number[] = [];
    for (let c = 0; c < 65536; c++) {
      if (c === 0x130) continue;
      const lower = String.fromCharCode(c).toLowerCase();
      if (
        lower.length !== 1 ||
        CLASS[c] !== alphabet.indexOf(fold(lower)) + 1 ||
        LETTER_OR_DIGIT.test(lower) !== LETTER_OR_DIGIT.test(String.fromCharCode(c))
      )
        wrong.push(c);
    }
    expect(wrong).toEqual([]);
  });

  const PIECES = [
    ...stems.map((s) => s.needle),
    'WATER',
    'Wind-op-zee',
    'wind‐op‐zee',
    'NOVI',
    'novi',
    'ov',
    'OV',
    'hov',
    'İ',
    'İK',
    '\u212aust',
    'ß',
    'é',
    'a',
    'z',
    '2',
    ' ',
    '-',
    '.',
    '\n',
    'ing',
    'en',
    'er',
    'zee',
    'op',
    'water',
    'stof',
  ];
  const texty = joinedFrom(PIECES, 25);

  it('scores and orders topics as the search at every place', () => {
    fc.assert(
      fc.property(texty, texty, (heading, body) => {
        expect([...scoreTopics(heading, body)]).toEqual(reference(heading, body));
      }),
      { numRuns: 3000 },
    );
    fc.assert(
      fc.property(anyText, anyText, (heading, body) => {
        expect([...scoreTopics(heading, body)]).toEqual(reference(heading, body));
      }),
      { numRuns: 300 },
    );
  });
  it("reads the letter's topics from the sections' tallies as from the joined texts", () => {
    // Stems that run over a join ("natura" / "2000"), few topics so that scores reach the minimum.
    const FEW = [
      'natura',
      '2000',
      'wind',
      'op zee',
      'openbaar',
      'vervoer',
      'woning',
      'Woningbouw',
      'klimaat',
    ];
    const pieces = [...FEW, ...FEW, ...PIECES];
    const part = joinedFrom(pieces, 12);
    const list = fc.array(part, { maxLength: 6 });
    fc.assert(
      fc.property(list, list, (headings, texts) => {
        expect(letterTopics(headings, texts)).toEqual(topicsFor(headings.join(' '), texts.join(' ')));
      }),
      { numRuns: 3000 },
    );
    const texts = ['woning woning natura', '2000 natura 2000 natura', '2000 natura 2000'];
    expect(letterTopics(['', 'Wonen'], texts)).toEqual(topicsFor(' Wonen', texts.join(' ')));
    expect(letterTopics(['', 'Wonen'], texts)).toEqual(['housing', 'nature']);
  });
});

describe('sentence spans', () => {
  const segmenter = new Intl.Segmenter('nl', { granularity: 'sentence' });
  const raw = (text: string) => [...segmenter.segment(text)].map((s) => [s.index, s.segment]);
  function spansOf(text: string) {
    const spans: number[] = [];
    sentenceSpans(text, spans);
    const out: Array<[number, string]> = [];
    for (let i = 0; i < spans.length; i += 2) out.push([spans[i], text.slice(spans[i], spans[i + 1])]);
    return out;
  }

  const PIECES = [
    'De',
    'de',
    'Het',
    'zin',
    'A',
    'É',
    'é',
    'x',
    '3',
    '2024',
    '1.000',
    ' ',
    ' ',
    ' ',
    '  ',
    '.',
    '. ',
    '.',
    '!',
    '?',
    '?!',
    '...',
    '"',
    "'",
    '’',
    '”',
    '‘',
    '„',
    '«',
    '»',
    '•',
    '. ‘De',
    '. • ',
    '. “de',
    '“',
    ')',
    '(',
    ',',
    ';',
    ':',
    '-',
    '–',
    '/',
    '\n',
    '\r\n',
    '\u2028',
    '\u0085',
    '\u00a0',
    '\t',
    '\u00ad',
    '\u0301',
    '\u200b',
    '…',
    '。',
    '؟',
    '‼',
    '\u2024',
    '．',
    'nr. 267',
    'o.a. ',
    'www.x.nl',
    'St. ',
    'e.g. ',
    'Zie art. 5 lid 2. ',
    '𝐀',
    '𑁇',
    '[',
    ']',
    '*',
    '&',
  ];
  const texty = joinedFrom(PIECES, 40);

  it('equal the segmenter on strings built from the characters that matter', () => {
    fc.assert(
      fc.property(texty, (text) => {
        expect(spansOf(text)).toEqual(raw(text));
      }),
      { numRuns: 20000 },
    );
    fc.assert(
      fc.property(anyText, (text) => {
        expect(spansOf(text)).toEqual(raw(text));
      }),
      { numRuns: 2000 },
    );
  });
});

describe('splitSentences', () => {
  const segmenter = new Intl.Segmenter('nl', { granularity: 'sentence' });
  const CONTINUES = /^[\p{Ll}\d(,;:)–-]/u;
  /** As it was: every segment of the segmenter as a string, merged by string parts. */
  function reference(text: string): Array<{ text: string; start: number }> {
    const out: Array<{ parts: string[]; start: number; tail: string }> = [];
    for (const seg of segmenter.segment(text)) {
      const s = seg.segment;
      const prev = out.at(-1);
      const trimmed = s.trim();
      if (!trimmed || (prev && (ABBREVIATIONS.test(prev.tail) || CONTINUES.test(trimmed)))) {
        if (prev) {
          prev.parts.push(s);
          prev.tail = (prev.tail + s).slice(-16);
        }
        continue;
      }
      out.push({ parts: [s], start: seg.index, tail: s.slice(-16) });
    }
    return out.map((o) => {
      const joined = o.parts.join('');
      return { text: joined.trim(), start: o.start + joined.length - joined.trimStart().length };
    });
  }
  const PIECES = [
    'De zin',
    'de',
    'Zie',
    'nr. 267',
    'o.a. de',
    'jl. ',
    'J. de Vries',
    'bijv. ',
    'St. Jan',
    ' ',
    '  ',
    '. ',
    '.',
    '? ',
    '! ',
    '\n',
    '\u00a0',
    '(',
    ')',
    ', ',
    '; ',
    '– ',
    '3',
    'É',
    '’',
    '”',
    'art. 5',
    'Kamerstuk 32 847, nr. 12.',
  ];
  const texty = joinedFrom(PIECES, 40);

  it('equals the segmenter with the repairs (texts up to the chunk size)', () => {
    fc.assert(
      fc.property(texty, (text) => {
        expect(splitSentences(text)).toEqual(reference(text));
      }),
      { numRuns: 5000 },
    );
  });
});
