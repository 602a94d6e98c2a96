// Medians, 90 % intervals and bands over replications.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { bands, dayEstimate, estimate, quantile } from '../../src/population/estimate.js';

describe('estimate', () => {
  it('takes nearest-rank quantiles: every figure is one of the runs’ values', () => {
    expect(estimate([90, 88, 91, 60, 89], 1)).toEqual({ typical: 88, median: 89, low: 60, high: 91 });
    expect(estimate([7], 0)).toEqual({ typical: 7, median: 7, low: 7, high: 7 });
    expect(quantile([5, 1, 3], 0.5)).toBe(3);
  });

  it('orders low ≤ median ≤ high within the values, whatever their order (property)', () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 0, max: 1000 }), { minLength: 1, maxLength: 40 }), (values) => {
        const e = estimate(values);
        expect(values).toContain(e.median);
        expect(e.low).toBeLessThanOrEqual(e.median);
        expect(e.median).toBeLessThanOrEqual(e.high);
        expect(estimate([...values].reverse())).toMatchObject({ median: e.median, low: e.low, high: e.high });
      }),
    );
  });

  it('ranks a day never reached after every day', () => {
    expect(dayEstimate([100, undefined, 102], 0)).toEqual({ typical: 100, median: 102, low: 100 });
  });
});

describe('bands', () => {
  it('keep the per-day quantiles of cumulative shares, only where they change', () => {
    expect(bands([[{ day: 10, value: 5 }], [{ day: 11, value: 10 }]], [10, 10], 9, 12)).toEqual([
      { day: 10, low: 0, median: 0, high: 0.5 },
      { day: 11, low: 0.5, median: 0.5, high: 1 },
    ]);
  });

  it('never decrease and stay ordered (property)', () => {
    fc.assert(
      fc.property(
        fc.array(fc.array(fc.integer({ min: 0, max: 20 }), { minLength: 1, maxLength: 30 }), {
          minLength: 1,
          maxLength: 8,
        }),
        (runs) => {
          const curves = runs.map((perDay) => {
            let total = 0;
            return perDay.flatMap((n, d) => ((total += n), n > 0 ? [{ day: d, value: total }] : []));
          });
          const totals = runs.map((perDay) =>
            Math.max(
              1,
              perDay.reduce((a, b) => a + b, 0),
            ),
          );
          const out = bands(curves, totals, 0, 30);
          for (let i = 0; i < out.length; i++) {
            const b = out[i]!;
            expect(b.low).toBeLessThanOrEqual(b.median);
            expect(b.median).toBeLessThanOrEqual(b.high);
            if (i > 0) {
              expect(b.day).toBeGreaterThan(out[i - 1]!.day);
              expect(b.median).toBeGreaterThanOrEqual(out[i - 1]!.median);
            }
          }
        },
      ),
    );
  });
});
