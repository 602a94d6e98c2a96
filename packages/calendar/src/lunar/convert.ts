// Solar ↔ Vietnamese lunar date conversion (UTC+7), 1900–2100, and Tết.
import { type EpochDay, fromEpochDay, toEpochDay } from '../epoch-day.js';
import { type LunarMonth, monthContaining, monthsOfLunarYear } from './month-table.js';

/** A date of the Vietnamese lunar calendar (âm lịch). */
export interface LunarDate {
  /** 1…30. */
  readonly day: number;
  /** 1…12. */
  readonly month: number;
  /** The lunar year, named by the solar year in which its Tết falls. */
  readonly year: number;
  /** Whether the month is the leap month (tháng nhuận). */
  readonly leap: boolean;
}

/** First supported solar day: 1900-01-01. */
export const LUNAR_MIN_DAY: EpochDay = toEpochDay({ year: 1900, month: 1, day: 1 });
/** Last supported solar day: 2100-12-31. */
export const LUNAR_MAX_DAY: EpochDay = toEpochDay({ year: 2100, month: 12, day: 31 });

/**
 * Whether a solar day is inside the supported range 1900-01-01 … 2100-12-31.
 *
 * @example
 * isLunarSupported(toEpochDay({ year: 2101, month: 1, day: 1 })) // => false
 */
export function isLunarSupported(epochDay: EpochDay): boolean {
  return Number.isInteger(epochDay) && epochDay >= LUNAR_MIN_DAY && epochDay <= LUNAR_MAX_DAY;
}

/**
 * The Vietnamese lunar date of a solar day. Throws a RangeError outside 1900–2100 (a caller's bug:
 * check with `isLunarSupported` first).
 *
 * @example
 * solarToLunar(toEpochDay({ year: 2024, month: 2, day: 10 })) // => { day: 1, month: 1, year: 2024, leap: false }
 */
export function solarToLunar(epochDay: EpochDay): LunarDate {
  if (!isLunarSupported(epochDay)) throw new RangeError(`solarToLunar: ${epochDay} is outside 1900-01-01…2100-12-31`);
  const month = monthContaining(epochDay, fromEpochDay(epochDay).year);
  return { day: epochDay - month.start + 1, month: month.month, year: month.year, leap: month.leap };
}

/**
 * The solar day of a lunar date; undefined when that date does not exist (day 30 of a 29-day month,
 * a leap month the year does not have, a bad number) or falls outside 1900–2100.
 *
 * @example
 * lunarToSolar({ day: 10, month: 3, year: 2024, leap: false }) // => epoch day of 2024-04-18 (Giỗ Tổ)
 */
export function lunarToSolar(date: LunarDate): EpochDay | undefined {
  const { day, month, year, leap } = date;
  if (![day, month, year].every(Number.isInteger) || month < 1 || month > 12 || day < 1 || day > 30) return undefined;
  if (year < 1899 || year > 2100) return undefined;
  const found = monthsOfLunarYear(year).find((m) => m.month === month && m.leap === leap);
  if (found === undefined || day > found.length) return undefined;
  const result = found.start + day - 1;
  return isLunarSupported(result) ? result : undefined;
}

/**
 * Epoch day of Tết Nguyên đán (1/1 lunar) of the lunar year that starts in solar year `year`.
 *
 * @example
 * formatIsoDate(tetDay(2030)) // => '2030-02-02' (UTC+7; China, at UTC+8, has 2030-02-03)
 */
export function tetDay(year: number): EpochDay {
  if (!Number.isInteger(year) || year < 1900 || year > 2100)
    throw new RangeError(`tetDay: ${year} is outside 1900…2100`);
  return monthsOfLunarYear(year)[0]!.start;
}

/**
 * The months of a lunar year (1…12 with the leap month after its namesake), for calendars and tables.
 *
 * @example
 * lunarMonthsOf(2025).filter((m) => m.leap).map((m) => m.month) // => [6]
 */
export function lunarMonthsOf(year: number): readonly LunarMonth[] {
  if (!Number.isInteger(year) || year < 1899 || year > 2100)
    throw new RangeError(`lunarMonthsOf: ${year} is outside 1899…2100`);
  return monthsOfLunarYear(year);
}

/**
 * The leap month of a lunar year, or undefined in a common year.
 *
 * @example
 * leapMonthOf(2023) // => 2
 */
export function leapMonthOf(year: number): number | undefined {
  return lunarMonthsOf(year).find((m) => m.leap)?.month;
}

/**
 * `D/M` (with ` nhuận` for a leap month) as Vietnamese calendars print a lunar date.
 *
 * @example
 * formatLunarDayMonth({ day: 10, month: 3, year: 2024, leap: false }) // => '10/3'
 */
export function formatLunarDayMonth(date: LunarDate): string {
  return `${date.day}/${date.month}${date.leap ? ' nhuận' : ''}`;
}
