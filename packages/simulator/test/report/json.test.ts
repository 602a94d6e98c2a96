import { describe, expect, it } from 'vitest';
import { simulateReportJsonSchema, simulateReportSchema, toJsonReport } from '@tdkt/simulator';
import { scenario, span } from './scenario.js';

describe('JSON report', () => {
  const input = scenario();

  it('validates against its own schema and is stable', async () => {
    const report = toJsonReport(input, 'en');
    expect(simulateReportSchema.safeParse(report).success).toBe(true);
    expect(report.ok).toBe(false);
    expect(report.problems.map((p) => p.code)).toEqual(['temporal.cycle', 'temporal.conflict', 'temporal.tentative-missed']);
    expect(report.problems[1]?.location).toEqual(span(8, 'hạn trước ngày 30/5/2019'));
    expect(report.problems[1]?.chain.map((l) => [l.kind, l.date])).toEqual([
      ['lower-bound', '2019-05-20'],
      ['precedence', '2019-06-03'],
      ['precedence', '2019-06-03'],
      ['upper-bound', '2019-05-29'],
    ]);
    await expect(JSON.stringify(report, null, 2)).toMatchFileSnapshot('./__golden__/scenario.en.json');
  });

  it('has a JSON Schema', async () => {
    const schema = simulateReportJsonSchema() as { properties: Record<string, unknown> };
    expect(Object.keys(schema.properties)).toEqual(['schema', 'lang', 'ok', 'checks', 'problems', 'deadlines', 'population']);
    await expect(JSON.stringify(schema, null, 2)).toMatchFileSnapshot('./__golden__/report.schema.json');
  });
});
