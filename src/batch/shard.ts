/**
 * `--shard i/n`: split one corpus over n CI jobs. The inputs are sorted by their relative path
 * (code-unit order, independent of locale and of where the checkout lives) and input k of that
 * order goes to shard (k mod n) + 1. Every input lands in exactly one shard and the shards differ
 * in size by at most one.
 */
export interface Shard {
  /** 1-based shard number. */
  index: number;
  count: number;
}

const SHARD_RE = /^\s*(\d{1,6})\s*\/\s*(\d{1,6})\s*$/;

/** Parses "2/5"; throws an Error with a user-facing message on anything else. */
export function parseShard(text: string): Shard {
  const m = SHARD_RE.exec(text);
  if (!m) throw new Error(`invalid --shard '${text}': expected i/n, e.g. 1/4`);
  const index = Number(m[1]);
  const count = Number(m[2]);
  if (count < 1 || index < 1 || index > count) {
    throw new Error(`invalid --shard '${text}': need 1 <= i <= n`);
  }
  return { index, count };
}

/** Code-unit comparison: the same order on every machine and locale. */
export function compareKeys(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** The items of one shard, in key order. */
export function selectShard<T>(items: readonly T[], shard: Shard | null, key: (item: T) => string): T[] {
  const sorted = [...items].sort((a, b) => compareKeys(key(a), key(b)));
  if (!shard || shard.count === 1) return sorted;
  return sorted.filter((_, i) => i % shard.count === shard.index - 1);
}
