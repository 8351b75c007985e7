/**
 * The fact kinds: the lists of facts a letter carries besides its metadata and sections, in the
 * letter's order. Each kind describes itself here: its key (the field of the Letter and of the
 * KDocument) and its `--require` name in `kamerbrief check`, with what check says when a letter has
 * none (null: not requirable). What else a kind declares is typed by this list, so the compiler
 * asks for it: the schema of one fact (FACT_SCHEMAS in letter.ts) and the Markdown report's section
 * (render/fact-sections.ts). `toLetter`, the Markdown report, the batch summary and index, and
 * `check` loop over the kinds.
 *
 * A new fact kind: its extractor (extract/), one line here, its schema and its Markdown section.
 * This file loads nothing (the pipeline reads it at run time; zod stays out of the workers).
 */
export const FACT_KINDS = [
  { key: 'commitments', require: { name: 'commitments', missing: 'no dated commitments found' } },
  { key: 'regions', require: { name: 'regions', missing: 'no regions found' } },
  { key: 'amounts', require: { name: 'amounts', missing: 'no amounts found' } },
  { key: 'references', require: { name: 'references', missing: 'no references found' } },
  { key: 'footnotes', require: null },
] as const;

export type FactKey = (typeof FACT_KINDS)[number]['key'];
export const FACT_KEYS: readonly FactKey[] = FACT_KINDS.map((kind) => kind.key);
