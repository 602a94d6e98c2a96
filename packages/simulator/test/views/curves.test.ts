// Completion curves: the per-day series the population run records, and their SVG.
import { startOfDayMs } from '@tdkt/calendar';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { DEFAULT_BEHAVIOUR, completionCurvesSvg, generatePopulation, levelCurvesSvg, preset, referenceChainModel, referenceChainSteps, runPopulation } from '@tdkt/simulator';
import { day } from '../fixtures.js';

const run = (seed: number) =>
  runPopulation({
    tree: generatePopulation(preset('small', 11)),
    model: referenceChainModel(referenceChainSteps(2019)),
    behaviour: DEFAULT_BEHAVIOUR,
    seed,
    start: startOfDayMs(day(1, 5, 2019)),
    end: startOfDayMs(day(31, 7, 2019)),
    dossiers: [{ procedure: 'xet_cuoi_nam', ownerLevel: 4 }],
  });

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
          const series = l.actedDaily ?? [];
          for (let i = 1; i < series.length; i++) expect(series[i]!.acted).toBeGreaterThan(series[i - 1]!.acted);
          expect(series[series.length - 1]?.acted ?? 0).toBe(l.acted);
        }
      }),
      { numRuns: 8 },
    );
  });

  it('draw one curve per level that had dossiers and one per procedure', () => {
    const r = run(1);
    const window = { start: day(1, 5, 2019), end: day(31, 7, 2019) };
    const levels = levelCurvesSvg(r, window, 'vi');
    expect(levels.match(/class="curve"/g)).toHaveLength(r.levels.filter((l) => l.arrived > 0).length);
    expect(levels).toContain('Tỉ lệ hồ sơ đã được xử lý theo cấp');
    expect(completionCurvesSvg(r, window, 'en').match(/class="curve"/g)).toHaveLength(1);
    expect(completionCurvesSvg({ ...r, procedures: [] }, window, 'en')).toBe('');
  });
});
