import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { addDurationForward, daysOffBetween, latestStartFor } from '@tdkt/simulator';
import { cal, day } from '../fixtures.js';

describe('durations on the calendar', () => {
  it('counts calendar days from the day after the event and moves a day off to the next working day', () => {
    // Friday 17/5/2019 + 1 day = Saturday → Monday 20/5.
    expect(addDurationForward(cal, day(17, 5, 2019), { amount: 1, unit: 'days' })).toBe(day(20, 5, 2019));
    expect(addDurationForward(cal, day(13, 5, 2019), { amount: 2, unit: 'days' })).toBe(day(15, 5, 2019));
    // 26/4/2019 + 3 days = 29/4 (swapped day off) → 2/5.
    expect(addDurationForward(cal, day(26, 4, 2019), { amount: 3, unit: 'days' })).toBe(day(2, 5, 2019));
  });

  it('counts working days across Tết', () => {
    expect(addDurationForward(cal, day(5, 2, 2021), { amount: 5, unit: 'workingDays' })).toBe(day(19, 2, 2021));
    const crossing = daysOffBetween(cal, day(5, 2, 2021), day(19, 2, 2021));
    expect(crossing.holidays).toHaveLength(5);
    expect(crossing.holidays[0]?.name).toBe('Tết Nguyên đán');
    expect(crossing.weekendDays).toBe(4);
  });

  it('inverts exactly: latestStartFor is the largest start whose end fits', () => {
    const base = day(1, 1, 2021);
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 200 }), fc.integer({ min: 0, max: 25 }), fc.boolean(), (offset, amount, working) => {
        const limit = base + offset;
        const d = { amount, unit: working ? ('workingDays' as const) : ('days' as const) };
        const a = latestStartFor(cal, limit, d);
        expect(addDurationForward(cal, a, d)).toBeLessThanOrEqual(limit);
        expect(addDurationForward(cal, a + 1, d)).toBeGreaterThan(limit);
      }),
      { numRuns: 300 },
    );
  });

  it('is monotone', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 400 }), fc.integer({ min: 0, max: 30 }), fc.boolean(), (offset, amount, working) => {
        const d = { amount, unit: working ? ('workingDays' as const) : ('days' as const) };
        const a = day(1, 1, 2019) + offset;
        expect(addDurationForward(cal, a + 1, d)).toBeGreaterThanOrEqual(addDurationForward(cal, a, d));
      }),
      { numRuns: 200 },
    );
  });
});
