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
  it('reads the organisation from a JSON file (schema in docs/simulate.md)', async () => {
    const { code, out } = await simulate({ population: 'test/simulate/populations/kim-son.json', json: true });
    expect(code).toBeLessThan(2);
    const report = JSON.parse(out).reports[0];
    expect(report.checks.find((c: { id: string }) => c.id === 'population').status).not.toBe('skipped');
  });

  it('skips the population run with --population none', async () => {
    const { out } = await simulate({ population: 'none', json: true });
    expect(JSON.parse(out).reports[0].checks.find((c: { id: string }) => c.id === 'population').status).toBe('skipped');
  });

  it('refuses a bad seed and a bad population with exit 2 and a message, no stack', async () => {
    const seed = await simulate({ seed: '-3' }, [plan], 'en');
    expect(seed.code).toBe(2);
    expect(seed.err).toContain('the seed must be a non-negative integer');
    const population = await simulate({ population: 'capital' });
    expect(population.code).toBe(2);
    expect(population.err).toContain('không phải small, district, province, hanoi, none');
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
});
