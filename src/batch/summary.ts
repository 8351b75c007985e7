import { FACT_KEYS, type FactKey } from '../model/facts.js';
import type { Letter } from '../model/letter.js';
import type { LetterSummary } from './protocol.js';

/** The few facts about a letter that the index and `check` keep. */
export function summarise(letter: Letter): LetterSummary {
  let textLength = 0;
  for (const s of letter.sections) textLength += s.text.length;
  const m = letter.metadata;
  return {
    format: letter.source.format,
    pages: letter.source.pages,
    date: m.date,
    subject: m.subject,
    reference: m.reference,
    ministry: m.ministry,
    addressee: m.addressee,
    kamerstuk: m.kamerstuk,
    signatories: m.signatories.length,
    textLength,
    counts: {
      sections: letter.sections.length,
      ...(Object.fromEntries(FACT_KEYS.map((key) => [key, letter[key].length])) as Record<FactKey, number>),
      warnings: letter.warnings.length,
    },
  };
}
