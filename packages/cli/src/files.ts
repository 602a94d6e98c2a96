// File access for commands: bounded reads of regular files, and atomic writes that never replace a non-regular file.
import {
  closeSync,
  fstatSync,
  lstatSync,
  openSync,
  readSync,
  renameSync,
  type Stats,
  statSync,
  unlinkSync,
  writeFileSync,
} from 'node:fs';
import { basename, dirname, isAbsolute, join } from 'node:path';
import type { FileProblem } from './messages/files.js';

/** The most tdkt reads from one input file (a plan, a population or behaviour JSON): 16 MiB. */
const MAX_INPUT_BYTES = 16 * 1024 * 1024;

/** A file the command cannot use: a user's problem (exit 2), rendered by `renderFileProblem`. */
export class FileError extends Error {
  constructor(readonly problem: FileProblem) {
    super(`${problem.code}: ${problem.path} (${problem.cause})`);
    this.name = 'FileError';
  }
}

const errnoOf = (error: unknown): string => (error as NodeJS.ErrnoException | undefined)?.code ?? 'EIO';

function kindOf(stats: Stats): string {
  if (stats.isSymbolicLink()) return 'symlink';
  if (stats.isDirectory()) return 'directory';
  if (stats.isFIFO()) return 'fifo';
  if (stats.isSocket()) return 'socket';
  return 'device';
}

const resolve = (cwd: string, path: string): string => (isAbsolute(path) ? path : join(cwd, path));

/**
 * Reads a regular file as UTF-8 (a leading byte-order mark dropped), at most `limit` bytes. A missing
 * file is undefined; a FIFO, device or directory, a file over the limit or an unreadable one throws a
 * `FileError` (never blocks on a FIFO, never reads `/dev/zero` forever).
 *
 * @example
 * readInputFile(process.cwd(), 'population.json') // => '{"levels": …}'
 */
export function readInputFile(cwd: string, path: string, limit: number = MAX_INPUT_BYTES): string | undefined {
  const full = resolve(cwd, path);
  let stats: Stats;
  try {
    stats = statSync(full);
  } catch (error) {
    const code = errnoOf(error);
    if (code === 'ENOENT' || code === 'ENOTDIR') return undefined;
    throw new FileError({ code: 'file.unreadable', path, cause: code });
  }
  // Checked before opening: opening a FIFO for reading would wait for a writer.
  if (!stats.isFile()) throw new FileError({ code: 'file.not-regular', path, cause: kindOf(stats) });
  if (stats.size > limit) throw new FileError({ code: 'file.too-large', path, cause: 'EFBIG', limit });
  let fd: number;
  try {
    fd = openSync(full, 'r');
  } catch (error) {
    throw new FileError({ code: 'file.unreadable', path, cause: errnoOf(error) });
  }
  try {
    if (!fstatSync(fd).isFile()) throw new FileError({ code: 'file.not-regular', path, cause: 'device' });
    // One byte more than the limit tells a file that grew past it since the stat.
    const buffer = Buffer.alloc(Math.min(limit, stats.size) + 1);
    let length = 0;
    for (;;) {
      const n = readSync(fd, buffer, length, buffer.length - length, null);
      if (n === 0) break;
      length += n;
      if (length === buffer.length) {
        if (length > limit) throw new FileError({ code: 'file.too-large', path, cause: 'EFBIG', limit });
        break;
      }
    }
    const text = buffer.subarray(0, length).toString('utf8');
    return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  } catch (error) {
    if (error instanceof FileError) throw error;
    throw new FileError({ code: 'file.unreadable', path, cause: errnoOf(error) });
  } finally {
    closeSync(fd);
  }
}

/**
 * A `ReadFile` over the file system, relative to the working directory; undefined for a missing file.
 * A name is opened as written; if no such file exists, its other Unicode normal form (NFC/NFD) is tried,
 * since sources are read as NFC while a file system may store names in NFD. A file that is not regular,
 * too large or unreadable throws a `FileError`; servers that must not stop pass `'missing'` to treat
 * it as absent.
 *
 * @example
 * loadWorkspace(['workflows/kim-son-2020-2021.tdkt'], fileReader(process.cwd()))
 */
export function fileReader(cwd: string, mode: 'throw' | 'missing' = 'throw'): (path: string) => string | undefined {
  return (path) => {
    try {
      for (const name of new Set([path, path.normalize('NFD'), path.normalize('NFC')])) {
        const text = readInputFile(cwd, name);
        if (text !== undefined) return text;
      }
      return undefined;
    } catch (error) {
      if (mode === 'missing' && error instanceof FileError) return undefined;
      throw error;
    }
  };
}

let writes = 0;

/**
 * Writes through a temporary file and a rename, so a crash never leaves half a file. Refuses to replace
 * anything but a regular file (a symbolic link, FIFO, device or directory keeps its place); on any
 * failure the temporary file is removed and a `FileError` thrown.
 *
 * @example
 * writeFileAtomic(process.cwd(), 'report.html', html)
 */
export function writeFileAtomic(cwd: string, path: string, text: string, mode = 0o666): void {
  const full = resolve(cwd, path);
  let existing: Stats | undefined;
  try {
    existing = lstatSync(full);
  } catch (error) {
    const code = errnoOf(error);
    if (code !== 'ENOENT') throw new FileError({ code: 'file.unwritable', path, cause: code });
  }
  if (existing !== undefined && !existing.isFile())
    throw new FileError({ code: 'file.not-regular-target', path, cause: kindOf(existing) });
  const temp = join(dirname(full), `.${basename(full)}.${process.pid}.${++writes}.tdkt-tmp`);
  try {
    // `wx`: never through something already at the temporary name (a planted link, say).
    writeFileSync(temp, text, { encoding: 'utf8', mode, flag: 'wx' });
    renameSync(temp, full);
  } catch (error) {
    // EEXIST: the name belongs to someone else, leave it; otherwise remove what was (partly) written.
    if (errnoOf(error) !== 'EEXIST') {
      try {
        unlinkSync(temp);
      } catch {
        // Already gone: nothing left to clean.
      }
    }
    throw new FileError({ code: 'file.unwritable', path, cause: errnoOf(error) });
  }
}
