// Lowers resolved times and durations of the language's model into deadlines and windows.
import { type DayWindow, endOfDay, formatIsoDate, type Resolution, startOfDayMs } from '@tdkt/calendar';
import { ownStepAnchor, type ResolvedDuration, type ResolvedTime } from '@tdkt/language';
import type { DeadlineIR, DurationIR, WindowIR } from '../ir.js';
import { stepDoneEvent } from '../procedure/names.js';

/** A duration clause as DurationIR; undefined when the calendar could not read it (already diagnosed). */
export function lowerDuration(duration: ResolvedDuration | undefined): DurationIR | undefined {
  if (duration?.duration === undefined) return undefined;
  return { amount: duration.duration.amount, unit: duration.duration.unit, text: duration.text };
}

/**
 * A step's deadline: absolute when the calendar resolved it to a day, event-relative when it names an
 * event (estimated until the event's date is known).
 *
 * @example
 * lowerDeadline(stepDeadline) // => { kind: 'absolute', at, lastDay: '2021-05-14', soft: false, text: 'trước 15/5' }
 */
export function lowerDeadline(
  time: ResolvedTime | undefined,
  ownSteps: ReadonlySet<string> = new Set(),
): DeadlineIR | undefined {
  const resolution: Resolution | undefined = time?.resolution;
  if (time === undefined) return undefined;
  if (resolution === undefined) return afterOwnStep(time, ownSteps);
  const relative = resolution.relative;
  if (relative !== undefined && relative.eventDay === null) {
    const offset = relative.offset ?? { amount: 0, unit: 'day' as const };
    return {
      kind: 'after-event',
      event: relative.event,
      direction: relative.direction,
      duration: { amount: offset.amount, unit: offset.unit, text: time.text },
      estimate: { lastDay: formatIsoDate(resolution.lastDay), at: endOfDay(resolution.lastDay) },
      soft: resolution.soft,
      text: time.text,
    };
  }
  // The first instant past the deadline: the end of the last day, or just after a written hour ("trước 17h").
  return {
    kind: 'absolute',
    at: resolution.deadline + 1,
    lastDay: formatIsoDate(resolution.lastDay),
    soft: resolution.soft,
    text: time.text,
  };
}

/**
 * A deadline counted from one of the procedure's own steps (`trong 90 ngày kể từ quyết_định`): an event-relative
 * deadline whose event is that step's completion, recorded by the machine when the step is left.
 */
function afterOwnStep(time: ResolvedTime, ownSteps: ReadonlySet<string>): DeadlineIR | undefined {
  const step = ownStepAnchor(time, ownSteps);
  if (step === undefined) return undefined;
  const e = (time.expr?.kind === 'tentative' ? time.expr.inner : time.expr) as {
    direction?: 'after' | 'before';
    offset?: { amount: number; unit: string };
  };
  const offset = e.offset ?? { amount: 0, unit: 'day' };
  return {
    kind: 'after-event',
    event: stepDoneEvent(step),
    direction: e.direction ?? 'after',
    duration: { amount: offset.amount, unit: offset.unit as DurationIR['unit'], text: time.text },
    soft: time.expr?.kind === 'tentative',
    text: time.text,
  };
}

/** A window of days as instants: from the start of its first day to the end of its last. */
export function lowerWindow(window: DayWindow | undefined, text: string, soft: boolean): WindowIR | undefined {
  if (window === undefined) return undefined;
  return {
    start: startOfDayMs(window.start),
    end: endOfDay(window.end),
    startDay: formatIsoDate(window.start),
    lastDay: formatIsoDate(window.end),
    soft,
    text,
  };
}
