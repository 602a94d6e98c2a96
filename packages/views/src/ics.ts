// iCalendar (RFC 5545) text of calendar entries, written by ical-generator: all-day events with reminders.
import { fromEpochDay } from '@tdkt/calendar';
import icalGenerator, { ICalAlarmType, ICalCalendarMethod } from 'ical-generator';
import type { CalendarEntry } from './calendar-events.js';

/** A floating date (all-day events carry no zone): midday UTC keeps the civil date in every zone ical-generator might use. */
const civil = (day: number): Date => {
  const { year, month, day: d } = fromEpochDay(day);
  return new Date(Date.UTC(year, month - 1, d, 12));
};

/**
 * Writes entries as an iCalendar file: all-day events (DTEND exclusive, the day after the last day; the
 * summary as the entry says it, "(dự kiến)" included),
 * METHOD:PUBLISH (what Outlook expects of a published calendar), the calendar's zone
 * Asia/Ho_Chi_Minh, a VALARM per reminder. `stamp` (epoch ms) fixes DTSTAMP so the
 * output is reproducible.
 *
 * @example
 * toIcs('Kế hoạch TĐKT 2020-2021', calendarEntries(plan, compiled, 'vi'), 0) // => 'BEGIN:VCALENDAR\r\n…'
 */
export function toIcs(name: string, entries: readonly CalendarEntry[], stamp: number): string {
  const cal = icalGenerator({
    name,
    prodId: { company: 'tdkt', product: 'tdkt calendar', language: 'VI' },
    method: ICalCalendarMethod.PUBLISH,
  });
  // All-day events are floating dates; the zone is said for clients that show times (and DTSTAMP stays UTC).
  cal.x([{ key: 'X-WR-TIMEZONE', value: 'Asia/Ho_Chi_Minh' }]);
  for (const entry of entries) {
    const event = cal.createEvent({
      id: entry.uid,
      start: civil(entry.start),
      end: civil(entry.end + 1),
      allDay: true,
      stamp: new Date(stamp),
      summary: entry.summary,
      description: entry.description,
      categories: [{ name: entry.kind }],
    });
    for (const days of entry.remindDaysBefore) {
      event.createAlarm({ type: ICalAlarmType.display, trigger: days * 86_400, description: entry.summary });
    }
  }
  return cal.toString();
}
