// File access for commands: the reader the language package is given, and atomic writes.
import { readFileSync, renameSync, statSync, writeFileSync } from 'node:fs';
import { dirname, isAbsolute, join, basename } from 'node:path';

/**
 * A `ReadFile` over the file system, relative to the working directory; undefined for a missing file.
 *
 * @example
 * loadWorkspace(['workflows/kim-son-2020-2021.tdkt'], fileReader(process.cwd()))
 */
export function fileReader(cwd: string): (path: string) => string | undefined {
  return (path) => {
    const full = isAbsolute(path) ? path : join(cwd, path);
    try {
      return statSync(full).isFile() ? readFileSync(full, 'utf8') : undefined;
    } catch {
      return undefined;
    }
  };
}

/** Writes through a temporary file and a rename, so a crash never leaves half a file. */
export function writeFileAtomic(cwd: string, path: string, text: string): void {
  const full = isAbsolute(path) ? path : join(cwd, path);
  const temp = join(dirname(full), `.${basename(full)}.tdkt-tmp-${process.pid}`);
  writeFileSync(temp, text, 'utf8');
  renameSync(temp, full);
}
