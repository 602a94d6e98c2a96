import { readFileSync } from 'node:fs';
import { behaviourMessages, populationMessages, simulateReportJsonSchema } from '@tdkt/simulator';
import { describe, expect, it } from 'vitest';

describe('docs/simulate.md', () => {
  it('documents the JSON Schema of the report exactly as the code defines it', () => {
    const doc = readFileSync(new URL('../../../../docs/simulate.md', import.meta.url), 'utf8');
    const block = /```json simulate-report-schema\n([^\n]+)\n```/.exec(doc)?.[1];
    expect(block).toBeDefined();
    expect(JSON.parse(block ?? 'null')).toEqual(simulateReportJsonSchema());
  });

  it('explains every temporal problem code', () => {
    const doc = readFileSync(new URL('../../../../docs/simulate.md', import.meta.url), 'utf8');
    for (const code of [
      'temporal.conflict',
      'temporal.tentative-missed',
      'temporal.tentative-conflict',
      'temporal.deadline-order',
      'temporal.default-shortens-row',
      'temporal.cycle',
      'temporal.unknown-node',
      'population.schema',
    ]) {
      expect(doc).toContain(`\`${code}\``);
    }
  });

  it('explains every population and behaviour code (file errors, fit to the plan, run notes)', () => {
    const doc = readFileSync(new URL('../../../../docs/simulate.md', import.meta.url), 'utf8');
    const missing = [...Object.keys(populationMessages), ...Object.keys(behaviourMessages)].filter(
      (code) => !doc.includes(`\`${code}\``),
    );
    expect(missing).toEqual([]);
  });
});
