/**
 * The seed letter in six byte encodings (UTF-16 LE/BE with and without BOM, Windows-1252, UTF-8 with
 * BOM and CRLF) must decode to exactly the letter its UTF-8 text gives: same metadata, sections,
 * commitments, amounts, regions and references, and no replacement characters.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { extractBytes } from '../../src/pipeline.js';
import { SEED } from '../helpers.js';
import { seedEncodings } from './generate.js';

const text = readFileSync(SEED, 'utf8');

describe('odd encodings of the seed letter (in-process)', async () => {
  const reference = await extractBytes(Buffer.from(text, 'utf8'), 'seed.txt');

  // RB5: Node 20.18.3+ decodes 'windows-1252' as ISO-8859-1 (nodejs/node#60888), losing € ’ “ ” – • .
  const cases = seedEncodings(text).map(
    ([name, bytes]) => [name.includes('1252') ? `RB5: ${name}` : name, bytes] as const,
  );
  it.each(cases)('%s', async (name, bytes) => {
    const letter = await extractBytes(bytes, name);
    expect(letter.source.format).toBe('text');
    for (const key of [
      'metadata',
      'sections',
      'commitments',
      'amounts',
      'regions',
      'references',
      'footnotes',
    ] as const) {
      expect(letter[key], key).toEqual(reference[key]);
    }
    expect(JSON.stringify(letter)).not.toContain('\ufffd');
  });
});
