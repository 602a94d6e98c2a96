// The period a plan covers (a school year or a calendar year) and year inference inside it.
import type { Lang } from './diagnostic.js';
import { type EpochDay, formatVnDate, isValidCivilDate, toEpochDay } from './epoch-day.js';

/** An inclusive window of civil days. */
export interface DayWindow {
  readonly start: EpochDay;
  readonly end: EpochDay;
}

/**
 * A school year (năm học Y–Y+1; by default 1/8/Y – 31/7/Y+1, overridable with `bounds`) or a calendar
 * year (năm Y).
 */
export type Period =
  | { readonly kind: 'school-year'; readonly startYear: number; readonly bounds?: DayWindow }
  | { readonly kind: 'year'; readonly year: number };

/** The default frame of a plan's school year: 1 August to 31 July. */
export const DEFAULT_SCHOOL_YEAR_START = { month: 8, day: 1 } as const;

/**
 * The days a period covers.
 *
 * @example
 * periodWindow({ kind: 'school-year', startYear: 2020 }) // => 1/8/2020 … 31/7/2021 as epoch days
 */
export function periodWindow(period: Period): DayWindow {
  if (period.kind === 'year')
    return {
      start: toEpochDay({ year: period.year, month: 1, day: 1 }),
      end: toEpochDay({ year: period.year, month: 12, day: 31 }),
    };
  if (period.bounds !== undefined) return period.bounds;
  const start = toEpochDay({
    year: period.startYear,
    month: DEFAULT_SCHOOL_YEAR_START.month,
    day: DEFAULT_SCHOOL_YEAR_START.day,
  });
  return {
    start,
    end:
      toEpochDay({
        year: period.startYear + 1,
        month: DEFAULT_SCHOOL_YEAR_START.month,
        day: DEFAULT_SCHOOL_YEAR_START.day,
      }) - 1,
  };
}

/**
 * Parses `2020-2021` (or `2020 - 2021`, `2020/2021`) into a school-year period.
 *
 * @example
 * parseSchoolYear('2020-2021') // => { kind: 'school-year', startYear: 2020 }
 */
export function parseSchoolYear(text: string): Period | undefined {
  const m = /^\s*(\d{4})\s*[-–/]\s*(\d{4})\s*$/.exec(text);
  if (!m || Number(m[2]) !== Number(m[1]) + 1) return undefined;
  return { kind: 'school-year', startYear: Number(m[1]) };
}

/**
 * `năm học 2020-2021` / `năm 2024` (or the English).
 *
 * @example
 * formatPeriod({ kind: 'year', year: 2024 }, 'en') // => 'year 2024'
 */
export function formatPeriod(period: Period, lang: Lang = 'vi'): string {
  if (period.kind === 'year') return lang === 'vi' ? `năm ${period.year}` : `year ${period.year}`;
  const w = periodWindow(period);
  const years = `${period.startYear}-${period.startYear + 1}`;
  const base = lang === 'vi' ? `năm học ${years}` : `school year ${years}`;
  return period.bounds === undefined ? base : `${base} (${formatVnDate(w.start)}–${formatVnDate(w.end)})`;
}

/**
 * Calendar years a period touches, with one year of margin either side.
 *
 * @example
 * candidateYears(periodWindow({ kind: 'year', year: 2024 })) // => [2023, 2024, 2025]
 */
export function candidateYears(window: DayWindow): number[] {
  const first = Math.floor(window.start / 365.2425 + 1970) - 1;
  const last = Math.floor(window.end / 365.2425 + 1970) + 1;
  const years: number[] = [];
  for (let y = first; y <= last; y++) years.push(y);
  return years;
}

/**
 * The year that puts day/month inside the window (the first such year), or undefined if none does
 * (e.g. 29/2 in a period without a leap February).
 *
 * @example
 * inferYear(30, 6, periodWindow({ kind: 'school-year', startYear: 2020 })) // => 2021
 */
export function inferYear(day: number, month: number, window: DayWindow): number | undefined {
  for (const year of candidateYears(window)) {
    if (!isValidCivilDate(year, month, day)) continue;
    const d = toEpochDay({ year, month, day });
    if (d >= window.start && d <= window.end) return year;
  }
  return undefined;
}

/**
 * Days two windows share.
 *
 * @example
 * overlapDays({ start: 0, end: 9 }, { start: 5, end: 20 }) // => 5
 */
export function overlapDays(a: DayWindow, b: DayWindow): number {
  return Math.max(0, Math.min(a.end, b.end) - Math.max(a.start, b.start) + 1);
}

/**
 * The year whose window (built by `windowOf`) overlaps the period most; ties go to the earlier year.
 * Undefined when no candidate overlaps at all.
 *
 * @example
 * // Quý III in năm học 2020-2021: Jul–Sep 2020 shares 61 days, Jul–Sep 2021 shares 31 => 2020
 */
export function inferWindowYear(
  windowOf: (year: number) => DayWindow | undefined,
  period: DayWindow,
): number | undefined {
  let best: number | undefined;
  let bestOverlap = 0;
  for (const year of candidateYears(period)) {
    const w = windowOf(year);
    const overlap = w === undefined ? 0 : overlapDays(w, period);
    if (overlap > bestOverlap) {
      best = year;
      bestOverlap = overlap;
    }
  }
  return best;
}
