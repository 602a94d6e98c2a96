import { mkdirSync, mkdtempSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { run } from '../../src/commands/check.js';
import { fakeIo } from '../fake-io.js';

const root = new URL('../../../../', import.meta.url).pathname;
const fx = (name: string): string => `packages/language/test/fixtures/${name}`;
const input = (files: string[], options: Record<string, boolean> = {}, lang: 'vi' | 'en' = 'vi') => ({
  command: 'check',
  positionals: files,
  options,
  lang,
});

describe('tdkt check', () => {
  it('exits 0 on clean files, with a summary line', async () => {
    const io = fakeIo(root);
    expect(await run(input([fx('sketch.tdkt'), fx('sketch-en.tdkt')]), io)).toBe(0);
    expect(io.out()).toBe('0 lỗi, 0 cảnh báo trong 2 tệp\n');
  });

  it('prints every error as file:line:col with the source line and a caret, exit 2', async () => {
    const io = fakeIo(root);
    expect(await run(input([fx('broken.tdkt')], {}, 'en'), io)).toBe(2);
    const out = io.out();
    expect(out).toContain(`${fx('broken.tdkt')}:4:27: error link.unknown-name: unknown level \`truongg\``);
    expect(out).toContain(
      ' 4 |   vai trò hiệu_trưởng cấp truongg\n   |                           ^^^^^^^\n   = help: did you mean `trường`?',
    );
    expect(out.match(/^packages\S+: error /gmu)).toHaveLength(7);
    expect(out.trim().split('\n').at(-1)).toBe('7 errors, 0 warnings in 1 file');
  });

  it('exits 2 on a missing file, and gives JSON with --json', async () => {
    const io = fakeIo(root);
    expect(await run(input(['nope.tdkt'], { json: true }), io)).toBe(2);
    const json = JSON.parse(io.out()) as { errors: number; diagnostics: Array<{ code: string; line: number }> };
    expect(json.errors).toBe(1);
    expect(json.diagnostics[0]).toMatchObject({ code: 'link.import-not-found', line: 1 });
  });

  it('answers a plan of năm học 10000000000000000-10000000000000001 that links procedures with a diagnostic, exit 2 (issue 18)', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'tdkt-year-'));
    symlinkSync(join(root, 'dsl'), join(dir, 'dsl'));
    mkdirSync(join(dir, 'workflows'));
    const text = readFileSync(join(root, 'workflows/lai-chau-2020-2021.tdkt'), 'utf8').replace(
      '\n  năm học 2020-2021\n',
      '\n  năm học 10000000000000000-10000000000000001\n',
    );
    expect(text).toContain('theo quy trình');
    writeFileSync(join(dir, 'workflows/big.tdkt'), text);
    const io = fakeIo(dir);
    expect(await run(input(['workflows/big.tdkt'], {}, 'en'), io)).toBe(2);
    expect(io.out()).toContain('error time.year-out-of-range: year 10000000000000000 is outside');
  });
});
