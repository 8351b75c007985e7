/** The checks every letter produced from generated input must pass (shared by the property tests). */
import { expect } from 'vitest';
import { InputError } from '../../src/model/errors.js';
import { type Letter, LetterSchema, letterJsonSchema } from '../../src/model/letter.js';
import { validate } from './json-schema.js';

const schema = letterJsonSchema() as Record<string, unknown>;

/** Every check a produced letter must pass. */
export function checkLetter(letter: Letter): void {
  const json = JSON.parse(JSON.stringify(letter));
  const parsed = LetterSchema.safeParse(json);
  expect(parsed.success, parsed.success ? '' : parsed.error.message).toBe(true);
  expect(validate(schema, json)).toEqual([]);
  const ids = new Set(letter.sections.map((s) => s.id));
  expect(ids.size, 'section ids are unique').toBe(letter.sections.length);
  for (const s of letter.sections)
    if (s.parent !== null) expect(ids.has(s.parent), `parent ${s.parent}`).toBe(true);
  for (const c of letter.commitments) expect(ids.has(c.sectionId), `commitment in ${c.sectionId}`).toBe(true);
  for (const a of letter.amounts) expect(ids.has(a.sectionId), `amount in ${a.sectionId}`).toBe(true);
  for (const r of letter.regions)
    for (const id of r.sectionIds) expect(ids.has(id), `region in ${id}`).toBe(true);
  for (const c of letter.commitments) {
    if (c.when.start && c.when.end)
      expect(c.when.start <= c.when.end, `${c.when.start} <= ${c.when.end}`).toBe(true);
  }
}

/** Run the pipeline; the only allowed exception is an InputError. */
export async function letterOrInputError(run: () => Letter | Promise<Letter>): Promise<void> {
  let letter: Letter;
  try {
    letter = await run();
  } catch (err) {
    if (err instanceof InputError) return;
    throw err;
  }
  checkLetter(letter);
}
