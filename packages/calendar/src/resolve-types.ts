// Inputs and outputs of time resolution: the context a phrase is resolved in, and what it resolves to.
import type { LunarCalendar, WorkingDays } from './calendar-port.js';
import { MS_PER_DAY, startOfDayMs, type EpochDay } from './epoch-day.js';
import type { Duration } from './duration.js';
import type { DayWindow, Period } from './period.js';
import type { SchoolYearFrame } from './school-year-frame.js';
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
  /** Known or estimated dates of the events relative phrases name. */
  readonly events?: Readonly<Record<string, EventDate>>;
  /** The window a phrase sits in (e.g. the month row of a plan's table), for `từ ngày 12-15`. */
  readonly enclosing?: DayWindow;
  /** Where Tết falls; needed only for lunar occasions. */
  readonly lunar?: LunarCalendar;
  /** School-year frames (default: `schoolYearFrame`, the Ministry's data or the documented defaults). */
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
}

/**
 * The deadline instant of a last allowed day: 23:59:59.999 +07:00, i.e. one millisecond before 24:00.
 *
 * @example
 * deadlineOf(toEpochDay({ year: 2021, month: 6, day: 29 })) // => instant 2021-06-29T23:59:59.999+07:00
 */
export function deadlineOf(lastDay: EpochDay): number {
  return startOfDayMs(lastDay) + MS_PER_DAY - 1;
}
