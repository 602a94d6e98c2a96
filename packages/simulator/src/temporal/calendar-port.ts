// The working-day functions the temporal engine needs, as an injected port (the calendar plugs in here).
import { weekday } from '@tdkt/calendar';
import type { EpochDay } from '@tdkt/calendar';

/**
 * What the temporal engine asks of a calendar. `@tdkt/calendar`'s `WorkingCalendar` satisfies it
 * through `fromWorkingCalendar`; tests use `weekdayCalendar`.
 */
export interface WorkingDays {
  /** Whether civil servants work on this day (Mon–Fri minus days off, plus make-up days). */
  isWorkingDay(day: EpochDay): boolean;
  /**
   * n > 0: the n-th working day strictly after `day`; n < 0: the |n|-th working day strictly before;
   * n = 0: `day` itself.
   */
  addWorkingDays(day: EpochDay, n: number): EpochDay;
  /** A day off's name for explanations ("Tết Nguyên đán"), when the calendar knows it. */
  holidayName?(day: EpochDay): string | undefined;
}

/**
 * A calendar of Monday–Friday minus the given days off plus the given make-up working days.
 * Meant for tests and benchmarks; real plans use `@tdkt/calendar`.
 *
 * @example
 * weekdayCalendar([]).addWorkingDays(toEpochDay({ year: 2019, month: 5, day: 17 }), 1) // Monday 20/5/2019
 */
export function weekdayCalendar(
  daysOff: readonly EpochDay[],
  makeUpDays: readonly EpochDay[] = [],
  names: ReadonlyMap<EpochDay, string> = new Map(),
): WorkingDays {
  const off = new Set(daysOff);
  const on = new Set(makeUpDays);
  const isWorkingDay = (day: EpochDay): boolean => on.has(day) || (weekday(day) <= 5 && !off.has(day));
  return {
    isWorkingDay,
    addWorkingDays: (day, n) => stepWorkingDays(isWorkingDay, day, n),
    holidayName: (day) => names.get(day),
  };
}

/**
 * Walks `n` working days from `day` (negative: backwards) with an `isWorkingDay` predicate.
 *
 * @example
 * stepWorkingDays((d) => weekday(d) <= 5, friday, 1) // the following Monday
 */
export function stepWorkingDays(isWorkingDay: (day: EpochDay) => boolean, day: EpochDay, n: number): EpochDay {
  const step = n < 0 ? -1 : 1;
  let left = Math.abs(n);
  let d = day;
  // 400 days without a working day cannot happen on any real calendar: stop instead of looping.
  let guard = left * 7 + 400;
  while (left > 0 && guard-- > 0) {
    d += step;
    if (isWorkingDay(d)) left--;
  }
  return d;
}

/**
 * The first working day on or after `day` (Bộ luật Dân sự 2015, Điều 148: a period whose last day is a
 * day off ends on the next working day).
 *
 * @example
 * nextWorkingDayOnOrAfter(cal, saturday) // the Monday after (or later across a holiday)
 */
export function nextWorkingDayOnOrAfter(cal: WorkingDays, day: EpochDay): EpochDay {
  return cal.isWorkingDay(day) ? day : cal.addWorkingDays(day, 1);
}

/** The last working day on or before `day`. */
export function previousWorkingDayOnOrBefore(cal: WorkingDays, day: EpochDay): EpochDay {
  return cal.isWorkingDay(day) ? day : cal.addWorkingDays(day, -1);
}
