// Relative phrases ("2 ngày sau E", "trong 5 ngày làm việc kể từ E", "trước E 5 ngày") given the event's day.
import { addDuration, type Duration, subtractDuration } from './duration.js';
import type { EpochDay } from './epoch-day.js';
import { type DayWindow, periodWindow } from './period.js';
import { deadlineOf, type RelativeResolution, type Resolution, type ResolveContext } from './resolve-types.js';
import type { RelativeExpr } from './time-expr.js';

type RelativeContext = Pick<ResolveContext, 'calendar' | 'beforeReading' | 'period'>;

const durationOf = (e: RelativeExpr): Duration | null =>
  e.offset === undefined ? null : { amount: e.offset.amount, unit: e.offset.unit };

/**
 * The last allowed day of a relative phrase when its event happens on `eventDay`:
 * - after with a duration: the end of the period (Bộ luật Dân sự: E not counted, a day off moves to
 *   the next working day; working days counted on the calendar);
 * - after without one (`sau E`): the period's last day;
 * - before with a duration (`trước E 5 ngày`): E minus the duration, not moved;
 * - before without one (`trước E`): E−1, or E when `trước` is read leniently.
 *
 * @example
 * relativeLastDay(parse('2 ngày sau E'), friday, ctx) // => the next Monday (Sunday is off)
 */
export function relativeLastDay(e: RelativeExpr, eventDay: EpochDay, ctx: RelativeContext): EpochDay {
  const offset = durationOf(e);
  if (e.direction === 'after')
    return offset === null ? periodWindow(ctx.period).end : addDuration(eventDay, offset, ctx.calendar);
  if (offset !== null) return subtractDuration(eventDay, offset, ctx.calendar);
  return ctx.beforeReading === 'lenient' ? eventDay : eventDay - 1;
}

function windowFor(e: RelativeExpr, eventStart: EpochDay, lastDay: EpochDay): DayWindow | null {
  if (e.direction === 'before') return null;
  return { start: Math.min(eventStart + 1, lastDay), end: lastDay };
}

/**
 * Resolves a relative phrase once its event's actual day is known (the compiler calls this when a step
 * is entered). The result is hard.
 *
 * @example
 * resolveRelative(expr, toEpochDay({ year: 2020, month: 9, day: 25 }), ctx).lastDay // => 2 days later, moved off weekends
 */
export function resolveRelative(e: RelativeExpr, eventDay: EpochDay, ctx: RelativeContext): Resolution {
  return estimateRelative(e, { start: eventDay, end: eventDay }, false, ctx);
}

/**
 * Resolves a relative phrase against an event window: `lastDay` assumes the event happens at the end
 * of the window (the latest), `relative.lastDayRange` gives both ends; `estimated` marks it soft.
 *
 * @example
 * estimateRelative(expr, septemberWindow, true, ctx).soft // => true
 */
export function estimateRelative(
  e: RelativeExpr,
  event: DayWindow,
  estimated: boolean,
  ctx: RelativeContext,
): Resolution {
  return relativeResolution(e, event, estimated, ctx, e.event.name, undefined);
}

/**
 * `estimateRelative` with the name the event was bound to and how (built in one go: a plan resolves many).
 *
 * @example
 * relativeResolution(expr, window, false, ctx, 'hội_nghị_cbvc', { kind: 'declared', by: 'title' }).relative?.binding
 */
export function relativeResolution(
  e: RelativeExpr,
  event: DayWindow,
  estimated: boolean,
  ctx: RelativeContext,
  name: string,
  binding: RelativeResolution['binding'],
): Resolution {
  const earliest = relativeLastDay(e, event.start, ctx);
  const latest = relativeLastDay(e, event.end, ctx);
  const kind = e.direction === 'after' && e.offset === undefined ? 'window' : 'deadline';
  const relative: { -readonly [K in keyof RelativeResolution]: RelativeResolution[K] } = {
    event: name,
    direction: e.direction,
    offset: durationOf(e),
    eventDay: estimated ? null : event.start,
    estimate: estimated ? event : null,
    estimated,
    lastDayRange: { earliest, latest },
  };
  if (binding !== undefined) relative.binding = binding;
  return {
    kind,
    exprKind: 'relative',
    window: windowFor(e, event.start, latest),
    lastDay: latest,
    deadline: deadlineOf(latest),
    soft: estimated,
    relative,
  };
}
