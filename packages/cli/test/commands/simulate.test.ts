import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { run } from '../../src/commands/simulate.js';
import { fakeIo } from '../fake-io.js';

const root = new URL('../../../../', import.meta.url).pathname;
const plan = 'workflows/kim-son-2020-2021.tdkt';
const simulate = async (options: Record<string, string | boolean>, files = [plan], lang: 'vi' | 'en' = 'vi') => {
  const io = fakeIo(root);
  const code = await run({ command: 'simulate', positionals: files, options, lang }, io);
  return { code, out: io.out(), err: io.err() };
};

describe('tdkt simulate options', () => {
  it('reads the organisation from a JSON file by the plan’s level names (schema in docs/simulate.md)', async () => {
    const { code, out } = await simulate({
      population: 'test/simulate/populations/kim-son.json',
      json: true,
      runs: '3',
    });
    expect(code).toBeLessThan(2);
    const report = JSON.parse(out).reports[0];
    expect(report.checks.find((c: { id: string }) => c.id === 'population').status).not.toBe('skipped');
    expect(report.population.organisation).toMatchObject({
      source: 'file',
      name: 'test/simulate/populations/kim-son.json',
    });
    expect(
      report.population.organisation.levels.map((l: { level: string; units: number }) => [l.level, l.units]),
    ).toEqual([
      ['nhà_nước', 1],
      ['bộ', 1],
      ['tỉnh', 1],
      ['sở', 1],
      ['phòng', 1],
      ['trường', 1],
      ['tổ', 2],
      ['cá_nhân', 22],
    ]);
    expect(report.population.notes.map((n: { code: string }) => n.code)).toEqual(['population.levels-above']);
  });

  it('refuses a population file whose levels the plan does not declare, with exit 2 and the reason', async () => {
    const { code, err } = await simulate({ population: 'test/simulate/populations/wrong-levels.json' }, [plan], 'en');
    expect(code).toBe(2);
    expect(err).toContain('population.undeclared-level');
    expect(err).toContain("the file's level `district` is not one the plan declares");
    expect(err).not.toMatch(/\n\s+at /);
  });

  it('runs the replications asked for, the same report for the same seed', async () => {
    const a = await simulate({ json: true, runs: '2', seed: '9' });
    expect(JSON.parse(a.out).reports[0].population.runs).toBe(2);
    expect((await simulate({ json: true, runs: '2', seed: '9' })).out).toBe(a.out);
  });

  it('prints every interval, outcome and step with --detail', async () => {
    const plain = await simulate({ runs: '3' });
    const detail = await simulate({ runs: '3', detail: true });
    expect(detail.out).toContain('Mọi bước (rủi ro nhất trước):');
    expect(plain.out).toContain('Các bước rủi ro nhất:');
    expect(detail.out.length).toBeGreaterThan(plain.out.length);
  });

  it('skips the population run with --population none', async () => {
    const { out } = await simulate({ population: 'none', json: true });
    expect(JSON.parse(out).reports[0].checks.find((c: { id: string }) => c.id === 'population').status).toBe('skipped');
  });

  it('refuses a bad seed, runs, threads and population with exit 2 and a message, no stack', async () => {
    const seed = await simulate({ seed: '-3' }, [plan], 'en');
    expect(seed.code).toBe(2);
    expect(seed.err).toContain('the seed must be a non-negative integer');
    const runs = await simulate({ runs: '0' }, [plan], 'en');
    expect([runs.code, runs.err]).toEqual([2, 'tdkt: --runs must be a number of runs from 1 to 1000, not `0`\n']);
    const threads = await simulate({ threads: 'many' });
    expect(threads.code).toBe(2);
    expect(threads.err).toContain('--threads phải là số luồng từ 1 đến 64');
    const population = await simulate({ population: 'capital' });
    expect(population.code).toBe(2);
    expect(population.err).toContain('không phải small, district, province, hanoi, vietnam, none');
    expect(population.err).not.toMatch(/\n\s+at /);
  });

  it('exits 2 with the diagnostics when a file does not parse', async () => {
    const { code, err } = await simulate({}, ['test/simulate/defects/không-có.tdkt']);
    expect(code).toBe(2);
    expect(err).toContain('không-có.tdkt');
  });

  it('checks a procedure library file on its own (completion only)', async () => {
    const { code, out } = await simulate({ json: true }, ['dsl/lib/xet-cuoi-nam.tdkt']);
    expect(code).toBe(0);
    const report = JSON.parse(out).reports[0];
    expect(report.checks.find((c: { id: string }) => c.id === 'completion').status).toBe('pass');
  });

  it('gives a file the same population figures alone as beside another plan with a procedure instance of the same name', async () => {
    // Both plans start `xét_cuối_năm@tự_đánh_giá`: their runs must not share instances.
    const other = 'workflows/examples/thcs-hai-cap-2025-2026.tdkt';
    const population = (out: string, file: string) =>
      JSON.parse(out).reports.find((r: { file: string }) => r.file === file).population;
    const together = await simulate({ json: true, runs: '2', seed: '3' }, [plan, other]);
    const alone = await simulate({ json: true, runs: '2', seed: '3' }, [plan]);
    const otherAlone = await simulate({ json: true, runs: '2', seed: '3' }, [other]);
    expect(population(together.out, plan)).toEqual(population(alone.out, plan));
    expect(population(together.out, other)).toEqual(population(otherAlone.out, other));
  });

  it('opens a plan whose file name is in NFD, as given (issue 18)', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'tdkt-nfd-'));
    symlinkSync(join(root, 'dsl'), join(dir, 'dsl'));
    mkdirSync(join(dir, 'workflows'));
    const name = 'workflows/kế-hoạch-kim-sơn.tdkt'.normalize('NFD');
    copyFileSync(join(root, plan), join(dir, name));
    const io = fakeIo(dir);
    const code = await run(
      { command: 'simulate', positionals: [name], options: { population: 'none' }, lang: 'en' },
      io,
    );
    expect(io.err()).toBe('');
    expect(code).toBeLessThan(2);
    expect(io.out()).toContain(`═══ ${name}`);
  });

  it('accepts a population file that starts with a byte-order mark (issue 18)', async () => {
    const file = join(mkdtempSync(join(tmpdir(), 'tdkt-bom-')), 'kim-son.json');
    writeFileSync(file, `\uFEFF${readFileSync(join(root, 'test/simulate/populations/kim-son.json'), 'utf8')}`);
    const { code, err } = await simulate({ population: file, json: true, runs: '2' });
    expect(err).toBe('');
    expect(code).toBeLessThan(2);
  });
});
