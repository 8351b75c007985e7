/**
 * The public contract: one Letter per input document (../shared/spec/letter-json.md).
 * This zod schema is the source of truth; `kamerbrief schema` prints it as JSON Schema.
 * Fields may be added in minor versions; none of these may be renamed or dropped.
 */
import { z } from 'zod';
import { FACT_KEYS, type FactKey } from './facts.js';
import { COMMITMENT_KINDS, type CommitmentKind, DEFAULT_COMMITMENT_KINDS } from './kind-names.js';

// No code generation at run time: zod's JIT compiles validators with `new Function`.
z.config({ jitless: true });

export const TOPICS = [
  'novex',
  'water',
  'energy',
  'defence',
  'housing',
  'mobility',
  'economy',
  'agriculture',
  'nature',
  'climate',
  'other',
] as const;
export const TopicSchema = z.enum(TOPICS);
export type Topic = z.infer<typeof TopicSchema>;

const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/);

/** The formats a letter is read from (the reader that read it, src/ingest/registry.ts). */
export const SOURCE_FORMATS = ['pdf', 'docx', 'odt', 'html', 'xml', 'text'] as const;
export const SourceFormatSchema = z.enum(SOURCE_FORMATS);
export type SourceFormat = z.infer<typeof SourceFormatSchema>;

export const SourceSchema = z.object({
  path: z.string(),
  sha256: z.string(),
  format: SourceFormatSchema,
  pages: z.number().int().nonnegative().nullable(),
});

export const SignatorySchema = z.object({ name: z.string().nullable(), role: z.string() });

export const MetadataSchema = z.object({
  date: isoDate.nullable(),
  reference: z.string().nullable(),
  subject: z.string().nullable(),
  ministry: z.string().nullable(),
  signatories: z.array(SignatorySchema),
  kamerstuk: z.object({ dossier: z.string(), number: z.string() }).nullable(),
  addressee: z.string().nullable(),
});

export const SectionSchema = z.object({
  id: z.string(),
  number: z.string().nullable(),
  heading: z.string(),
  level: z.number().int().positive(),
  parent: z.string().nullable(),
  topics: z.array(TopicSchema),
  page: z.number().int().positive().nullable(),
  text: z.string(),
});

export const MODIFIERS = ['before', 'after', 'start', 'mid', 'end', 'approx'] as const;
/**
 * A TIMEX3 date value: a year, month, day, ISO week, quarter, half or season ("2025", "2025-06",
 * "2025-06-01", "2025-W23", "2025-Q1", "2025-H2", "2025-SU"). Vague times have no value (null).
 */
export const TIMEX3_DATE = /^\d{4}(?:-(?:\d\d(?:-\d\d)?|W\d\d|Q[1-4]|H[12]|SP|SU|FA|WI))?$/;

export const WhenSchema = z.object({
  text: z.string(),
  timex: z.string().regex(TIMEX3_DATE).nullable(),
  modifier: z.enum(MODIFIERS).nullable(),
  start: isoDate.nullable(),
  end: isoDate.nullable(),
  relative: z.boolean(),
});

/** What a commitment is: promise, plan, expectation or in-force (model/kind-names.ts says each). */
export const CommitmentKindSchema = z.enum(COMMITMENT_KINDS);
export { COMMITMENT_KINDS, type CommitmentKind, DEFAULT_COMMITMENT_KINDS };

/** Who acts, as written ("ik", "het kabinet", "de provincies"), normalised, and whether it is the government itself. */
export const ActorSchema = z.object({
  text: z.string().nullable(),
  normalized: z.string().nullable(),
  government: z.boolean(),
});

/** The object phrase ("de ontwerp-Nota Ruimte"), and a normalised key for matching across letters. */
export const DeliverableSchema = z.object({
  text: z.string().nullable(),
  key: z.string().nullable(),
});

export const CommitmentSchema = z.object({
  id: z.string(),
  text: z.string(),
  when: WhenSchema,
  sectionId: z.string(),
  page: z.number().int().positive().nullable(),
  regions: z.array(z.string()),
  kind: CommitmentKindSchema,
  actor: ActorSchema,
  /** The main verb as an infinitive ("sturen", "informeren"), or null when none is found. */
  action: z.string().nullable(),
  deliverable: DeliverableSchema,
  /** Whether the Kamer is the recipient ("stuur ik uw Kamer ..."). */
  toParliament: z.boolean(),
});

export const REGION_TYPES = [
  'province',
  'municipality',
  'novex-area',
  'landsdeel',
  'waterschap',
  'region',
] as const;
export const RegionSchema = z.object({
  name: z.string(),
  type: z.enum(REGION_TYPES),
  code: z.string().nullable(),
  mentions: z.number().int().positive(),
  sectionIds: z.array(z.string()),
});

export const AmountSchema = z.object({
  text: z.string(),
  value: z.number().nonnegative(),
  /** Upper end of a range ("€ 1 à 2 miljard"); absent for a single amount. */
  valueMax: z.number().nonnegative().optional(),
  unit: z.string(),
  per: z.enum(['year', 'month']).nullable(),
  sentence: z.string(),
  sectionId: z.string(),
});

export const REFERENCE_KINDS = ['kamerstuk', 'motion', 'amendment', 'letter', 'law', 'other'] as const;
export const ReferenceSchema = z.object({
  kind: z.enum(REFERENCE_KINDS),
  text: z.string(),
  dossier: z.string().nullable(),
  number: z.string().nullable(),
  session: z.string().nullable(),
  member: z.string().nullable(),
});

export const FootnoteSchema = z.object({
  number: z.number().int().nonnegative(),
  text: z.string(),
  page: z.number().int().positive().nullable(),
});

export const WarningSchema = z.object({
  code: z.string(),
  message: z.string(),
  page: z.number().int().positive().nullable(),
  /** `stage:rule`: the stage that saw the problem and its rule ("ingest:pdf", "structure:language"). */
  origin: z.string().optional(),
});

/** The schema of one fact of each kind (facts.ts lists the kinds). */
export const FACT_SCHEMAS = {
  commitments: CommitmentSchema,
  regions: RegionSchema,
  amounts: AmountSchema,
  references: ReferenceSchema,
  footnotes: FootnoteSchema,
} as const satisfies Record<FactKey, z.ZodType>;
type FactShape = { [K in FactKey]: z.ZodArray<(typeof FACT_SCHEMAS)[K]> };
/** The fact lists as fields of the letter's object schema, in the kinds' order. */
function factShape(): FactShape {
  return Object.fromEntries(FACT_KEYS.map((key) => [key, z.array(FACT_SCHEMAS[key])])) as FactShape;
}
/** Every fact kind's list, as the KDocument and the Letter hold them. */
export type Facts = { [K in FactKey]: z.infer<(typeof FACT_SCHEMAS)[K]>[] };

export const FurnitureSchema = z.object({
  kind: z.enum(['header', 'footer', 'page-number', 'address', 'field', 'return-address', 'other']),
  text: z.string(),
  page: z.number().int().positive().nullable(),
});

export const LetterSchema = z.object({
  schemaVersion: z.literal('1'),
  source: SourceSchema,
  metadata: MetadataSchema,
  sections: z.array(SectionSchema),
  ...factShape(),
  warnings: z.array(WarningSchema),
  /** Page furniture (running headers, footers, page numbers, address blocks): kept out of the body. */
  furniture: z.array(FurnitureSchema).optional(),
});

export type Letter = z.infer<typeof LetterSchema>;
export type Metadata = z.infer<typeof MetadataSchema>;
export type Section = z.infer<typeof SectionSchema>;
export type Commitment = z.infer<typeof CommitmentSchema>;
export type Actor = z.infer<typeof ActorSchema>;
export type Deliverable = z.infer<typeof DeliverableSchema>;
export type When = z.infer<typeof WhenSchema>;
export type Modifier = (typeof MODIFIERS)[number];
export type Region = z.infer<typeof RegionSchema>;
export type RegionType = (typeof REGION_TYPES)[number];
export type Amount = z.infer<typeof AmountSchema>;
export type Reference = z.infer<typeof ReferenceSchema>;
export type ReferenceKind = (typeof REFERENCE_KINDS)[number];
export type Footnote = z.infer<typeof FootnoteSchema>;
export type Warning = z.infer<typeof WarningSchema>;
export type Furniture = z.infer<typeof FurnitureSchema>;

/** The $id of the letter's JSON Schema: names schemaVersion 1 of the letter JSON. */
export const LETTER_SCHEMA_ID = 'urn:kamerbrief:schema:letter:1';

/**
 * The letter's JSON Schema (draft 2020-12) with its $id, as printed by `kamerbrief schema` and
 * published as `kamerbrief/schema.json`.
 */
export function letterJsonSchema(): Record<string, unknown> {
  const schema = z.toJSONSchema(LetterSchema, { target: 'draft-2020-12' });
  return { $schema: schema.$schema, $id: LETTER_SCHEMA_ID, title: 'kamerbrief letter', ...schema };
}
