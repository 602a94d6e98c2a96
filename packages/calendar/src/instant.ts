// Edge formatting of instants and days with luxon in Asia/Ho_Chi_Minh (ISO 8601, weekday names).
import { DateTime } from 'luxon';
import { weekday, ZONE, type EpochDay } from './epoch-day.js';

/**
 * ISO 8601 with the Vietnamese offset, milliseconds included.
 *
 * @example
 * formatInstant(Date.UTC(2021, 5, 29, 16, 59, 59, 999)) // => '2021-06-29T23:59:59.999+07:00'
 */
export function formatInstant(ms: number): string {
  return DateTime.fromMillis(ms, { zone: ZONE }).toISO() ?? String(ms);
}

const VI_WEEKDAYS = ['thứ Hai', 'thứ Ba', 'thứ Tư', 'thứ Năm', 'thứ Sáu', 'thứ Bảy', 'Chủ nhật'];
const EN_WEEKDAYS = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'];

/**
 * The weekday's name of a day.
 *
 * @example
 * weekdayName(toEpochDay({ year: 2021, month: 6, day: 29 }), 'vi') // => 'thứ Ba'
 */
export function weekdayName(epochDay: EpochDay, lang: 'vi' | 'en' = 'vi'): string {
  const names = lang === 'vi' ? VI_WEEKDAYS : EN_WEEKDAYS;
  return names[weekday(epochDay) - 1] ?? '';
}
