// Inputs and outputs of time resolution: the context a phrase is resolved in, and what it resolves to.
import type { LunarCalendar, WorkingDays } from './calendar-port.js';
import type { Duration } from './duration.js';
import { type EpochDay, endOfDay, startOfDayMs } from './epoch-day.js';
import type { DayWindow, Period } from './period.js';
import type { FrameOverride, FrameSource, SchoolYearFrame } from './school-year-frame.js';
import type { TimeExprKind } from './time-expr.js';

/** What is known about an event's date: the day it happened, or an expected window (an estimate). */
export interface EventDate {
  readonly date?: EpochDay;
  readonly window?: DayWindow;
}

export interface ResolveContext {
  readonly period: Period;
  /** How `trước D` reads: strict (last day D−1, the default of tdkt) or lenient (D included). */
  readonly beforeReading: 'strict' | 'lenient';
  readonly calendar: WorkingDays;
  /** Known or estimated dates of the events relative phrases name, by id. */
  readonly events?: Readonly<Record<string, EventDate>>;
  /**
   * The declared events' written titles, by id, so a phrase may name an event as the plan writes it
   * (`sau hội nghị cán bộ viên chức` binds to `hội_nghị_cbvc "Hội nghị cán bộ, viên chức"`).
   */
  readonly eventTitles?: Readonly<Record<string, string>>;
  /** The window a phrase sits in (e.g. the month row of a plan's table), for `từ ngày 12-15`. */
  readonly enclosing?: DayWindow;
  /** Where Tết falls; needed only for lunar occasions. */
  readonly lunar?: LunarCalendar;
  /** The plan's own school-year frame (`khung năm học`): the dates it gives win over the Ministry's. */
  readonly frame?: FrameOverride;
  /** Full control of the frames (default: `schoolYearFrame`: the Ministry's decision or the rule, then `frame`). */
  readonly frames?: (startYear: number) => SchoolYearFrame;
}

/** `day`: one day; `window`: a span of days; `deadline`: only a last allowed day (window null). */
export type ResolutionKind = 'day' | 'window' | 'deadline';

export interface RelativeResolution {
  readonly event: string;
  readonly direction: 'after' | 'before';
  readonly offset: Duration | null;
  /** The event's actual day, when known. */
  readonly eventDay: EpochDay | null;
  /** The event's expected window, when the resolution is an estimate. */
  readonly estimate: DayWindow | null;
  readonly estimated: boolean;
  /** The last allowed day if the event happens at the start / end of its window (equal when known). */
  readonly lastDayRange: { readonly earliest: EpochDay; readonly latest: EpochDay };
  /**
   * What the written name was bound to: a declared event (by id, title or the start of a title), a school
   * event of the frame (`khai giảng`), an occasion (`Tết`: counted from the end of its break) or a date.
   */
  readonly binding?:
    | { readonly kind: 'declared'; readonly by: 'id' | 'title' | 'title-prefix'; readonly title?: string }
    | { readonly kind: 'school' | 'occasion' | 'date' };
}

/** One occurrence of a repeated phrase (`hằng tháng`): its window (null for a deadline) and last day. */
export interface Occurrence {
  readonly window: DayWindow | null;
  readonly lastDay: EpochDay;
  readonly deadline: number;
}

/** Why a fixed deadline's last day is not a working day (Bộ luật Dân sự 2015, Điều 148 would move a period). */
export interface DayOffNote {
  readonly reason: 'weekend' | 'holiday' | 'tet';
  /** The holiday's name when `holiday` or `tet`. */
  readonly holiday?: { readonly vi: string; readonly en: string };
  /** The first working day after it (where a period ending that day would end). */
  readonly nextWorkingDay: EpochDay;
  /** The last working day before it. */
  readonly previousWorkingDay: EpochDay;
}

export interface Resolution {
  readonly kind: ResolutionKind;
  /** The kind of the phrase's outermost node. */
  readonly exprKind: TimeExprKind;
  readonly window: DayWindow | null;
  /** The last day on which acting is still on time. */
  readonly lastDay: EpochDay;
  /** Epoch ms of the last millisecond of `lastDay` in +07:00 (23:59:59.999): on time iff `t <= deadline`. */
  readonly deadline: number;
  /** Tentative (`dự kiến`) or estimated: missing it is a warning, not a conflict. */
  readonly soft: boolean;
  readonly relative?: RelativeResolution;
  /** A time of day the deadline falls at (`trước 17h ngày 1/12/2022`); `deadline` is that instant. */
  readonly timeOfDay?: { readonly hour: number; readonly minute: number };
  /** Each occurrence of a repeated phrase in the period, in order. */
  readonly occurrences?: readonly Occurrence[];
  /** The school-year frame a school-year part or school event was read from, and where it comes from. */
  readonly frame?: { readonly startYear: number; readonly source: FrameSource; readonly citation: string };
  /** A fixed deadline whose last day is a weekend day, a holiday or inside the Tết break (kept, with a warning). */
  readonly dayOff?: DayOffNote;
}

/**
 * The instant of a time of day on a civil day (+07:00); `24:00` is the last millisecond of the day.
 *
 * @example
 * instantAt(toEpochDay({ year: 2022, month: 12, day: 1 }), 17, 0) // => 2022-12-01T17:00:00.000+07:00
 */
export function instantAt(day: EpochDay, hour: number, minute: number): number {
  return hour >= 24 ? deadlineOf(day) : startOfDayMs(day) + hour * 3_600_000 + minute * 60_000;
}

/**
 * The deadline instant of a last allowed day: 23:59:59.999 +07:00, i.e. one millisecond before 24:00.
 *
 * @example
 * deadlineOf(toEpochDay({ year: 2021, month: 6, day: 29 })) // => instant 2021-06-29T23:59:59.999+07:00
 */
export function deadlineOf(lastDay: EpochDay): number {
  return endOfDay(lastDay) - 1;
}
