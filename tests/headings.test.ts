import { describe, expect, it } from 'vitest';
import type { Block } from '../src/model/document.js';
import { blockHeading } from '../src/structure/headings.js';
import { corpus } from './helpers.js';

interface Case {
  lines: string[];
  next?: string;
  fullWidth?: number;
  heading: { number: string | null; text: string } | null;
}

const block = (lines: string[]): Block => ({
  lines: lines.map((text) => ({ text, page: null })),
  page: null,
});

describe('headings (text)', () => {
  for (const c of corpus<{ cases: Case[] }>('headings').cases) {
    it(`${c.lines[0]} → ${c.heading ? c.heading.text : 'no heading'}`, () => {
      const ctx = { fullWidth: c.fullWidth ?? 80, styled: false, bodySize: null };
      const h = blockHeading(block(c.lines), c.next ? block([c.next]) : undefined, ctx);
      expect(h ? { number: h.number, text: h.text } : null).toEqual(c.heading);
    });
  }
});

describe('headings (PDF style)', () => {
  const ctx = { fullWidth: 90, styled: true, bodySize: 10 };
  it('a bold line followed by body text is a heading', () => {
    const b: Block = {
      lines: [
        { text: 'Water', page: 3, bold: true, size: 10 },
        { text: 'Dat er in bepaalde periodes minder water is.', page: 3, size: 10 },
      ],
      page: 3,
    };
    expect(blockHeading(b, undefined, ctx)?.text).toBe('Water');
  });
  it('a plain short line is not a heading when the document has styled headings', () => {
    const b: Block = {
      lines: [
        { text: 'Water', page: 3, size: 10 },
        { text: 'Dat er minder water is.', page: 3, size: 10 },
      ],
      page: 3,
    };
    expect(blockHeading(b, undefined, ctx)).toBeNull();
  });
  it('an italic letter-numbered line is a subheading, not part of the bold heading above it', () => {
    const b: Block = {
      lines: [
        { text: '2. Essentie voorstel', page: 2, bold: true, size: 9 },
        { text: 'a) Inhoud voorstel', page: 2, italic: true, size: 9 },
        { text: 'De Commissie stelt voor de regels voor handelsplatformen te herzien.', page: 2, size: 9 },
      ],
      page: 2,
    };
    expect(blockHeading(b, undefined, { ...ctx, bodySize: 9 })).toMatchObject({
      number: '2',
      text: 'Essentie voorstel',
    });
    const rest: Block = { lines: b.lines.slice(1), page: 2 };
    expect(blockHeading(rest, undefined, { ...ctx, bodySize: 9 })).toMatchObject({
      number: 'a',
      style: 'letter',
      text: 'Inhoud voorstel',
    });
  });
  it('a larger numbered line is a numbered heading', () => {
    const b: Block = {
      lines: [
        { text: '2. Woningbouw en mobiliteit', page: 9, size: 12 },
        { text: 'We gaan aan de slag.', page: 9, size: 10 },
      ],
      page: 9,
    };
    expect(blockHeading(b, undefined, ctx)).toMatchObject({ number: '2', text: 'Woningbouw en mobiliteit' });
  });
});
