// `tdkt simulate --html`: the page beside the report, exit codes, several plans.
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { run } from '../../src/commands/simulate.js';
import { htmlPaths } from '../../src/html-report.js';
import { fakeIo } from '../fake-io.js';

const root = new URL('../../../../', import.meta.url).pathname;
const dir = mkdtempSync(join(tmpdir(), 'tdkt-simulate-html-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('tdkt simulate --html', () => {
  it('writes one self-contained page beside the usual report', async () => {
    const out = join(dir, 'ks.html');
    const io = fakeIo(root);
    const code = await run(
      {
        command: 'simulate',
        positionals: ['workflows/kim-son-2020-2021.tdkt'],
        options: { html: out, population: 'none' },
        lang: 'vi',
      },
      io,
    );
    expect(code).toBe(0);
    expect(io.out()).toContain('tdkt simulate');
    expect(io.err()).toContain(`đã ghi ${out}`);
    const html = readFileSync(out, 'utf8');
    expect(html).toContain('<svg xmlns="http://www.w3.org/2000/svg" class="gantt"');
    expect(html).toContain('Không chạy mô phỏng toàn ngành');
  });

  it('keeps exit 1 for a conflict and still writes the page, in English with --lang en', async () => {
    const out = join(dir, 'tet.html');
    const io = fakeIo(root);
    const code = await run(
      {
        command: 'simulate',
        positionals: ['test/simulate/defects/tet-working-days.tdkt'],
        options: { html: out, population: 'none' },
        lang: 'en',
      },
      io,
    );
    expect(code).toBe(1);
    expect(io.err()).toContain(`wrote ${out}`);
    expect(readFileSync(out, 'utf8')).toContain('Conflicts and warnings (1)');
  });

  it('numbers the pages when the files hold several plans', async () => {
    expect(htmlPaths('r.html', 1)).toEqual(['r.html']);
    expect(htmlPaths('r.html', 2)).toEqual(['r-1.html', 'r-2.html']);
    expect(htmlPaths('report', 2)).toEqual(['report-1', 'report-2']);
    const out = join(dir, 'two.html');
    const io = fakeIo(root);
    await run(
      {
        command: 'simulate',
        positionals: ['workflows/kim-son-2020-2021.tdkt', 'workflows/hai-phong-2024.tdkt'],
        options: { html: out, population: 'none' },
        lang: 'vi',
      },
      io,
    );
    expect(existsSync(join(dir, 'two-1.html')) && existsSync(join(dir, 'two-2.html'))).toBe(true);
  });
});
