import { describe, expect, it } from 'vitest';
import { headingsFirst } from '../src/extract/headings-first.js';

describe('headingsFirst', () => {
  it('reads each heading once, before its first sentence, and the unread ones at the end', () => {
    const sections = [
      { id: 's1', heading: '' },
      { id: 's2', heading: 'Financiën' },
      { id: 's3', heading: 'Bijlage' },
      { id: 's4', heading: 'Tot slot' },
    ];
    const read: string[] = [];
    const h = headingsFirst(sections, (heading, id) => read.push(`${id}:${heading}`));
    for (const id of ['s1', 's2', 's2', 's4']) {
      h.before(id);
      read.push(`sentence ${id}`);
    }
    h.rest();
    expect(read).toEqual([
      'sentence s1',
      's2:Financiën',
      'sentence s2',
      'sentence s2',
      's4:Tot slot',
      'sentence s4',
      's3:Bijlage',
    ]);
  });
});
