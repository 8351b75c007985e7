/**
 * The register's contract: `register.json`, written by `kamerbrief register` (and `batch --register`),
 * published as JSON Schema `kamerbrief/register.schema.json`. One row per commitment of every letter,
 * in letter-date order, with its status against an as-of date and the links that tie it to
 * commitments and delivery reports in other letters.
 */
import { z } from 'zod';
import { COMMITMENT_KINDS, TopicSchema } from '../model/letter.js';

export const REGISTER_SCHEMA_ID = 'urn:kamerbrief:schema:register:1';

const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/);

/** A commitment's state on the as-of date (see status.ts for how they combine). */
export const STATUSES = ['open', 'due', 'overdue', 'delivered'] as const;
export type Status = (typeof STATUSES)[number];

/** How a later letter takes up a commitment (see links.ts). */
export const LINK_TYPES = ['repeated', 'postponed', 'advanced', 'delivered'] as const;
export type LinkType = (typeof LINK_TYPES)[number];

export const RegisterLetterSchema = z.object({
  id: z.string().describe('L1, L2, ... in letter-date order'),
  path: z.string().describe('the input as given (for a batch directory: the input path its index names)'),
  json: z
    .string()
    .nullable()
    .describe('the letter JSON the register read (a batch output); null when extracted'),
  date: isoDate.nullable(),
  ministry: z.string().nullable(),
  subject: z.string().nullable(),
  kamerstuk: z.object({ dossier: z.string(), number: z.string() }).nullable(),
});

const DueSchema = z.object({
  timex: z.string().nullable(),
  start: isoDate.nullable(),
  end: isoDate.nullable().describe('the due date: the last day the promise can still be kept'),
});

export const RegisterCommitmentSchema = z.object({
  id: z.string().describe('letter id / commitment id: "L3/c2"'),
  letter: z.string(),
  sectionId: z.string(),
  section: z.string().describe('the heading of its section ("" before the first heading)'),
  topics: z.array(TopicSchema),
  regions: z.array(z.string()),
  text: z.string().describe('the sentence'),
  kind: z.enum(COMMITMENT_KINDS),
  actor: z.string().nullable(),
  action: z.string().nullable(),
  deliverable: z.string().nullable(),
  key: z
    .string()
    .nullable()
    .describe("what it is matched on: the deliverable's key, or one derived from the sentence"),
  keySource: z.enum(['deliverable', 'sentence', 'context']),
  when: z.string().describe('the time as written'),
  due: DueSchema,
  status: z.enum(STATUSES),
  supersededBy: z.string().nullable().describe('the later commitment that took this one up, if any'),
  links: z.array(z.string()).describe('ids of the links this commitment is part of'),
});

const LinkEndSchema = z.object({
  letter: z.string(),
  path: z.string(),
  date: isoDate.nullable(),
  commitment: z.string().nullable().describe('null for a delivery report (no commitment)'),
  sentence: z.string(),
});

export const LinkSchema = z.object({
  id: z.string(),
  type: z.enum(LINK_TYPES),
  from: LinkEndSchema.describe('the earlier commitment'),
  to: LinkEndSchema.describe('the later commitment, or the delivery report'),
  dossier: z.string().nullable(),
  oldDue: isoDate.nullable(),
  newDue: isoDate.nullable(),
  score: z.number().min(0).max(1).describe('how much of the shorter key the other holds'),
  cites: z
    .boolean()
    .describe("whether the later letter cites the earlier one's Kamerstuk (dossier and number)"),
});

const counts = z.record(z.string(), z.number().int().nonnegative());

export const RegisterSchema = z.object({
  tool: z.literal('kamerbrief'),
  kind: z.literal('register'),
  version: z.string(),
  generated: z.string(),
  asOf: isoDate,
  letters: z.array(RegisterLetterSchema),
  commitments: z.array(RegisterCommitmentSchema),
  links: z.array(LinkSchema),
  counts: z.object({ status: counts, kind: counts, topic: counts, link: counts }),
});

export type Register = z.infer<typeof RegisterSchema>;
export type RegisterLetter = z.infer<typeof RegisterLetterSchema>;
export type RegisterCommitment = z.infer<typeof RegisterCommitmentSchema>;
export type Link = z.infer<typeof LinkSchema>;

/** register.json's JSON Schema (draft 2020-12), with its $id. */
export function registerJsonSchema(): Record<string, unknown> {
  const schema = z.toJSONSchema(RegisterSchema, { target: 'draft-2020-12' });
  return { $schema: schema.$schema, $id: REGISTER_SCHEMA_ID, title: 'kamerbrief register.json', ...schema };
}
