import { simulateReportJsonSchema, simulateReportSchema, toJsonReport } from '@tdkt/simulator';
import { describe, expect, it } from 'vitest';
import { scenario, span } from './scenario.js';

describe('JSON report', () => {
  const input = scenario();

  it('validates against its own schema and is stable', async () => {
    const report = toJsonReport(input, 'en');
    expect(simulateReportSchema.safeParse(report).success).toBe(true);
    expect(report.ok).toBe(false);
    expect(report.problems.map((p) => p.code)).toEqual([
      'temporal.cycle',
      'temporal.conflict',
      'temporal.tentative-missed',
    ]);
    expect(report.problems[1]?.location).toEqual(span(8, 'hạn trước ngày 30/5/2019'));
    expect(report.problems[1]?.chain.map((l) => [l.kind, l.date])).toEqual([
      ['lower-bound', '2019-05-20'],
      ['precedence', '2019-06-03'],
      ['precedence', '2019-06-03'],
      ['upper-bound', '2019-05-29'],
    ]);
    await expect(JSON.stringify(report, null, 2)).toMatchFileSnapshot('./__golden__/scenario.en.json');
  });

  it('gives every population figure as an estimate over the runs (schema v3)', () => {
    const report = toJsonReport(input, 'vi');
    expect(report.schema).toBe('tdkt.simulate/v3');
    const p = report.population!;
    expect(p).toMatchObject({ seed: 2019, runs: 20, dossiers: 90, organisation: { source: 'preset', name: 'small' } });
    expect(p.organisation.levels.map((l) => [l.level, l.units])).toEqual([
      ['sở', 1],
      ['phòng', 2],
      ['trường', 6],
      ['tổ', 18],
      ['cá_nhân', 90],
    ]);
    const estimates = [
      ...p.procedures.flatMap((x) => [x.finishedOnTime, x.finishedLate, x.stuck, x.running, x.onTimeShare]),
      ...p.levels.map((l) => l.processed),
      ...p.steps.map((s) => s.risk),
    ];
    for (const e of estimates) {
      expect(e.low).toBeLessThanOrEqual(e.median);
      expect(e.median).toBeLessThanOrEqual(e.high);
    }
    // The typical run's figures add up, as every run's do.
    for (const s of p.steps)
      expect(s.arrived.typical).toBe(s.processed.typical + s.overdue.typical + s.stuck.typical + s.running.typical);
    for (const x of p.procedures)
      expect(x.started.typical).toBe(
        x.finishedOnTime.typical + x.finishedLate.typical + x.stuck.typical + x.running.typical,
      );
    expect(p.procedures[0]?.curve.length).toBeGreaterThan(0);
  });

  it('has a JSON Schema', async () => {
    const schema = simulateReportJsonSchema() as { properties: Record<string, unknown> };
    expect(Object.keys(schema.properties)).toEqual([
      'schema',
      'lang',
      'ok',
      'checks',
      'problems',
      'deadlines',
      'population',
    ]);
    await expect(JSON.stringify(schema, null, 2)).toMatchFileSnapshot('./__golden__/report.schema.json');
  });
});
