// What phrase resolution needs from the working-day calendar and the lunar calendar, as local interfaces.
import type { EpochDay } from './epoch-day.js';
import type { HolidayEntry } from './holidays/types.js';

/**
 * The working-day operations resolution uses (a structural subset of the package's `WorkingCalendar`,
 * so any working calendar — the real one, or a test double — can be passed in a context).
 */
export interface WorkingDays {
  isWorkingDay(epochDay: EpochDay): boolean;
  /** The first working day on or after `epochDay`. */
  nextWorkingDay(epochDay: EpochDay): EpochDay;
  /** `n` working days after `epochDay` (the day itself not counted); negative `n` counts back. */
  addWorkingDays(epochDay: EpochDay, n: number): EpochDay;
  countWorkingDays(fromExclusive: EpochDay, toInclusive: EpochDay): number;
  /** Bộ luật Dân sự Điều 148: a last day that is a day off moves to the next working day. */
  periodEnd(epochDay: EpochDay): EpochDay;
  /** The holiday-table row of a day, if any (names a day off in warnings; optional for test doubles). */
  holidayOn?(epochDay: EpochDay): Pick<HolidayEntry, 'occasion' | 'name' | 'kind'> | undefined;
}

/** Where Tết Nguyên đán (mùng 1 tháng Giêng) falls: the lunar calendar's part in resolving occasions. */
export interface LunarCalendar {
  tetDay(year: number): EpochDay;
}
