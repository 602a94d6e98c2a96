// Durations applied forwards (the calendar's period rules) and inverted exactly for the backward pass.

import type { Duration, EpochDay, LocalizedText, WorkingDays } from '@tdkt/calendar';
import { endAfter, holidayName, latestStartBefore, weekday } from '@tdkt/calendar';

/** No delay: a plain `sau` ordering (the successor may happen the same day). */
export const NO_DELAY: Duration = { amount: 0, unit: 'day' };

/**
 * The day a duration that starts with an event on `day` ends (the calendar's `endAfter`).
 *
 * @example
 * addDurationForward(cal, friday, { amount: 1, unit: 'day' }) // Monday (Saturday is a day off)
 */
export function addDurationForward(cal: WorkingDays, day: EpochDay, duration: Duration): EpochDay {
  return endAfter(day, duration, cal);
}

/**
 * The latest day an event may happen so that the duration after it ends no later than `limit` (the
 * calendar's `latestStartBefore`).
 *
 * @example
 * latestStartFor(cal, monday, { amount: 1, unit: 'working-day' }) // the Sunday before
 */
export function latestStartFor(cal: WorkingDays, limit: EpochDay, duration: Duration): EpochDay {
  return latestStartBefore(limit, duration, cal);
}

/** Days off met inside a stretch of time, for explanations ("qua 2 ngày nghỉ lễ"). */
export interface Crossing {
  readonly weekendDays: number;
  readonly holidays: readonly { readonly day: EpochDay; readonly name?: LocalizedText }[];
}

/**
 * The days off in (from, to]: weekend days and other days off (public holidays, Tết).
 *
 * @example
 * daysOffBetween(cal, day(2021, 2, 5), day(2021, 2, 22)).holidays.length // Tết 2021 weekdays
 */
export function daysOffBetween(cal: WorkingDays, from: EpochDay, to: EpochDay): Crossing {
  let weekendDays = 0;
  const holidays: { day: EpochDay; name?: LocalizedText }[] = [];
  for (let d = from + 1; d <= to && d - from <= 3660; d++) {
    if (cal.isWorkingDay(d)) continue;
    if (weekday(d) >= 6) weekendDays++;
    else {
      // A compensatory day off is named after its occasion ("Tết Nguyên đán"), as the plan's reader knows it.
      const entry = cal.holidayOn?.(d);
      const name = entry?.kind === 'holiday' ? holidayName(entry.occasion, 'holiday') : undefined;
      holidays.push(name === undefined ? { day: d } : { day: d, name });
    }
  }
  return { weekendDays, holidays };
}
