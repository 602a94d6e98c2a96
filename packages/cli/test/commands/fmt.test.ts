// `tdkt fmt`: in-place atomic rewrite, --check, broken files left untouched, vi/en messages, exit codes.
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { run } from '../../src/commands/fmt.js';
import type { Lang } from '../../src/io.js';
import { fakeIo } from '../fake-io.js';

const MESSY =
  'ke hoach "KH"\n    nam 2024\n    tien do\n        thang 3/2024\n            "Việc" do cb truoc 15/3/2024\n';
const CLEAN = 'kế hoạch "KH"\n  năm 2024\n  tiến độ\n    tháng 3/2024\n      "Việc" do cb\n        trước 15/3/2024\n';
const BROKEN = 'ke hoach "KH"\n  nam 2024\n  bogus line\n';

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'tdkt-fmt-'));
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

const call = async (files: string[], check = false, lang: Lang = 'vi', extra: Record<string, string> = {}) => {
  const io = fakeIo(dir);
  const code = await run(
    { command: 'fmt', positionals: files, options: { ...(check ? { check: true } : {}), ...extra }, lang },
    io,
  );
  return { code, out: io.out(), err: io.err() };
};

describe('tdkt fmt', () => {
  it('rewrites a file in place, leaves no temporary file, and a second run changes nothing', async () => {
    writeFileSync(join(dir, 'a.tdkt'), MESSY);
    const first = await call(['a.tdkt']);
    expect(first.code).toBe(0);
    expect(first.out).toBe('a.tdkt: đã định dạng\n');
    expect(readFileSync(join(dir, 'a.tdkt'), 'utf8')).toBe(CLEAN);
    expect(readdirSync(dir)).toEqual(['a.tdkt']);
    const second = await call(['a.tdkt'], true);
    expect(second.code).toBe(0);
    expect(second.out).toBe('');
  });

  it('--check writes nothing, lists files that would change and exits 1 (English with --lang en)', async () => {
    writeFileSync(join(dir, 'a.tdkt'), MESSY);
    writeFileSync(join(dir, 'b.tdkt'), CLEAN);
    const r = await call(['a.tdkt', 'b.tdkt'], true, 'en');
    expect(r.code).toBe(1);
    expect(r.out).toBe('a.tdkt: would be reformatted\n');
    expect(r.err).toBe('1 of 2 files would be reformatted\n');
    expect(readFileSync(join(dir, 'a.tdkt'), 'utf8')).toBe(MESSY);
  });

  it('leaves a file with syntax errors untouched, prints its diagnostics and exits 2', async () => {
    writeFileSync(join(dir, 'bad.tdkt'), BROKEN);
    writeFileSync(join(dir, 'a.tdkt'), MESSY);
    const r = await call(['bad.tdkt', 'a.tdkt', 'missing.tdkt']);
    expect(r.code).toBe(2);
    expect(readFileSync(join(dir, 'bad.tdkt'), 'utf8')).toBe(BROKEN);
    expect(readFileSync(join(dir, 'a.tdkt'), 'utf8')).toBe(CLEAN);
    expect(r.out).toContain('bad.tdkt:3:3: error syntax.unknown-line');
    expect(r.out).toContain('^^^^^');
    expect(r.err).toContain('bad.tdkt: có lỗi cú pháp, không định dạng (tệp giữ nguyên)');
    expect(r.err).toContain('missing.tdkt: không đọc được tệp');
    expect(r.err).toContain('đã định dạng 1 trên 3 tệp; 2 tệp lỗi');
  });

  it('--indent sets the indentation; a bad value is a usage error (exit 2)', async () => {
    writeFileSync(join(dir, 'a.tdkt'), MESSY);
    expect((await call(['a.tdkt'], false, 'vi', { indent: 'tab' })).code).toBe(0);
    expect(readFileSync(join(dir, 'a.tdkt'), 'utf8')).toBe(CLEAN.replace(/ {2}/gu, '\t'));
    const bad = await call(['a.tdkt'], false, 'en', { indent: 'wide' });
    expect(bad.code).toBe(2);
    expect(bad.err).toBe('`--indent` takes a number from 1 to 8 or `tab`\n');
  });

  it('formats every .tdkt file under a directory, in name order', async () => {
    mkdirSync(join(dir, 'wf', 'sub'), { recursive: true });
    mkdirSync(join(dir, 'wf', '.hidden'));
    writeFileSync(join(dir, 'wf', 'b.tdkt'), MESSY);
    writeFileSync(join(dir, 'wf', 'sub', 'a.tdkt'), MESSY);
    writeFileSync(join(dir, 'wf', 'notes.txt'), MESSY);
    writeFileSync(join(dir, 'wf', '.hidden', 'c.tdkt'), MESSY);
    const r = await call(['wf'], true, 'en');
    expect(r.code).toBe(1);
    expect(r.out).toBe(
      `${join('wf', 'b.tdkt')}: would be reformatted\n${join('wf', 'sub', 'a.tdkt')}: would be reformatted\n`,
    );
    expect(r.err).toBe('2 of 2 files would be reformatted\n');
  });
});
