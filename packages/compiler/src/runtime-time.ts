// Deadlines resolved while a machine runs: from a step's entry, from an event's date, or fixed at compile time.
import { type Clock, type EpochDay, endOfDay, epochDayOfInstant, parseIsoDate, startOfDayMs } from '@tdkt/calendar';
import type { DeadlineIR, DurationIR } from './ir.js';
import { anchorStepOf } from './procedure/names.js';

/** The calendar rules a running machine needs; built from @tdkt/calendar by `timeRulesFromCalendar`. */
export interface TimeRules {
  /** Last day of a period of `duration` counted from `fromDay` (that day not counted, Bộ luật Dân sự 2015). */
  periodLastDay(fromDay: EpochDay, duration: DurationIR): EpochDay;
  /** The day a period of `duration` before `day` starts (`trước E 5 ngày`), not moved off days off. */
  periodFirstDay(day: EpochDay, duration: DurationIR): EpochDay;
}

/** What compiled machines read at run time: the actor's clock and the calendar. */
export interface Runtime {
  readonly clock: Clock;
  readonly time: TimeRules;
  /** Exhaustive exploration: a delayed event that arrives is taken as due, whatever the clock says. */
  readonly analysis?: boolean;
}

/**
 * The instant a deadline passes, given when the step was entered and the events known so far.
 *
 * @example
 * deadlineInstant({ kind: 'after-entry', duration: tenWorkingDays, soft: false, text: 'mất 10 ngày làm việc' }, enteredMs, {}, rules)
 */
export function deadlineInstant(
  deadline: DeadlineIR,
  enteredAt: number,
  knownEvents: Readonly<Record<string, string>>,
  time: TimeRules,
): number {
  switch (deadline.kind) {
    case 'absolute':
      return deadline.at;
    case 'after-entry':
      return endOfDay(time.periodLastDay(epochDayOfInstant(enteredAt), deadline.duration));
    case 'after-event': {
      const known = knownEvents[deadline.event];
      const day = known === undefined ? undefined : parseIsoDate(known);
      if (day !== undefined) {
        const last =
          deadline.direction === 'before'
            ? time.periodFirstDay(day, deadline.duration)
            : time.periodLastDay(day, deadline.duration);
        return endOfDay(last);
      }
      // Counted from one of the procedure's own steps, on a path that did not pass it (`công_bố` reached from a
      // council's `không duyệt`, not from `quyết_định`): from the day the dossier reached this step instead.
      if (anchorStepOf(deadline) !== undefined)
        return endOfDay(time.periodLastDay(epochDayOfInstant(enteredAt), deadline.duration));
      // Until the event happens, the estimate stands in; unknown and unestimated means no deadline yet.
      return deadline.estimate?.at ?? Number.POSITIVE_INFINITY;
    }
  }
}

/**
 * When a reminder fires: at the start of the day `before` before the deadline's last day, counted as the
 * calendar counts a period back (`nhắc trước 3 ngày làm việc` on the working calendar, `1 tháng` a calendar
 * month: 30/4 for a deadline on 31/5), the same rule as `trước E 5 ngày`.
 *
 * @example
 * reminderInstant(endOfDay(day(31, 5, 2021)), { amount: 1, unit: 'month', text: '1 tháng' }, rules) // => start of 30/4/2021
 */
export function reminderInstant(deadlineAt: number, before: DurationIR, time: TimeRules): number {
  return startOfDayMs(time.periodFirstDay(epochDayOfInstant(deadlineAt - 1), before));
}

/** When a posting period that starts at `enteredAt` ends. */
export function postingEnd(enteredAt: number, duration: DurationIR, time: TimeRules): number {
  return endOfDay(time.periodLastDay(epochDayOfInstant(enteredAt), duration));
}
