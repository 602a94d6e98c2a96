// Parts of a school year (học kỳ, đầu/cuối năm học) with configurable dates and the Ministry's frames as data.
import { daysInMonth, fromEpochDay, parseIsoDate, toEpochDay, type EpochDay } from './epoch-day.js';
import { periodWindow, type DayWindow } from './period.js';
import type { SchoolYearPart } from './time-expr.js';

/** The dates a school year's parts are computed from. */
export interface SchoolYearFrame {
  /** Năm học startYear–startYear+1. */
  readonly startYear: number;
  /** The plan's frame (default 1/8 – 31/7). */
  readonly period: DayWindow;
  /** Opening day (khai giảng); semester I starts here. */
  readonly opening: EpochDay;
  /** Last day of semester I. */
  readonly semester1End: EpochDay;
  /** Last day of teaching (the year "ends before" the next day). */
  readonly teachingEnd: EpochDay;
  /** Where the dates come from. */
  readonly source: string;
}

/** Defaults used when no data set covers a year: opening 5/9, semester I to 17/1, teaching to 30/5. */
export const DEFAULT_FRAME_DATES = {
  opening: { month: 9, day: 5 },
  semester1End: { month: 1, day: 17 },
  teachingEnd: { month: 5, day: 30 },
} as const;

/** One school year's frame as the Ministry publishes it (khung kế hoạch thời gian năm học). */
export interface FrameData {
  readonly startYear: number;
  /** `YYYY-MM-DD`. */
  readonly opening: string;
  readonly semester1End: string;
  readonly teachingEnd: string;
  readonly source: string;
}

/**
 * Frames decided by the Ministry. 2025-2026: opening 5/9/2025, semester I ends before 18/1/2026, the
 * year ends before 31/5/2026 (domain.md §4).
 */
export const ministryFrames: readonly FrameData[] = [
  {
    startYear: 2025,
    opening: '2025-09-05',
    semester1End: '2026-01-17',
    teachingEnd: '2026-05-30',
    source: 'Bộ GD&ĐT: khung kế hoạch thời gian năm học 2025-2026 (khai giảng 5/9/2025; HK I trước 18/1/2026; kết thúc trước 31/5/2026)',
  },
];

/**
 * The frame of a school year: the Ministry's data when `data` covers it, else the documented defaults.
 *
 * @example
 * schoolYearFrame(2025).semester1End // => epoch day of 17/1/2026
 */
export function schoolYearFrame(startYear: number, data: readonly FrameData[] = ministryFrames): SchoolYearFrame {
  const period = periodWindow({ kind: 'school-year', startYear });
  const row = data.find((f) => f.startYear === startYear);
  if (row !== undefined) {
    const opening = parseIsoDate(row.opening);
    const semester1End = parseIsoDate(row.semester1End);
    const teachingEnd = parseIsoDate(row.teachingEnd);
    if (opening !== undefined && semester1End !== undefined && teachingEnd !== undefined) {
      return { startYear, period, opening, semester1End, teachingEnd, source: row.source };
    }
  }
  const at = (year: number, md: { month: number; day: number }): EpochDay => toEpochDay({ year, ...md });
  return {
    startYear,
    period,
    opening: at(startYear, DEFAULT_FRAME_DATES.opening),
    semester1End: at(startYear + 1, DEFAULT_FRAME_DATES.semester1End),
    teachingEnd: at(startYear + 1, DEFAULT_FRAME_DATES.teachingEnd),
    source: 'default',
  };
}

function monthStart(d: EpochDay): EpochDay {
  const c = fromEpochDay(d);
  return toEpochDay({ ...c, day: 1 });
}

function monthEnd(d: EpochDay, plusMonths = 0): EpochDay {
  const c = fromEpochDay(d);
  const m0 = c.month - 1 + plusMonths;
  const year = c.year + Math.floor(m0 / 12);
  const month = (((m0 % 12) + 12) % 12) + 1;
  return toEpochDay({ year, month, day: daysInMonth(year, month) });
}

/**
 * The window of a school-year part:
 * - `semester-1` opening … semester1End; `semester-2` the next day … teachingEnd;
 * - `start` (đầu năm học) the frame's first day … the end of the opening month;
 * - `end` (cuối năm học) the first of teachingEnd's month … the end of the month after it (reviews);
 * - `end-semester-1` / `end-semester-2` the last 31 days of the semester; `whole` the frame.
 *
 * @example
 * schoolYearPartWindow(schoolYearFrame(2020), 'semester-2') // => 18/1/2021 … 30/5/2021
 */
export function schoolYearPartWindow(frame: SchoolYearFrame, part: SchoolYearPart): DayWindow {
  switch (part) {
    case 'semester-1':
      return { start: frame.opening, end: frame.semester1End };
    case 'semester-2':
      return { start: frame.semester1End + 1, end: frame.teachingEnd };
    case 'start':
      return { start: frame.period.start, end: monthEnd(frame.opening) };
    case 'end':
      return { start: monthStart(frame.teachingEnd), end: Math.min(frame.period.end, monthEnd(frame.teachingEnd, 1)) };
    case 'end-semester-1':
      return { start: frame.semester1End - 30, end: frame.semester1End };
    case 'end-semester-2':
      return { start: frame.teachingEnd - 30, end: frame.teachingEnd };
    case 'whole':
      return frame.period;
  }
}
