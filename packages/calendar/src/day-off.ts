// A fixed deadline on a day off: kept as written, with a warning naming the working days around it (BLDS Điều 148).
import type { WorkingDays } from './calendar-port.js';
import type { Diagnostic, Lang, TextSpan } from './diagnostic.js';
import { type EpochDay, formatVnDate } from './epoch-day.js';
import { weekdayName } from './instant.js';
import { breakAround } from './resolve-parts.js';
import type { DayOffNote } from './resolve-types.js';

/**
 * Why a day is not worked (weekend, holiday, inside the Tết break) and the working days around it; undefined
 * for a working day.
 *
 * @example
 * dayOffNote(toEpochDay({ year: 2021, month: 5, day: 15 }), calendar) // => { reason: 'weekend', nextWorkingDay: 17/5/2021, previousWorkingDay: 14/5/2021 }
 */
export function dayOffNote(day: EpochDay, calendar: WorkingDays): DayOffNote | undefined {
  if (calendar.isWorkingDay(day)) return undefined;
  const own = calendar.holidayOn?.(day);
  const run = breakAround(day, calendar);
  let tet: { vi: string; en: string } | undefined;
  for (let d = run.start; d <= run.end && tet === undefined; d++) {
    const h = calendar.holidayOn?.(d);
    if (h?.occasion === 'tet') tet = { vi: 'kỳ nghỉ Tết Nguyên đán', en: 'the Tết break' };
  }
  const holiday = own !== undefined && own.kind === 'holiday' ? { vi: own.name.vi, en: own.name.en } : undefined;
  const reason = tet !== undefined ? 'tet' : holiday !== undefined ? 'holiday' : 'weekend';
  const named = tet ?? holiday;
  return {
    reason,
    ...(named === undefined ? {} : { holiday: named }),
    nextWorkingDay: calendar.nextWorkingDay(day),
    previousWorkingDay: calendar.addWorkingDays(day, -1),
  };
}

const dated = (d: EpochDay, lang: Lang): string => `${weekdayName(d, lang)} ${formatVnDate(d)}`;

/**
 * The warning `time.deadline-on-day-off` for a fixed deadline whose last day is off (the data the vi/en
 * messages are rendered from).
 *
 * @example
 * dayOffWarning(day, note, span) // => { code: 'time.deadline-on-day-off', severity: 'warning', data: { day: 'thứ Bảy 15/5/2021', next: 'thứ Hai 17/5/2021', … } }
 */
export function dayOffWarning(day: EpochDay, note: DayOffNote, span: TextSpan): Diagnostic {
  return {
    code: 'time.deadline-on-day-off',
    severity: 'warning',
    span,
    data: {
      day: dated(day, 'vi'),
      dayEn: dated(day, 'en'),
      reason: note.reason,
      holiday: note.holiday?.vi ?? '',
      holidayEn: note.holiday?.en ?? '',
      next: dated(note.nextWorkingDay, 'vi'),
      nextEn: dated(note.nextWorkingDay, 'en'),
      previous: dated(note.previousWorkingDay, 'vi'),
      previousEn: dated(note.previousWorkingDay, 'en'),
    },
  };
}
