/**
 * The commitment kinds to list: `--kinds promise,plan`, `--kinds all`. The default is
 * DEFAULT_COMMITMENT_KINDS (promise and plan).
 */
import { COMMITMENT_KINDS, type CommitmentKind, DEFAULT_COMMITMENT_KINDS } from './kind-names.js';

/** Parse a comma-separated list of kinds, or "all"; throws with a one-line message on a bad value. */
export function parseKinds(value: string): CommitmentKind[] {
  const parts = value
    .split(',')
    .map((p) => p.trim().toLowerCase())
    .filter((p) => p.length > 0);
  if (parts.length === 0) throw new Error(`--kinds takes a list of ${COMMITMENT_KINDS.join(', ')} or all`);
  if (parts.includes('all')) return [...COMMITMENT_KINDS];
  const out: CommitmentKind[] = [];
  for (const p of parts) {
    const kind = COMMITMENT_KINDS.find((k) => k === p);
    if (!kind)
      throw new Error(`--kinds: unknown kind '${p}' (choose from ${COMMITMENT_KINDS.join(', ')}, all)`);
    if (!out.includes(kind)) out.push(kind);
  }
  return COMMITMENT_KINDS.filter((k) => out.includes(k));
}

/** Whether a list of kinds is the default one (outputs made with it need no mark). */
export function isDefaultKinds(kinds: readonly CommitmentKind[] | undefined): boolean {
  return (
    kinds === undefined ||
    (kinds.length === DEFAULT_COMMITMENT_KINDS.length &&
      DEFAULT_COMMITMENT_KINDS.every((k) => kinds.includes(k)))
  );
}
