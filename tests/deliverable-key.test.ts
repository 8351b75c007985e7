import { describe, expect, it } from 'vitest';
import { deliverableKey } from '../src/extract/deliverable-key.js';
import table from './corpus/deliverable-keys.json' with { type: 'json' };

describe('deliverableKey', () => {
  it.each(table)('$text → $key', ({ text, key }) => {
    expect(deliverableKey(text)).toBe(key);
  });
  it('is the same for null and undefined', () => {
    expect(deliverableKey(null)).toBeNull();
    expect(deliverableKey(undefined)).toBeNull();
  });
});
