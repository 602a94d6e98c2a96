// Durations (N ngày, N ngày làm việc, N tuần, N tháng) and period arithmetic per Bộ luật Dân sự 2015.
import type { WorkingDays } from './calendar-port.js';
import type { Diagnostic } from './diagnostic.js';
import { daysInMonth, type EpochDay, fromEpochDay, toEpochDay } from './epoch-day.js';
import { Cursor } from './phrase/cursor.js';
import { tokenizePhrase } from './phrase/tokenize.js';
import type { DurationUnit } from './time-expr.js';

export interface Duration {
  readonly amount: number;
  readonly unit: DurationUnit;
}

const UNIT_KEYWORDS = { day: 'day', 'working-day': 'working-day', week: 'week', month: 'month' } as const;

/**
 * Parses `5 ngày làm việc`, `3 tuần`, `2 tháng`, `10 ngay`, `5 working days`. Never throws.
 *
 * @example
 * parseDuration('5 ngày làm việc').duration // => { amount: 5, unit: 'working-day' }
 */
export function parseDuration(text: string): { duration: Duration | undefined; diagnostics: Diagnostic[] } {
  const cur = new Cursor(text, tokenizePhrase(text));
  const n = cur.next();
  const unit = cur.keyword();
  const id = unit?.id;
  if (
    n?.kind !== 'number' ||
    unit === undefined ||
    (id !== 'day' && id !== 'working-day' && id !== 'week' && id !== 'month')
  ) {
    cur.error('time.bad-duration', { start: 0, end: text.length }, { amount: n?.text ?? '' });
    return { duration: undefined, diagnostics: cur.diagnostics };
  }
  cur.pos += unit.length;
  if (!cur.atEnd()) {
    cur.error(
      'time.unexpected-text',
      { start: cur.hereSpan().start, end: text.length },
      { found: text.slice(cur.hereSpan().start) },
    );
    return { duration: undefined, diagnostics: cur.diagnostics };
  }
  return { duration: { amount: Number(n.text), unit: UNIT_KEYWORDS[id] }, diagnostics: [] };
}

/** `day` plus `months` calendar months; a missing day becomes the month's last day (Điều 147). */
function plusMonths(epochDay: EpochDay, months: number): EpochDay {
  const c = fromEpochDay(epochDay);
  const m0 = c.month - 1 + months;
  const year = c.year + Math.floor(m0 / 12);
  const month = (((m0 % 12) + 12) % 12) + 1;
  return toEpochDay({ year, month, day: Math.min(c.day, daysInMonth(year, month)) });
}

/**
 * The last day of a period of `duration` starting from an event on `epochDay` (Bộ luật Dân sự 2015,
 * Điều 147–148): the event's day is not counted; N days end on day E+N, N weeks on E+7N, N months on
 * the same day N months later (or that month's last day); a last day that is a day off moves to the end
 * of the next working day. N working days are counted on the working calendar.
 *
 * @example
 * addDuration(friday, { amount: 1, unit: 'day' }, calendar) // => the next Monday (Saturday is off)
 */
export function addDuration(epochDay: EpochDay, duration: Duration, calendar: WorkingDays): EpochDay {
  const { amount, unit } = duration;
  switch (unit) {
    case 'working-day':
      return calendar.addWorkingDays(epochDay, amount);
    case 'day':
      return calendar.periodEnd(epochDay + amount);
    case 'week':
      return calendar.periodEnd(epochDay + 7 * amount);
    case 'month':
      return calendar.periodEnd(plusMonths(epochDay, amount));
  }
}

/**
 * The day `duration` before `epochDay` ("trước E 5 ngày"): counted back without moving off days
 * (moving later would break the requirement); working days count back on the working calendar.
 *
 * @example
 * subtractDuration(toEpochDay({ year: 2021, month: 6, day: 20 }), { amount: 5, unit: 'day' }, calendar) // => 15/6/2021
 */
export function subtractDuration(epochDay: EpochDay, duration: Duration, calendar: WorkingDays): EpochDay {
  const { amount, unit } = duration;
  switch (unit) {
    case 'working-day':
      return calendar.addWorkingDays(epochDay, -amount);
    case 'day':
      return epochDay - amount;
    case 'week':
      return epochDay - 7 * amount;
    case 'month':
      return plusMonths(epochDay, -amount);
  }
}
