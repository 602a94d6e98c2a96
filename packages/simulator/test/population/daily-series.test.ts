// The per-day series a population run records (what the completion curves are drawn from).
import { startOfDayMs } from '@tdkt/calendar';
import { DEFAULT_BEHAVIOUR, organisationFor, runPopulation } from '@tdkt/simulator';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { FOUR_TIER } from '../../src/population/levels.js';
import { referenceChainModel, referenceChainSteps } from '../../src/population/reference-chain.js';
import { day } from '../fixtures.js';

const organisation = organisationFor(FOUR_TIER, { preset: 'small', seed: 11 });
if (!organisation.ok) throw new Error('small preset');
const base = {
  tree: organisation.tree,
  model: referenceChainModel(referenceChainSteps(2019)),
  behaviour: DEFAULT_BEHAVIOUR,
  start: startOfDayMs(day(1, 5, 2019)),
  end: startOfDayMs(day(31, 7, 2019)),
  dossiers: [{ procedure: 'xet_cuoi_nam', ownerLevel: 4 }],
};
const run = (seed: number) => runPopulation({ ...base, seed });

describe('per-day series of a population run', () => {
  it('are cumulative, rise day by day, and end at the totals', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 1000 }), (seed) => {
        const r = run(seed);
        for (const p of r.procedures) {
          const series = p.finishedDaily ?? [];
          for (let i = 1; i < series.length; i++) {
            expect(series[i]!.day).toBeGreaterThan(series[i - 1]!.day);
            expect(series[i]!.finished).toBeGreaterThan(series[i - 1]!.finished);
          }
          expect(series[series.length - 1]?.finished ?? 0).toBe(p.finishedOnTime + p.finishedLate);
          if (p.finishedBy.p100 !== undefined) expect(series[series.length - 1]?.day).toBe(p.finishedBy.p100);
        }
        for (const l of r.levels) {
          const series = l.processedDaily;
          for (let i = 1; i < series.length; i++)
            expect(series[i]!.processed).toBeGreaterThan(series[i - 1]!.processed);
          expect(series[series.length - 1]?.processed ?? 0).toBe(l.processed);
        }
      }),
      { numRuns: 8 },
    );
  });
});
