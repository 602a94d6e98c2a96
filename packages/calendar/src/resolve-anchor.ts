// Resolving anchors (dates, ranges, months, quarters, school-year parts, points, occasions) to day windows.
import type { Diagnostic, TextSpan } from './diagnostic.js';
import { daysInMonth, formatVnDate, fromEpochDay, isValidCivilDate, toEpochDay } from './epoch-day.js';
import { HOLIDAY_MAX_YEAR, HOLIDAY_MIN_YEAR } from './holidays/holidays.js';
import { tetDay } from './lunar/convert.js';
import { occasionById, occasionDay } from './occasions.js';
import {
  candidateYears,
  type DayWindow,
  formatPeriod,
  inferWindowYear,
  inferYear,
  overlapDays,
  periodWindow,
} from './period.js';
import { breakAround, frameFor, inferYearMonthsYear, monthPartWindow, yearMonthsWindow } from './resolve-parts.js';
import type { ResolveContext } from './resolve-types.js';
import { type SchoolYearFrame, schoolYearPartWindow } from './school-year-frame.js';
import type { AnchorExpr, DateExpr, Point } from './time-expr.js';

export interface AnchorResult {
  readonly window: DayWindow;
  readonly single: boolean;
  /** The school-year frame the window was read from, if any. */
  readonly frame?: SchoolYearFrame;
  /** The time of day written with a date (`17h ngày 1/12/2022`). */
  readonly time?: { readonly hour: number; readonly minute: number };
}

export type Report = (code: string, span: TextSpan, data?: Diagnostic['data']) => undefined;

const day = (year: number, month: number, d: number): number => toEpochDay({ year, month, day: d });
const monthWindow = (year: number, month: number): DayWindow => ({
  start: day(year, month, 1),
  end: day(year, month, daysInMonth(year, month)),
});

/** Reports an explicitly dated anchor that lies outside the plan's period. */
function checkInside(ctx: ResolveContext, w: DayWindow, span: TextSpan, report: Report): void {
  if (overlapDays(w, periodWindow(ctx.period)) === 0)
    report('time.outside-period', span, {
      period: formatPeriod(ctx.period, 'vi'),
      periodEn: formatPeriod(ctx.period, 'en'),
    });
}

function resolveDate(e: DateExpr, ctx: ResolveContext, report: Report): number | undefined {
  const period = periodWindow(ctx.period);
  if (e.year !== undefined) {
    if (!isValidCivilDate(e.year, e.month, e.day))
      return report('time.invalid-date', e.span, { day: e.day, month: e.month, year: e.year });
    const d = day(e.year, e.month, e.day);
    checkInside(ctx, { start: d, end: d }, e.span, report);
    return d;
  }
  const year = inferYear(e.day, e.month, period);
  if (year === undefined) {
    // 29/2 in a period whose February has 28 days: the date does not exist in the year it would take.
    const monthYear = candidateYears(period).find((y) => {
      const first = day(y, e.month, 1);
      return first >= period.start && first <= period.end;
    });
    if (monthYear !== undefined && !isValidCivilDate(monthYear, e.month, e.day))
      return report('time.invalid-date', e.span, { day: e.day, month: e.month, year: monthYear });
    return report('time.outside-period', e.span, {
      period: formatPeriod(ctx.period, 'vi'),
      periodEn: formatPeriod(ctx.period, 'en'),
    });
  }
  return day(year, e.month, e.day);
}

/** The month and year an anchor without a month takes: the enclosing window's first month. */
function enclosingMonth(
  ctx: ResolveContext,
  span: TextSpan,
  report: Report,
): { year: number; month: number } | undefined {
  if (ctx.enclosing === undefined) return report('time.needs-enclosing-month', span, {});
  const { year, month } = fromEpochDay(ctx.enclosing.start);
  return { year, month };
}

const POINT_DAY: Readonly<Record<Point, (year: number, month: number) => number>> = {
  start: () => 1,
  middle: () => 15,
  end: (year, month) => daysInMonth(year, month),
};
const YEAR_POINT: Readonly<Record<Point, { month: number; day: number }>> = {
  start: { month: 1, day: 1 },
  middle: { month: 6, day: 30 },
  end: { month: 12, day: 31 },
};

/**
 * Resolves an anchor against the context's period: a missing year is inferred (dates: the year that
 * puts the day inside the period; months, quarters, school-year parts: the year whose window overlaps
 * the period most). Problems go to `report`; the result is undefined when nothing sensible remains.
 *
 * @example
 * resolveAnchor({ kind: 'month', month: 9, year: undefined, span }, ctx, report) // => Sep 2020 in 2020-2021
 */
export function resolveAnchor(e: AnchorExpr, ctx: ResolveContext, report: Report): AnchorResult | undefined {
  const period = periodWindow(ctx.period);
  const explicit = (w: DayWindow): AnchorResult => (checkInside(ctx, w, e.span, report), { window: w, single: false });
  switch (e.kind) {
    case 'date': {
      const d = resolveDate(e, ctx, report);
      if (d === undefined) return undefined;
      return e.time === undefined
        ? { window: { start: d, end: d }, single: true }
        : { window: { start: d, end: d }, single: true, time: { hour: e.time.hour, minute: e.time.minute } };
    }
    case 'range': {
      const start = resolveDate(e.start, ctx, report);
      if (start === undefined) return undefined;
      let end: number | undefined;
      if (e.end.year === undefined) {
        const sy = fromEpochDay(start).year;
        const candidate = isValidCivilDate(sy, e.end.month, e.end.day) ? day(sy, e.end.month, e.end.day) : undefined;
        end =
          candidate !== undefined && candidate >= start
            ? candidate
            : resolveDate({ ...e.end, year: sy + 1 }, ctx, report);
      } else end = resolveDate(e.end, ctx, report);
      if (end === undefined) return undefined;
      if (end < start) return report('time.reversed-range', e.span, {});
      return { window: { start, end }, single: false };
    }
    case 'day-range': {
      let year = e.year;
      let month = e.month;
      if (month === undefined) {
        const m = enclosingMonth(ctx, e.span, report);
        if (m === undefined) return undefined;
        ({ year, month } = m);
      } else if (year === undefined) {
        year = inferYear(e.startDay, month, period);
        if (year === undefined)
          return report('time.outside-period', e.span, {
            period: formatPeriod(ctx.period, 'vi'),
            periodEn: formatPeriod(ctx.period, 'en'),
          });
      }
      const y = year as number;
      if (e.endDay > daysInMonth(y, month) || e.startDay < 1)
        return report('time.invalid-day', e.span, { day: e.endDay, month });
      const w = { start: day(y, month, e.startDay), end: day(y, month, e.endDay) };
      if (e.year !== undefined) checkInside(ctx, w, e.span, report);
      return { window: w, single: e.startDay === e.endDay };
    }
    case 'month': {
      if (e.year !== undefined) return explicit(monthWindow(e.year, e.month));
      const year = inferWindowYear((y) => monthWindow(y, e.month), period);
      return year === undefined
        ? report('time.outside-period', e.span, {})
        : { window: monthWindow(year, e.month), single: false };
    }
    case 'month-range': {
      const { start: a, end: b } = e;
      let ya = a.year;
      let yb = b.year;
      if (ya === undefined && yb === undefined) {
        // The year that fits the whole range into the period best; the end wraps into the next year if needed.
        const wrap = b.month < a.month ? 1 : 0;
        ya = inferWindowYear(
          (y) => ({ start: monthWindow(y, a.month).start, end: monthWindow(y + wrap, b.month).end }),
          period,
        );
        if (ya === undefined) return report('time.outside-period', e.span, {});
        yb = ya + wrap;
      }
      const w = {
        start: monthWindow(ya ?? (yb as number), a.month).start,
        end: monthWindow(yb ?? (ya as number), b.month).end,
      };
      if (w.end < w.start) return report('time.reversed-range', e.span, {});
      return a.year !== undefined || b.year !== undefined ? explicit(w) : { window: w, single: false };
    }
    case 'quarter': {
      const q = (y: number): DayWindow => ({
        start: day(y, e.quarter * 3 - 2, 1),
        end: monthWindow(y, e.quarter * 3).end,
      });
      if (e.year !== undefined) return explicit(q(e.year));
      const year = inferWindowYear(q, period);
      return year === undefined ? report('time.outside-period', e.span, {}) : { window: q(year), single: false };
    }
    case 'year':
      return explicit({ start: day(e.year, 1, 1), end: day(e.year, 12, 31) });
    case 'school-year-part': {
      const w = (y: number): DayWindow => schoolYearPartWindow(frameFor(ctx, y), e.part);
      const year = e.schoolYear ?? inferWindowYear(w, period);
      if (year === undefined) return report('time.outside-period', e.span, {});
      const window = w(year);
      if (e.schoolYear !== undefined) checkInside(ctx, window, e.span, report);
      return { window, single: false, frame: frameFor(ctx, year) };
    }
    case 'month-part': {
      let { year, month } = e;
      if (month === undefined) {
        const m = enclosingMonth(ctx, e.span, report);
        if (m === undefined) return undefined;
        ({ year, month } = m);
      } else if (year === undefined) {
        year = inferWindowYear((y) => monthWindow(y, month as number), period);
        if (year === undefined) return report('time.outside-period', e.span, {});
      }
      if (e.unit === 'week' && e.index !== 'last' && 7 * e.index - 6 > daysInMonth(year as number, month)) {
        return report('time.invalid-week', e.span, { week: e.index });
      }
      const w = monthPartWindow(year as number, month, e.unit, e.index);
      return e.year === undefined ? { window: w, single: false } : explicit(w);
    }
    case 'year-months': {
      const year = e.year ?? inferYearMonthsYear(e, period);
      if (year === undefined) return report('time.outside-period', e.span, {});
      const w = yearMonthsWindow(year, e.count, e.from);
      return e.year === undefined ? { window: w, single: false } : explicit(w);
    }
    case 'span': {
      const a = resolveAnchor(e.start, ctx, report);
      const b = a && resolveAnchor(e.end, ctx, report);
      if (a === undefined || b === undefined) return undefined;
      if (b.window.end < a.window.start) return report('time.reversed-range', e.span, {});
      const frame = a.frame ?? b.frame;
      return {
        window: { start: a.window.start, end: b.window.end },
        single: false,
        ...(frame === undefined ? {} : { frame }),
      };
    }
    case 'month-point': {
      let year = e.year;
      let month = e.month;
      if (month === undefined) {
        const m = enclosingMonth(ctx, e.span, report);
        if (m === undefined) return undefined;
        ({ year, month } = m);
      } else if (year === undefined) {
        // The point's own day decides the year (cuối tháng 7 in 2020-2021 is 31/7/2021).
        year =
          inferYear(POINT_DAY[e.point](2001, month), month, period) ??
          inferWindowYear((y) => monthWindow(y, month as number), period);
        if (year === undefined) return report('time.outside-period', e.span, {});
      }
      const d = day(year as number, month, POINT_DAY[e.point](year as number, month));
      if (e.year !== undefined) checkInside(ctx, { start: d, end: d }, e.span, report);
      return { window: { start: d, end: d }, single: true };
    }
    case 'year-point': {
      const { month, day: dd } = YEAR_POINT[e.point];
      const year = e.year ?? inferYear(dd, month, period);
      if (year === undefined)
        return report('time.outside-period', e.span, {
          period: formatPeriod(ctx.period, 'vi'),
          periodEn: formatPeriod(ctx.period, 'en'),
        });
      const d = day(year, month, dd);
      if (e.year !== undefined) checkInside(ctx, { start: d, end: d }, e.span, report);
      return { window: { start: d, end: d }, single: true };
    }
    case 'whole-period':
      return { window: period, single: false };
    case 'occasion': {
      if (e.date !== undefined) {
        const d = resolveDate(e.date, ctx, report);
        return d === undefined ? undefined : { window: { start: d, end: d }, single: true };
      }
      const occasion = e.occasion === undefined ? undefined : occasionById(e.occasion);
      if (occasion === undefined) return report('time.expected-occasion', e.span, {});
      const lunar = ctx.lunar;
      // The lunar calendar is computed for 1900–2100 only (years up to 2199 are otherwise accepted).
      const lunarYear = (y: number): boolean => y >= HOLIDAY_MIN_YEAR && y <= HOLIDAY_MAX_YEAR;
      const tet = (y: number): number | undefined =>
        !lunarYear(y) ? undefined : lunar !== undefined ? lunar.tetDay(y) : tetDay(y);
      if (
        occasion.rule.kind === 'lunar-new-year' &&
        candidateYears(period).some(
          (y) => !lunarYear(y) && y >= fromEpochDay(period.start).year && y <= fromEpochDay(period.end).year,
        )
      ) {
        return report('time.lunar-out-of-range', e.span, { min: HOLIDAY_MIN_YEAR, max: HOLIDAY_MAX_YEAR });
      }
      for (const y of candidateYears(period)) {
        const d = occasionDay(occasion, y, tet);
        if (d === undefined || d < period.start || d > period.end) continue;
        // "dịp Tết", "trước Tết": the Tết break (the days off around mùng 1), not only mùng 1.
        if (occasion.rule.kind === 'lunar-new-year') return { window: breakAround(d, ctx.calendar), single: false };
        return { window: { start: d, end: d }, single: true };
      }
      return report('time.outside-period', e.span, {
        period: formatPeriod(ctx.period, 'vi'),
        periodEn: formatPeriod(ctx.period, 'en'),
      });
    }
  }
}

/**
 * `D/M/YYYY` of a window's ends, for messages.
 *
 * @example
 * describeWindow({ start: d, end: d + 3 }) // => '12/6/2021–15/6/2021'
 */
export function describeWindow(w: DayWindow): string {
  return w.start === w.end ? formatVnDate(w.start) : `${formatVnDate(w.start)}–${formatVnDate(w.end)}`;
}
