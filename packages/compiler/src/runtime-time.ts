// Deadlines resolved while a machine runs: from a step's entry, from an event's date, or fixed at compile time.
import { epochDayOfInstant, startOfDayMs, parseIsoDate, type Clock, type EpochDay } from '@tdkt/calendar';
import type { DeadlineIR, DurationIR } from './ir.js';

/** The calendar rules a running machine needs; built from @tdkt/calendar by `timeRulesFromCalendar`. */
export interface TimeRules {
  /** Last day of a period of `duration` counted from `fromDay` (that day not counted, Bộ luật Dân sự 2015). */
  periodLastDay(fromDay: EpochDay, duration: DurationIR): EpochDay;
  /** The working day `n` working days before `day`. */
  workingDaysBefore(day: EpochDay, n: number): EpochDay;
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

/** The first instant after the day ends: a deadline on `lastDay` has passed from this instant on. */
export function endOfDay(lastDay: EpochDay): number {
  return startOfDayMs(lastDay + 1);
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
        const last = deadline.direction === 'before' ? time.periodFirstDay(day, deadline.duration) : time.periodLastDay(day, deadline.duration);
        return endOfDay(last);
      }
      // Until the event happens, the estimate stands in; unknown and unestimated means no deadline yet.
      return deadline.estimate?.at ?? Number.POSITIVE_INFINITY;
    }
  }
}

/** Reminders fire at the start of the working day that lies `n` working days before the deadline's last day. */
export function reminderInstant(deadlineAt: number, before: DurationIR, time: TimeRules): number {
  const lastDay = epochDayOfInstant(deadlineAt - 1);
  if (before.unit === 'working-day') return startOfDayMs(time.workingDaysBefore(lastDay, before.amount));
  const days = before.unit === 'week' ? before.amount * 7 : before.unit === 'month' ? before.amount * 30 : before.amount;
  return startOfDayMs(lastDay - days);
}

/** When a posting period that starts at `enteredAt` ends. */
export function postingEnd(enteredAt: number, duration: DurationIR, time: TimeRules): number {
  return endOfDay(time.periodLastDay(epochDayOfInstant(enteredAt), duration));
}
