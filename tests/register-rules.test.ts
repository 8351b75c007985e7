/** The register's small rules as tables: delivery sentences, statuses, keys and when keys match. */
import { describe, expect, it } from 'vitest';
import { isDeliverySentence } from '../src/register/delivered.js';
import { contextKey, ownKey, sentenceKey } from '../src/register/sentence-key.js';
import { matchScore, stems } from '../src/register/similarity.js';
import { timeStatus } from '../src/register/status.js';
import delivered from './corpus/register-delivered.json' with { type: 'json' };
import keys from './corpus/register-keys.json' with { type: 'json' };
import statuses from './corpus/register-status.json' with { type: 'json' };

describe('delivery reports', () => {
  it.each(delivered)('$sentence → $delivery', ({ sentence, delivery }) => {
    expect(isDeliverySentence(sentence)).toBe(delivery);
  });
});

describe('status on the as-of date', () => {
  it.each(statuses)('$due on $asOf → $status ($why)', ({ due, asOf, status }) => {
    expect(timeStatus(due, asOf)).toBe(status);
  });
});

describe('keys from the sentence', () => {
  it.each(keys.sentenceKeys)('$sentence → $key', ({ sentence, when, key }) => {
    expect(sentenceKey(sentence, when)).toBe(key);
  });
});

describe("keys from the deliverable's key", () => {
  it.each(keys.ownKeys)('$deliverable → $key ($why)', ({ deliverable, key, ...rest }) => {
    expect(ownKey(deliverable, 'when' in rest ? rest.when : '')).toBe(key);
  });
});

describe('keys from the text before a sentence', () => {
  it.each(keys.contextKeys)('$sentence → $key ($why)', ({ section, sentence, when, own, key }) => {
    expect(contextKey(section, sentence, when, own)).toBe(key);
  });
});

describe('when two keys match', () => {
  it.each(keys.matches)('$a ~ $b: $match ($why)', ({ a, b, dossierA, dossierB, match, ...rest }) => {
    const context = 'context' in rest && rest.context === true;
    expect(matchScore(stems(a), stems(b), dossierA, dossierB, context) > 0).toBe(match);
  });
});
