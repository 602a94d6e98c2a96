// POSIX-style path arithmetic for imports, without touching the file system (the package stays pure).

/** The directory part of a path (`a/b/c.tdkt` → `a/b`). */
function dirname(path: string): string {
  const i = path.replace(/\\/gu, '/').lastIndexOf('/');
  return i < 0 ? '.' : i === 0 ? '/' : path.slice(0, i);
}

/**
 * Resolves `relative` against the directory of `from`, normalising `.` and `..`.
 *
 * @example
 * resolveImport('workflows/a.tdkt', '../dsl/lib/x.tdkt') // => 'dsl/lib/x.tdkt'
 */
export function resolveImport(from: string, relative: string): string {
  const rel = relative.replace(/\\/gu, '/');
  const joined = rel.startsWith('/') ? rel : `${dirname(from)}/${rel}`;
  const absolute = joined.startsWith('/');
  const out: string[] = [];
  for (const part of joined.split('/')) {
    if (part === '' || part === '.') continue;
    if (part === '..' && out.length > 0 && out[out.length - 1] !== '..') out.pop();
    else if (part === '..' && absolute) continue;
    else out.push(part);
  }
  return (absolute ? '/' : '') + (out.join('/') || '.');
}
