// Reminders count back the way durations do (the calendar's period rules): a month is a calendar month, not 30 days.
import {
  type DurationUnit,
  defaultWorkingCalendar,
  endOfDay,
  startOfDayMs,
  subtractDuration,
  toEpochDay,
} from '@tdkt/calendar';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { reminderInstant } from '../src/runtime-time.js';
import { day } from './fixtures.js';
import { timeRules } from './time-rules.js';

const before = (amount: number, unit: DurationUnit) => ({ amount, unit, text: `${amount} ${unit}` });

describe('reminderInstant', () => {
  it('counts `nhắc trước 1 tháng` as a calendar month: 30/4 for a deadline on 31/5, 15/2 for one on 15/3', () => {
    expect(reminderInstant(endOfDay(day(31, 5, 2021)), before(1, 'month'), timeRules)).toBe(
      startOfDayMs(day(30, 4, 2021)),
    );
    expect(reminderInstant(endOfDay(day(15, 3, 2021)), before(1, 'month'), timeRules)).toBe(
      startOfDayMs(day(15, 2, 2021)),
    );
    expect(reminderInstant(endOfDay(day(31, 3, 2021)), before(1, 'month'), timeRules)).toBe(
      startOfDayMs(day(28, 2, 2021)),
    );
  });

  it('counts working days on the real calendar (Tết 2021, 10–16/2, is off)', () => {
    expect(reminderInstant(endOfDay(day(18, 2, 2021)), before(3, 'working-day'), timeRules)).toBe(
      startOfDayMs(day(8, 2, 2021)),
    );
  });

  it('fires on the day the period rule `trước E N …` gives, for every unit', () => {
    const calendar = defaultWorkingCalendar();
    fc.assert(
      fc.property(
        fc.integer({
          min: toEpochDay({ year: 2019, month: 1, day: 1 }),
          max: toEpochDay({ year: 2030, month: 12, day: 31 }),
        }),
        fc.integer({ min: 0, max: 24 }),
        fc.constantFrom<DurationUnit>('day', 'working-day', 'week', 'month'),
        (lastDay, amount, unit) => {
          const at = reminderInstant(endOfDay(lastDay), before(amount, unit), timeRules);
          expect(at).toBe(startOfDayMs(subtractDuration(lastDay, { amount, unit }, calendar)));
        },
      ),
      { numRuns: 300 },
    );
  });
});
