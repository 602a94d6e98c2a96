// The school year's frame (khung năm học): the Ministry's decision, a plan's own, or the rule; and its parts' windows.
import { daysInMonth, type EpochDay, fromEpochDay, parseIsoDate, toEpochDay } from './epoch-day.js';
import { type FrameDecisionRow, type FrameVerification, MINISTRY_FRAME_ROWS } from './frame-data.js';
import { type DayWindow, periodWindow } from './period.js';
import type { SchoolYearPart } from './time-expr.js';

export type { FrameDecisionRow, FrameVerification } from './frame-data.js';

/** Where a frame's dates come from: the Ministry's decision, the plan (`khung năm học`), or the rule. */
export type FrameSource = 'ministry' | 'plan' | 'rule';

/** The dates a school year's parts and school events are computed from (every date a last day, inclusive). */
export interface SchoolYearFrame {
  /** Năm học startYear–startYear+1. */
  readonly startYear: number;
  /** The plan's frame (default 1/8 – 31/7). */
  readonly period: DayWindow;
  /** Earliest gathering day (tựu trường sớm nhất). */
  readonly gathering: EpochDay;
  /** Opening day (khai giảng); semester I starts here. */
  readonly opening: EpochDay;
  /** Last day of semester I ("kết thúc học kỳ I trước ngày D": D−1). */
  readonly semester1End: EpochDay;
  /** Last day of semester II's teaching plan (the end of teaching when the decision gives no separate date). */
  readonly semester2End: EpochDay;
  /** Last day of the school year's teaching ("kết thúc năm học trước ngày D": D−1). */
  readonly teachingEnd: EpochDay;
  readonly source: FrameSource;
  /** The decision cited, for `ministry` frames. */
  readonly decision: { readonly text: string; readonly verified: FrameVerification; readonly note?: string } | null;
  /** One line saying where the dates come from (Vietnamese). */
  readonly citation: string;
}

/** A frame a caller supplies (the plan's `khung năm học`): any date given replaces the Ministry's or the rule's. */
export interface FrameOverride {
  readonly startYear: number;
  readonly gathering?: EpochDay;
  readonly opening?: EpochDay;
  readonly semester1End?: EpochDay;
  readonly semester2End?: EpochDay;
  readonly teachingEnd?: EpochDay;
  /** Where the plan's frame comes from (e.g. the province's decision), shown in outputs. */
  readonly citation?: string;
}

/**
 * The rule for years without a decision: the frame every decision since 2020-2021 shares — opening 5/9,
 * gathering a week before, semester I ends before 18/1, the year before 31/5.
 */
export const FRAME_RULE = {
  opening: { month: 9, day: 5 },
  gatheringDaysBeforeOpening: 7,
  semester1End: { month: 1, day: 17 },
  teachingEnd: { month: 5, day: 30 },
} as const;

const day = (iso: string): EpochDay => {
  const d = parseIsoDate(iso);
  if (d === undefined) throw new Error(`frame-data: bad date ${iso}`); // data error, caught by the frame test
  return d;
};

function fromRow(row: FrameDecisionRow): SchoolYearFrame {
  const teachingEnd = day(row.yearBefore) - 1;
  return {
    startYear: row.startYear,
    period: periodWindow({ kind: 'school-year', startYear: row.startYear }),
    gathering: day(row.gathering),
    opening: day(row.opening),
    semester1End: day(row.semester1Before) - 1,
    semester2End: row.semester2Before === undefined ? teachingEnd : day(row.semester2Before) - 1,
    teachingEnd,
    source: 'ministry',
    decision: { text: row.decision, verified: row.verified, ...(row.note === undefined ? {} : { note: row.note }) },
    citation: row.decision,
  };
}

function ruleFrame(startYear: number): SchoolYearFrame {
  const at = (year: number, md: { month: number; day: number }): EpochDay => toEpochDay({ year, ...md });
  const opening = at(startYear, FRAME_RULE.opening);
  const teachingEnd = at(startYear + 1, FRAME_RULE.teachingEnd);
  return {
    startYear,
    period: periodWindow({ kind: 'school-year', startYear }),
    gathering: opening - FRAME_RULE.gatheringDaysBeforeOpening,
    opening,
    semester1End: at(startYear + 1, FRAME_RULE.semester1End),
    semester2End: teachingEnd,
    teachingEnd,
    source: 'rule',
    decision: null,
    citation: `chưa có quyết định khung năm học ${startYear}-${startYear + 1} trong dữ liệu: dùng quy tắc (khai giảng 5/9, học kỳ I đến 17/1, năm học đến 30/5)`,
  };
}

/**
 * The frame of a school year: the Ministry's decision when the table has it, else the rule (`source`
 * says which); an override (the plan's own frame) replaces the dates it gives.
 *
 * @example
 * schoolYearFrame(2020).semester1End // => 15/1/2021 (QĐ 2084/QĐ-BGDĐT: "kết thúc học kỳ I trước ngày 16/01/2021")
 * schoolYearFrame(2030).source // => 'rule'
 */
export function schoolYearFrame(
  startYear: number,
  override?: FrameOverride,
  rows: readonly FrameDecisionRow[] = MINISTRY_FRAME_ROWS,
): SchoolYearFrame {
  const base = rows === MINISTRY_FRAME_ROWS ? ministryOrRule(startYear) : frameFromRows(startYear, rows);
  if (override === undefined || override.startYear !== startYear) return base;
  const teachingEnd = override.teachingEnd ?? base.teachingEnd;
  return {
    ...base,
    gathering: override.gathering ?? base.gathering,
    opening: override.opening ?? base.opening,
    semester1End: override.semester1End ?? base.semester1End,
    semester2End: override.semester2End ?? Math.min(base.semester2End, teachingEnd),
    teachingEnd,
    source: 'plan',
    citation: override.citation ?? `khung năm học của kế hoạch (các mốc không khai báo lấy theo: ${base.citation})`,
  };
}

function frameFromRows(startYear: number, rows: readonly FrameDecisionRow[]): SchoolYearFrame {
  const row = rows.find((r) => r.startYear === startYear);
  return row === undefined ? ruleFrame(startYear) : fromRow(row);
}

/** The Ministry's (or the rule's) frames, computed once per school year: a plan reads them for every phrase. */
const frames = new Map<number, SchoolYearFrame>();

function ministryOrRule(startYear: number): SchoolYearFrame {
  let frame = frames.get(startYear);
  if (frame === undefined) {
    frame = Object.freeze(frameFromRows(startYear, MINISTRY_FRAME_ROWS));
    // Bounded: years are 1900–2199, and a cache must not grow without limit on odd input.
    if (frames.size < 1000) frames.set(startYear, frame);
  }
  return frame;
}

/**
 * Whether the Ministry's table has a decision for this school year.
 *
 * @example
 * hasMinistryFrame(2025) // => true
 */
export function hasMinistryFrame(startYear: number): boolean {
  return MINISTRY_FRAME_ROWS.some((r) => r.startYear === startYear);
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

/** The first, middle or last 31 days of a window (all of it when shorter). */
function slice(w: DayWindow, where: 'start' | 'middle' | 'end'): DayWindow {
  if (w.end - w.start < 31) return w;
  if (where === 'start') return { start: w.start, end: w.start + 30 };
  if (where === 'end') return { start: w.end - 30, end: w.end };
  const mid = w.start + Math.floor((w.end - w.start) / 2);
  return { start: mid - 15, end: mid + 15 };
}

/**
 * The window of a school-year part:
 * - `semester-1` opening … semester1End; `semester-2` the next day … semester2End;
 * - `start-`/`middle-`/`end-semester-N`: the first 31 days, the 31 days around the midpoint, the last 31 days;
 * - `start` (đầu năm học) the frame's first day … the end of the opening month;
 * - `middle` (giữa năm học) the 31 days around the end of semester I (the turn of the semesters);
 * - `end` (cuối năm học) the first of teachingEnd's month … the end of the month after it (reviews);
 * - `whole` the frame.
 *
 * @example
 * schoolYearPartWindow(schoolYearFrame(2020), 'semester-2') // => 16/1/2021 … 24/5/2021
 */
export function schoolYearPartWindow(frame: SchoolYearFrame, part: SchoolYearPart): DayWindow {
  const s1 = { start: frame.opening, end: frame.semester1End };
  const s2 = { start: frame.semester1End + 1, end: frame.semester2End };
  switch (part) {
    case 'semester-1':
      return s1;
    case 'semester-2':
      return s2;
    case 'start-semester-1':
      return slice(s1, 'start');
    case 'middle-semester-1':
      return slice(s1, 'middle');
    case 'end-semester-1':
      return slice(s1, 'end');
    case 'start-semester-2':
      return slice(s2, 'start');
    case 'middle-semester-2':
      return slice(s2, 'middle');
    case 'end-semester-2':
      return slice(s2, 'end');
    case 'start':
      return { start: frame.period.start, end: monthEnd(frame.opening) };
    case 'middle':
      return { start: frame.semester1End - 15, end: frame.semester1End + 15 };
    case 'end':
      return { start: monthStart(frame.teachingEnd), end: Math.min(frame.period.end, monthEnd(frame.teachingEnd, 1)) };
    case 'whole':
      return frame.period;
  }
}
