// A duration run forwards from a day, and its exact inverse: the latest start that still ends by a day.
import type { WorkingDays } from './calendar-port.js';
import { addDuration, type Duration, subtractDuration } from './duration.js';
import type { EpochDay } from './epoch-day.js';

/**
 * The day a duration that starts with an event on `day` ends, by `addDuration` (Bộ luật Dân sự 2015,
 * Điều 147–148); a zero (or missing) duration is the day itself. Monotone in `day`.
 *
 * @example
 * endAfter(friday, { amount: 1, unit: 'day' }, calendar) // => the next Monday (Saturday is a day off)
 */
export function endAfter(day: EpochDay, duration: Duration, calendar: WorkingDays): EpochDay {
  if (!(duration.amount > 0)) return day;
  return addDuration(day, { amount: Math.floor(duration.amount), unit: duration.unit }, calendar);
}

/**
 * The latest day an event may happen so that the duration after it ends no later than `limit`: the
 * largest `a` with `endAfter(a, duration) <= limit`. Starts from `subtractDuration` and corrects by
 * single days (`endAfter` is monotone, so the answer is exact).
 *
 * @example
 * latestStartBefore(monday, { amount: 1, unit: 'working-day' }, calendar) // => the Sunday before
 */
export function latestStartBefore(limit: EpochDay, duration: Duration, calendar: WorkingDays): EpochDay {
  if (!(duration.amount > 0)) return limit;
  const d = { amount: Math.floor(duration.amount), unit: duration.unit };
  let a = subtractDuration(limit, d, calendar);
  // Bounded corrections: a few days around weekends and Tết, never a runaway loop.
  for (let i = 0; i < 400 && endAfter(a, d, calendar) > limit; i++) a--;
  for (let i = 0; i < 400 && endAfter(a + 1, d, calendar) <= limit; i++) a++;
  return a;
}
