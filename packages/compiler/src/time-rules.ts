// The calendar rules compiled machines use, taken from @tdkt/calendar's working calendar.
import { addDuration, defaultWorkingCalendar, subtractDuration, type WorkingDays } from '@tdkt/calendar';
import type { TimeRules } from './runtime-time.js';

/**
 * Time rules on a working calendar (public holidays, make-up days, Bộ luật Dân sự period ends).
 *
 * @example
 * const time = timeRulesFromCalendar(defaultWorkingCalendar());
 * time.periodLastDay(day, { amount: 10, unit: 'working-day', text: '10 ngày làm việc' })
 */
export function timeRulesFromCalendar(calendar: WorkingDays = defaultWorkingCalendar()): TimeRules {
  return {
    periodLastDay: (fromDay, duration) =>
      addDuration(fromDay, { amount: duration.amount, unit: duration.unit }, calendar),
    periodFirstDay: (day, duration) =>
      subtractDuration(day, { amount: duration.amount, unit: duration.unit }, calendar),
  };
}
