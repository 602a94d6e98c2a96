// Durations in calendar days (Bộ luật Dân sự period rules) or working days, applied forwards and inverted.
import { weekday } from '@tdkt/calendar';
import type { EpochDay } from '@tdkt/calendar';
import { nextWorkingDayOnOrAfter, previousWorkingDayOnOrBefore } from './calendar-port.js';
import type { WorkingDays } from './calendar-port.js';

/** A non-negative duration: `days` are calendar days (a period), `workingDays` skip days off. */
export interface Duration {
  readonly amount: number;
  readonly unit: 'days' | 'workingDays';
}

/** No delay: a plain `sau` ordering (the successor may happen the same day). */
export const NO_DELAY: Duration = { amount: 0, unit: 'days' };

/**
 * The day a duration that starts with an event on `day` ends. Calendar days follow Bộ luật Dân sự
 * 2015 (Điều 147–148): the event day is not counted, and a last day that is a day off moves to the next
 * working day. Working days: the n-th working day after `day`. Monotone in `day`.
 *
 * @example
 * addDurationForward(cal, friday, { amount: 1, unit: 'days' }) // Monday (Saturday is a day off)
 */
export function addDurationForward(cal: WorkingDays, day: EpochDay, duration: Duration): EpochDay {
  const n = Math.max(0, Math.floor(duration.amount));
  if (n === 0) return day;
  if (duration.unit === 'workingDays') return cal.addWorkingDays(day, n);
  return nextWorkingDayOnOrAfter(cal, day + n);
}

/**
 * The latest day an event may happen so that the duration after it ends no later than `limit`:
 * the largest `a` with `addDurationForward(cal, a, duration) <= limit` (the inverse used by the
 * backward pass; for working days it uses the calendar's subtraction).
 *
 * @example
 * latestStartFor(cal, monday, { amount: 1, unit: 'workingDays' }) // the Friday before
 */
export function latestStartFor(cal: WorkingDays, limit: EpochDay, duration: Duration): EpochDay {
  const n = Math.max(0, Math.floor(duration.amount));
  if (n === 0) return limit;
  if (duration.unit === 'days') return previousWorkingDayOnOrBefore(cal, limit) - n;
  // The n-th working day counting back from `limit` inclusive must be the first one counted.
  const nth = cal.isWorkingDay(limit) ? cal.addWorkingDays(limit, -(n - 1)) : cal.addWorkingDays(limit, -n);
  return nth - 1;
}

/** Days off met inside a stretch of time, for explanations ("qua 2 ngày nghỉ lễ"). */
export interface Crossing {
  readonly weekendDays: number;
  readonly holidays: readonly { readonly day: EpochDay; readonly name?: string }[];
}

/**
 * The days off in (from, to]: weekend days and other days off (public holidays, Tết).
 *
 * @example
 * daysOffBetween(cal, day(2021, 2, 5), day(2021, 2, 22)).holidays.length // Tết 2021 weekdays
 */
export function daysOffBetween(cal: WorkingDays, from: EpochDay, to: EpochDay): Crossing {
  let weekendDays = 0;
  const holidays: { day: EpochDay; name?: string }[] = [];
  for (let d = from + 1; d <= to && d - from <= 3660; d++) {
    if (cal.isWorkingDay(d)) continue;
    if (weekday(d) >= 6) weekendDays++;
    else {
      const name = cal.holidayName?.(d);
      holidays.push(name === undefined ? { day: d } : { day: d, name });
    }
  }
  return { weekendDays, holidays };
}
