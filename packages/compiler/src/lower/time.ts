// Lowers resolved times and durations of the language's model into deadlines and windows.
import { formatIsoDate, startOfDayMs, type DayWindow, type Resolution } from '@tdkt/calendar';
import type { ResolvedDuration, ResolvedTime } from '@tdkt/language';
import type { DeadlineIR, DurationIR, WindowIR } from '../ir.js';

/** A duration clause as DurationIR; undefined when the calendar could not read it (already diagnosed). */
export function lowerDuration(duration: ResolvedDuration | undefined): DurationIR | undefined {
  if (duration?.duration === undefined) return undefined;
  return { amount: duration.duration.amount, unit: duration.duration.unit, text: duration.text };
}

const endOf = (lastDay: number): number => startOfDayMs(lastDay + 1);

/**
 * A step's deadline: absolute when the calendar resolved it to a day, event-relative when it names an
 * event (estimated until the event's date is known).
 *
 * @example
 * lowerDeadline(stepDeadline) // => { kind: 'absolute', at, lastDay: '2021-05-14', soft: false, text: 'trước 15/5' }
 */
export function lowerDeadline(time: ResolvedTime | undefined): DeadlineIR | undefined {
  const resolution: Resolution | undefined = time?.resolution;
  if (time === undefined || resolution === undefined) return undefined;
  const relative = resolution.relative;
  if (relative !== undefined && relative.eventDay === null) {
    const offset = relative.offset ?? { amount: 0, unit: 'day' as const };
    return {
      kind: 'after-event',
      event: relative.event,
      direction: relative.direction,
      duration: { amount: offset.amount, unit: offset.unit, text: time.text },
      estimate: { lastDay: formatIsoDate(resolution.lastDay), at: endOf(resolution.lastDay) },
      soft: resolution.soft,
      text: time.text,
    };
  }
  return { kind: 'absolute', at: endOf(resolution.lastDay), lastDay: formatIsoDate(resolution.lastDay), soft: resolution.soft, text: time.text };
}

/** A window of days as instants: from the start of its first day to the end of its last. */
export function lowerWindow(window: DayWindow | undefined, text: string, soft: boolean): WindowIR | undefined {
  if (window === undefined) return undefined;
  return { start: startOfDayMs(window.start), end: endOf(window.end), startDay: formatIsoDate(window.start), lastDay: formatIsoDate(window.end), soft, text };
}
