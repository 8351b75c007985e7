/** A look at the first bytes of a file: what the readers' sniffs and the PDF reader's own check share. */

/** The first `n` bytes as Latin-1 text. */
export const head = (bytes: Uint8Array, n = 1024) =>
  Buffer.from(bytes.buffer, bytes.byteOffset, Math.min(bytes.length, n)).toString('latin1');

/** True when the bytes carry the PDF header in their first 1024 bytes (as PDF readers accept). */
export function isPdf(bytes: Uint8Array): boolean {
  return head(bytes).includes('%PDF-');
}
