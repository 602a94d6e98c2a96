import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { FileError, fileReader, readInputFile, writeFileAtomic } from '../src/files.js';
import { renderFileProblem } from '../src/messages/files.js';

const scratch = (): string => mkdtempSync(join(tmpdir(), 'tdkt-files-'));
const problemOf = (f: () => unknown): FileError['problem'] | undefined => {
  try {
    f();
  } catch (error) {
    if (error instanceof FileError) return error.problem;
    throw error;
  }
  return undefined;
};

describe('writeFileAtomic (issue 18)', () => {
  it('writes a new file and replaces a regular one, leaving no temporary file', () => {
    const dir = scratch();
    writeFileAtomic(dir, 'out.json', 'a');
    writeFileAtomic(dir, 'out.json', 'b');
    expect(readFileSync(join(dir, 'out.json'), 'utf8')).toBe('b');
    expect(readdirSync(dir)).toEqual(['out.json']);
  });

  it('refuses a symbolic link, a FIFO, a device and a directory, and leaves each in place', () => {
    const dir = scratch();
    writeFileSync(join(dir, 'target'), 'keep');
    symlinkSync(join(dir, 'target'), join(dir, 'link'));
    execFileSync('mkfifo', [join(dir, 'fifo')]);
    mkdirSync(join(dir, 'sub'));
    for (const [name, kind] of [
      ['link', 'symlink'],
      ['fifo', 'fifo'],
      ['sub', 'directory'],
      ['/dev/null', 'device'],
    ] as const) {
      expect(problemOf(() => writeFileAtomic(dir, name, 'x'))).toEqual({
        code: 'file.not-regular-target',
        path: name,
        cause: kind,
      });
    }
    expect(readFileSync(join(dir, 'target'), 'utf8')).toBe('keep');
    expect(readdirSync(dir).sort()).toEqual(['fifo', 'link', 'sub', 'target']);
  });

  it('reports an unwritable place as file.unwritable with the system code, and cleans up', () => {
    const dir = scratch();
    expect(problemOf(() => writeFileAtomic(dir, 'missing/out.html', 'x'))).toEqual({
      code: 'file.unwritable',
      path: 'missing/out.html',
      cause: 'ENOENT',
    });
    // Tests may run as root, which ignores permissions: a path through a plain file cannot be written either.
    writeFileSync(join(dir, 'plain'), '');
    expect(problemOf(() => writeFileAtomic(dir, 'plain/out.html', 'x'))?.cause).toBe('ENOTDIR');
    expect(readdirSync(dir)).toEqual(['plain']);
  });

  it('says why in both languages', () => {
    const problem = { code: 'file.unwritable', path: 'out.html', cause: 'EACCES' } as const;
    expect(renderFileProblem(problem, 'en')).toBe('cannot write `out.html`: permission denied (EACCES)');
    expect(renderFileProblem(problem, 'vi')).toBe('không ghi được `out.html`: không có quyền (EACCES)');
    expect(renderFileProblem({ code: 'file.not-regular-target', path: 'x', cause: 'fifo' }, 'en')).toBe(
      'will not replace `x`: it is a pipe (FIFO), not a regular file (choose another file name)',
    );
  });
});

describe('readInputFile (issue 18)', () => {
  it('drops a byte-order mark', () => {
    const dir = scratch();
    writeFileSync(join(dir, 'p.json'), '\uFEFF{"a":1}');
    expect(readInputFile(dir, 'p.json')).toBe('{"a":1}');
  });

  it('is undefined for a missing file', () => {
    expect(readInputFile(scratch(), 'nope.json')).toBeUndefined();
  });

  it('refuses a device, a FIFO and a directory without reading (or blocking on) them', () => {
    const dir = scratch();
    execFileSync('mkfifo', [join(dir, 'fifo')]);
    expect(problemOf(() => readInputFile(dir, '/dev/zero'))).toEqual({
      code: 'file.not-regular',
      path: '/dev/zero',
      cause: 'device',
    });
    expect(problemOf(() => readInputFile(dir, 'fifo'))).toEqual({
      code: 'file.not-regular',
      path: 'fifo',
      cause: 'fifo',
    });
    expect(problemOf(() => readInputFile(dir, '.'))).toEqual({
      code: 'file.not-regular',
      path: '.',
      cause: 'directory',
    });
  });

  it('refuses a file over the limit', () => {
    const dir = scratch();
    writeFileSync(join(dir, 'big.json'), 'x'.repeat(2048));
    expect(problemOf(() => readInputFile(dir, 'big.json', 1024))).toMatchObject({
      code: 'file.too-large',
      limit: 1024,
    });
    expect(readInputFile(dir, 'big.json', 2048)).toHaveLength(2048);
  });

  it('treats a path through a plain file as missing', () => {
    const dir = scratch();
    writeFileSync(join(dir, 'plain'), '');
    expect(readInputFile(dir, 'plain/x')).toBeUndefined();
  });
});

describe('fileReader (issue 18)', () => {
  it('opens a name as written, in NFD as well as NFC', () => {
    const dir = scratch();
    const nfd = 'kế-hoạch.tdkt'.normalize('NFD');
    writeFileSync(join(dir, nfd), 'text');
    const read = fileReader(dir);
    expect(read(nfd)).toBe('text');
    expect(read(nfd.normalize('NFC'))).toBe('text');
  });

  it("throws a FileError for a non-regular file, or treats it as missing in 'missing' mode", () => {
    expect(problemOf(() => fileReader(scratch())('/dev/zero'))?.code).toBe('file.not-regular');
    expect(fileReader(scratch(), 'missing')('/dev/zero')).toBeUndefined();
  });
});
