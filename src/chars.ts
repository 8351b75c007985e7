/** White space by UTF-16 code unit and as patterns: what every stage means by `\s`. */

/** The characters of JavaScript's `\s` (WhiteSpace and LineTerminator), by code unit. */
export function isSpaceCode(c: number): boolean {
  if (c > 32 && c < 0xa0) return false;
  return (
    c === 32 ||
    (c >= 9 && c <= 13) ||
    c === 0xa0 ||
    c === 0x1680 ||
    (c >= 0x2000 && c <= 0x200a) ||
    c === 0x2028 ||
    c === 0x2029 ||
    c === 0x202f ||
    c === 0x205f ||
    c === 0x3000 ||
    c === 0xfeff
  );
}

/**
 * Whether a text has white space to collapse: two in a row, or one that is not a plain space. It is
 * `\s\s|[^\S ]` with its first alternative narrowed: a pair starting with other white space is found
 * by the second alternative already, so only a space needs the next character tested.
 */
export const NOT_COLLAPSED = / \s|[^\S ]/;

/** A run of white space (global: for replace and matchAll). */
export const WHITESPACE_RUN = /\s+/g;
