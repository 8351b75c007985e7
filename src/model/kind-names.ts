/**
 * The names of the commitment kinds, without the contract's schema: the CLI parses `--kinds` with
 * them before it loads zod (model/letter.ts builds CommitmentKindSchema from them).
 */

/**
 * What a commitment is: a `promise` (the government commits itself to an act, often towards
 * parliament), a `plan` (an intention or schedule of its own), an `expectation` (a forecast about
 * the world) or `in-force` (a term or rule already fixed).
 */
export const COMMITMENT_KINDS = ['promise', 'plan', 'expectation', 'in-force'] as const;
export type CommitmentKind = (typeof COMMITMENT_KINDS)[number];
/** The kinds listed by default (`--kinds` chooses others). */
export const DEFAULT_COMMITMENT_KINDS: readonly CommitmentKind[] = ['promise', 'plan'];
