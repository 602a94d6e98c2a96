// Resolving parts of periods (weeks and halves of months, months of a year), the frame in use, and the Tết break.
import type { WorkingDays } from './calendar-port.js';
import { daysInMonth, type EpochDay, toEpochDay } from './epoch-day.js';
import { type DayWindow, inferWindowYear } from './period.js';
import type { Resolution, ResolveContext } from './resolve-types.js';
import { type SchoolYearFrame, schoolYearFrame } from './school-year-frame.js';
import type { MonthPartExpr, YearMonthsExpr } from './time-expr.js';

const day = (year: number, month: number, d: number): EpochDay => toEpochDay({ year, month, day: d });

/**
 * The days of a month part: week n is days 7n−6 … 7n (the fifth week ends with the month), the last week is
 * the month's last 7 days, half 1 is days 1–15 and half 2 is 16 to the end.
 *
 * @example
 * monthPartWindow(2020, 9, 'week', 'last') // => 24/9/2020 … 30/9/2020
 */
export function monthPartWindow(
  year: number,
  month: number,
  unit: MonthPartExpr['unit'],
  index: MonthPartExpr['index'],
): DayWindow {
  const last = daysInMonth(year, month);
  if (unit === 'half')
    return index === 1
      ? { start: day(year, month, 1), end: day(year, month, 15) }
      : { start: day(year, month, 16), end: day(year, month, last) };
  if (index === 'last') return { start: day(year, month, last - 6), end: day(year, month, last) };
  return { start: day(year, month, 7 * index - 6), end: day(year, month, Math.min(7 * index, last)) };
}

/**
 * `6 tháng đầu năm Y` (1/1 – 30/6), `6 tháng cuối năm Y` (1/7 – 31/12), `9 tháng đầu năm Y` (1/1 – 30/9).
 *
 * @example
 * yearMonthsWindow(2024, 6, 'end') // => 1/7/2024 … 31/12/2024
 */
export function yearMonthsWindow(year: number, count: number, from: YearMonthsExpr['from']): DayWindow {
  if (from === 'start') return { start: day(year, 1, 1), end: day(year, count, daysInMonth(year, count)) };
  return { start: day(year, 13 - count, 1), end: day(year, 12, 31) };
}

/** The year a `N tháng đầu/cuối năm` without a year takes: the one overlapping the period most. */
export function inferYearMonthsYear(e: YearMonthsExpr, period: DayWindow): number | undefined {
  return inferWindowYear((y) => yearMonthsWindow(y, e.count, e.from), period);
}

/** Frames with a plan's period bounds, per frame and bounds (one object per pair, so summaries stay cached). */
const withBounds = new WeakMap<SchoolYearFrame, Map<string, SchoolYearFrame>>();

/**
 * The frame of a school year in a context: the caller's `frames`, else the Ministry's decision or the rule
 * with the plan's own `frame` over it; the plan's period bounds replace the frame's period.
 *
 * @example
 * frameFor(ctx, 2020).source // => 'ministry'
 */
export function frameFor(ctx: Pick<ResolveContext, 'frames' | 'frame' | 'period'>, startYear: number): SchoolYearFrame {
  const frame = ctx.frames?.(startYear) ?? schoolYearFrame(startYear, ctx.frame);
  const p = ctx.period;
  if (p.kind !== 'school-year' || p.startYear !== startYear || p.bounds === undefined) return frame;
  const key = `${p.bounds.start}:${p.bounds.end}`;
  let bounded = withBounds.get(frame)?.get(key);
  if (bounded === undefined) {
    bounded = { ...frame, period: p.bounds };
    const byKey = withBounds.get(frame) ?? new Map<string, SchoolYearFrame>();
    if (byKey.size < 16) byKey.set(key, bounded);
    withBounds.set(frame, byKey);
  }
  return bounded;
}

const summaries = new WeakMap<SchoolYearFrame, NonNullable<Resolution['frame']>>();

/**
 * What a resolution says about its frame (one object per frame: frames are cached).
 *
 * @example
 * frameSummary(schoolYearFrame(2020)) // => { startYear: 2020, source: 'ministry', citation: 'Quyết định 2084/QĐ-BGDĐT ngày 27/7/2020' }
 */
export function frameSummary(frame: SchoolYearFrame): NonNullable<Resolution['frame']> {
  let summary = summaries.get(frame);
  if (summary === undefined) {
    summary = Object.freeze({ startYear: frame.startYear, source: frame.source, citation: frame.citation });
    summaries.set(frame, summary);
  }
  return summary;
}

/**
 * The run of days off around a day that is off (the Tết break around mùng 1), at most 20 days either way;
 * a working day is a break of its own length 1.
 *
 * @example
 * breakAround(tetDay(2021), calendar) // => 10/2/2021 … 16/2/2021
 */
export function breakAround(d: EpochDay, calendar: Pick<WorkingDays, 'isWorkingDay'>): DayWindow {
  let byDay = breaks.get(calendar);
  const cached = byDay?.get(d);
  if (cached !== undefined) return cached;
  let found: DayWindow = { start: d, end: d };
  if (!calendar.isWorkingDay(d)) {
    let start = d;
    let end = d;
    while (d - start < 20 && !calendar.isWorkingDay(start - 1)) start--;
    while (end - d < 20 && !calendar.isWorkingDay(end + 1)) end++;
    found = { start, end };
  }
  if (byDay === undefined) {
    byDay = new Map();
    breaks.set(calendar, byDay);
  }
  // Bounded per calendar (a calendar's days off do not change; a plan asks about a few breaks).
  if (byDay.size < 4096) byDay.set(d, found);
  return found;
}

/** Breaks found per calendar object and day. */
const breaks = new WeakMap<object, Map<EpochDay, DayWindow>>();
