// Medians and 90 % intervals over replications (nearest rank), for counts, days and curves.
import type { EpochDay } from '@tdkt/calendar';

/**
 * A figure over R replications: its value in the typical replication (so that figures shown together
 * add up), its median, and its 90 % interval [low, high] (5th and 95th percentiles, nearest rank).
 */
export interface Estimate {
  readonly typical: number;
  readonly median: number;
  readonly low: number;
  readonly high: number;
}

/** A day over replications; absent where the day was never reached (e.g. 100 % never finished). */
export interface DayEstimate {
  readonly typical?: EpochDay;
  readonly median?: EpochDay;
  readonly low?: EpochDay;
  readonly high?: EpochDay;
}

/** One day of a curve over replications: shares in [0, 1]. */
export interface Band {
  readonly day: EpochDay;
  readonly low: number;
  readonly median: number;
  readonly high: number;
}

/**
 * The value of rank ⌈p·R⌉ among R sorted values (nearest rank): always one of the values, so counts stay
 * whole numbers and one replication gives low = median = high.
 *
 * @example
 * quantile([5, 1, 3], 0.5) // => 3
 */
export function quantile(values: readonly number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return nearestRank(sorted, p);
}

function nearestRank(sorted: readonly number[], p: number): number {
  if (sorted.length === 0) return Number.NaN;
  const rank = Math.min(sorted.length, Math.max(1, Math.ceil(p * sorted.length)));
  return sorted[rank - 1] as number;
}

/**
 * A figure's value in replication `typical`, its median and 90 % interval over replications.
 *
 * @example
 * estimate([90, 88, 91, 60, 89], 1) // => { typical: 88, median: 89, low: 60, high: 91 }
 */
export function estimate(values: readonly number[], typical = 0): Estimate {
  const sorted = [...values].sort((a, b) => a - b);
  return {
    typical: values[typical] ?? Number.NaN,
    median: nearestRank(sorted, 0.5),
    low: nearestRank(sorted, 0.05),
    high: nearestRank(sorted, 0.95),
  };
}

/**
 * The typical replication: the one whose `values` entry is the median (nearest rank; ties: the lower
 * replication), so its figures add up and sit in the middle of the runs.
 *
 * @example
 * typicalRun([70, 90, 80]) // => 2
 */
export function typicalRun(values: readonly number[]): number {
  const order = values.map((v, i) => [v, i] as const).sort((a, b) => a[0] - b[0] || a[1] - b[1]);
  const rank = Math.min(order.length, Math.max(1, Math.ceil(0.5 * order.length)));
  return order[rank - 1]?.[1] ?? 0;
}

/**
 * Days over replications, where an absent day (never reached) ranks after every day.
 *
 * @example
 * dayEstimate([100, undefined, 102], 0) // => { typical: 100, median: 102, low: 100 } (high: never)
 */
export function dayEstimate(values: readonly (EpochDay | undefined)[], typical = 0): DayEstimate {
  const e = estimate(
    values.map((d) => d ?? Number.POSITIVE_INFINITY),
    typical,
  );
  const out: { typical?: EpochDay; median?: EpochDay; low?: EpochDay; high?: EpochDay } = {};
  if (Number.isFinite(e.typical)) out.typical = e.typical;
  if (Number.isFinite(e.median)) out.median = e.median;
  if (Number.isFinite(e.low)) out.low = e.low;
  if (Number.isFinite(e.high)) out.high = e.high;
  return out;
}

/**
 * Bands of cumulative curves over replications: each run gives (day, value) steps and its denominator;
 * the band holds the per-day quantiles of the shares, kept only on days where the band changes.
 *
 * @example
 * bands([[{ day: 10, value: 5 }], [{ day: 11, value: 10 }]], [10, 10], 10, 12)
 * // [{ day: 10, low: 0, median: 0.5, high: 0.5 }, { day: 11, low: 0.5, median: 1, high: 1 }]
 */
export function bands(
  runs: readonly (readonly { readonly day: EpochDay; readonly value: number }[])[],
  totals: readonly number[],
  start: EpochDay,
  end: EpochDay,
): Band[] {
  const used = runs.map((r, i) => ({ points: r, total: totals[i] ?? 0 })).filter((r) => r.total > 0);
  if (used.length === 0) return [];
  const cursor = new Array<number>(used.length).fill(0);
  const share = new Array<number>(used.length).fill(0);
  const out: Band[] = [];
  let previous: Band | undefined;
  for (let day = start; day <= end; day++) {
    used.forEach((r, i) => {
      let k = cursor[i] as number;
      while (k < r.points.length && (r.points[k] as { day: number }).day <= day) {
        share[i] = Math.min(1, (r.points[k] as { value: number }).value / r.total);
        k++;
      }
      cursor[i] = k;
    });
    const sorted = [...share].sort((a, b) => a - b);
    const band: Band = {
      day,
      low: nearestRank(sorted, 0.05),
      median: nearestRank(sorted, 0.5),
      high: nearestRank(sorted, 0.95),
    };
    if (
      previous === undefined
        ? band.high > 0
        : band.low !== previous.low || band.median !== previous.median || band.high !== previous.high
    ) {
      out.push(band);
      previous = band;
    }
  }
  return out;
}
