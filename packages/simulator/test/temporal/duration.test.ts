import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { addDurationForward, daysOffBetween, latestStartFor } from '../../src/temporal/duration.js';
import { cal, day } from '../fixtures.js';

describe('durations on the calendar', () => {
  it('counts calendar days from the day after the event and moves a day off to the next working day', () => {
    // Friday 17/5/2019 + 1 day = Saturday → Monday 20/5.
    expect(addDurationForward(cal, day(17, 5, 2019), { amount: 1, unit: 'day' })).toBe(day(20, 5, 2019));
    expect(addDurationForward(cal, day(13, 5, 2019), { amount: 2, unit: 'day' })).toBe(day(15, 5, 2019));
    // 26/4/2019 + 3 days = 29/4 (swapped day off) → 2/5.
    expect(addDurationForward(cal, day(26, 4, 2019), { amount: 3, unit: 'day' })).toBe(day(2, 5, 2019));
  });

  it('counts working days across Tết', () => {
    expect(addDurationForward(cal, day(5, 2, 2021), { amount: 5, unit: 'working-day' })).toBe(day(19, 2, 2021));
    const crossing = daysOffBetween(cal, day(5, 2, 2021), day(19, 2, 2021));
    expect(crossing.holidays).toHaveLength(5);
    expect(crossing.holidays[0]?.name?.vi).toBe('Tết Nguyên đán');
    expect(crossing.holidays[4]?.name?.vi).toBe('Tết Nguyên đán');
    expect(crossing.weekendDays).toBe(4);
  });

  it('inverts exactly: latestStartFor is the largest start whose end fits', () => {
    const base = day(1, 1, 2021);
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 200 }),
        fc.integer({ min: 0, max: 25 }),
        fc.constantFrom('day', 'working-day', 'week', 'month' as const),
        (offset, amount, unit) => {
          const limit = base + offset;
          const d = { amount, unit: unit as 'day' | 'working-day' | 'week' | 'month' };
          const a = latestStartFor(cal, limit, d);
          expect(addDurationForward(cal, a, d)).toBeLessThanOrEqual(limit);
          expect(addDurationForward(cal, a + 1, d)).toBeGreaterThan(limit);
        },
      ),
      { numRuns: 300 },
    );
  });

  it('counts a make-up Saturday as a working day', () => {
    // Friday 3/5/2019 + 1 working day = Saturday 4/5 (worked in exchange for 29/4).
    expect(addDurationForward(cal, day(3, 5, 2019), { amount: 1, unit: 'working-day' })).toBe(day(4, 5, 2019));
  });

  it('handles weeks and months with the period rules', () => {
    expect(addDurationForward(cal, day(31, 1, 2021), { amount: 1, unit: 'month' })).toBe(day(1, 3, 2021));
    const limit = day(1, 3, 2021);
    const a = latestStartFor(cal, limit, { amount: 1, unit: 'month' });
    expect(addDurationForward(cal, a, { amount: 1, unit: 'month' })).toBeLessThanOrEqual(limit);
    expect(addDurationForward(cal, a + 1, { amount: 1, unit: 'month' })).toBeGreaterThan(limit);
  });

  it('is monotone', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 400 }),
        fc.integer({ min: 0, max: 30 }),
        fc.boolean(),
        (offset, amount, working) => {
          const d = { amount, unit: working ? ('working-day' as const) : ('day' as const) };
          const a = day(1, 1, 2019) + offset;
          expect(addDurationForward(cal, a + 1, d)).toBeGreaterThanOrEqual(addDurationForward(cal, a, d));
        },
      ),
      { numRuns: 200 },
    );
  });
});
