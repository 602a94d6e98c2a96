// The calendar the temporal engine runs on: @tdkt/calendar's working days plus holiday names.
import { holidayName } from '@tdkt/calendar';
import type { EpochDay, LocalizedText, WorkingCalendar, WorkingDays } from '@tdkt/calendar';

/**
 * What the temporal engine asks of a calendar: the working-day operations of `@tdkt/calendar`
 * (`WorkingDays`, which its `WorkingCalendar` satisfies) and, for explanations, the names of days off.
 */
export interface TemporalCalendar extends WorkingDays {
  /** The name of the occasion of a day off ("Tết Nguyên đán", also for its compensatory days). */
  holidayName?(day: EpochDay): LocalizedText | undefined;
}

/**
 * Adapts the calendar package's working calendar (with a plan's overrides already applied).
 *
 * @example
 * const cal = temporalCalendar(createWorkingCalendar());
 * cal.holidayName?.(toEpochDay({ year: 2021, month: 2, day: 12 }))?.vi // => 'Tết Nguyên đán'
 */
export function temporalCalendar(calendar: WorkingCalendar): TemporalCalendar {
  return {
    isWorkingDay: (d) => calendar.isWorkingDay(d),
    nextWorkingDay: (d) => calendar.nextWorkingDay(d),
    addWorkingDays: (d, n) => calendar.addWorkingDays(d, n),
    countWorkingDays: (a, b) => calendar.countWorkingDays(a, b),
    periodEnd: (d) => calendar.periodEnd(d),
    holidayName: (d) => {
      const entry = calendar.holidayOn(d);
      return entry !== undefined && entry.kind === 'holiday' ? holidayName(entry.occasion, 'holiday') : undefined;
    },
  };
}
