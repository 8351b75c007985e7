/**
 * Hostile HTML and publication XML straight into the markup reader (in-process, independent of how the
 * pipeline routes files to it): entity bombs and external entities are never expanded, script and
 * style text never becomes letter text, 100,000 nested elements do not overflow the stack, and the
 * reader either returns pages of lines or null — it never throws.
 */
import { describe, expect, it } from 'vitest';
import { readMarkup } from '../../src/ingest/markup.js';
import { hostileMarkup } from './generate.js';

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
