/**
 * The system errors a user meets when reading and writing files, in words: one table for every
 * command's messages ("no space left on device (ENOSPC)", "is a directory (EISDIR)").
 */
export const ERRNO_TEXT: Readonly<Record<string, string>> = {
  ENOSPC: 'no space left on device',
  EDQUOT: 'disk quota exceeded',
  EIO: 'input/output error',
  EROFS: 'read-only file system',
  EACCES: 'permission denied',
  EPERM: 'operation not permitted',
  EFBIG: 'file too large',
  EISDIR: 'is a directory',
  ENOTDIR: 'a part of the path is not a directory',
  ENAMETOOLONG: 'file name too long',
  ENOENT: 'no such file or directory',
  EEXIST: 'already exists',
  EMFILE: 'too many open files',
  EBUSY: 'resource busy',
};

/** "no space left on device (ENOSPC)" for a known code; null for any other. */
export function errnoWords(code: string | undefined): string | null {
  const text = code ? ERRNO_TEXT[code] : undefined;
  return text ? `${text} (${code})` : null;
}
