/**
 * The JSON Schema of batch's DIR/index.json (src/batch/state.ts: IndexFile), published as
 * `kamerbrief/index.schema.json` and printed by `kamerbrief schema index`. A test runs a batch and
 * validates the index it writes against this schema, so the two cannot drift apart.
 */
import { z } from 'zod';
import { FACT_KEYS, type FactKey } from '../model/facts.js';
import { COMMITMENT_KINDS, SourceSchema } from '../model/letter.js';

export const INDEX_SCHEMA_ID = 'urn:kamerbrief:schema:index:1';

const count = z.number().int().nonnegative();

const IndexEntrySchema = z.object({
  id: z.string().describe("The output's name relative to the output directory"),
  path: z.string().describe('Input path (relative to the working directory when below it)'),
  output: z
    .string()
    .nullable()
    .describe('Output file relative to the output directory; null for ndjson or a failed letter'),
  sha256: z.string().nullable(),
  version: z.string().describe('kamerbrief version that made the output'),
  format: z.enum(['json', 'md', 'ndjson']),
  undated: z.boolean(),
  kinds: z
    .array(z.enum(COMMITMENT_KINDS))
    .optional()
    .describe('The commitment kinds listed (--kinds); absent: the default, promise and plan'),
  status: z
    .enum(['ok', 'failed'])
    .describe('ok: the output is there; failed: the letter could not be processed'),
  action: z
    .enum(['processed', 'skipped', 'none'])
    .describe(
      'What the run that wrote the index did with the letter: processed, skipped (up to date), none (not in this run: another shard, or an interrupted run)',
    ),
  source: SourceSchema.shape.format.nullable(),
  pages: count.nullable(),
  date: z.string().nullable(),
  subject: z.string().nullable(),
  reference: z.string().nullable(),
  kamerstuk: z.object({ dossier: z.string(), number: z.string() }).nullable(),
  counts: z
    .object({
      sections: count,
      ...(Object.fromEntries(FACT_KEYS.map((key) => [key, count])) as Record<FactKey, typeof count>),
      warnings: count,
    })
    .nullable(),
  error: z.object({ code: z.string(), message: z.string() }).nullable(),
  ms: z.number().nonnegative().describe('Processing time in ms (0 when skipped)'),
});

export const IndexFileSchema = z.object({
  tool: z.literal('kamerbrief'),
  version: z.string(),
  format: z.enum(['json', 'md', 'ndjson']),
  generated: z.string().describe('ISO time the index was written'),
  shard: z.string().nullable().describe('"i/n" when the run was one shard of n'),
  totals: z.object({ letters: count, ok: count, failed: count }),
  run: z.object({
    complete: z.boolean().describe('false when the run was stopped by a signal or a refused write'),
    stopped: z
      .string()
      .nullable()
      .describe(
        'why the run stopped early: "SIGINT", "ENOSPC while writing the journal", ...; null when complete',
      ),
    inputs: count,
    processed: count,
    skipped: count,
    failed: count,
    ms: z.number().nonnegative(),
    jobs: count,
    peakRssKb: z.object({ main: count, worker: count }),
    cpuMs: z.object({ main: z.number().nonnegative(), workers: z.number().nonnegative() }),
  }),
  letters: z.array(IndexEntrySchema),
});

/** index.json's JSON Schema (draft 2020-12), with its $id. */
export function indexJsonSchema(): Record<string, unknown> {
  const schema = z.toJSONSchema(IndexFileSchema, { target: 'draft-2020-12' });
  return { $schema: schema.$schema, $id: INDEX_SCHEMA_ID, title: 'kamerbrief batch index.json', ...schema };
}
