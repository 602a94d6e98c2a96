// Edge formatting of instants and days with luxon in Asia/Ho_Chi_Minh (ISO 8601, weekday names).
import { DateTime, FixedOffsetZone } from 'luxon';
import type { Lang } from './diagnostic.js';
import { type EpochDay, VN_OFFSET_MS, weekday } from './epoch-day.js';

// The fixed +07:00 offset the epoch-day arithmetic uses (Asia/Ho_Chi_Minh since 1975; before that the IANA
// zone had other offsets, which would disagree with the day boundaries computed here).
const VN_OFFSET = FixedOffsetZone.instance(VN_OFFSET_MS / 60_000);

/**
 * ISO 8601 with the Vietnamese offset (+07:00), milliseconds included.
 *
 * @example
 * formatInstant(Date.UTC(2021, 5, 29, 16, 59, 59, 999)) // => '2021-06-29T23:59:59.999+07:00'
 */
export function formatInstant(ms: number): string {
  return DateTime.fromMillis(ms, { zone: VN_OFFSET }).toISO() ?? String(ms);
}

const VI_WEEKDAYS = ['thứ Hai', 'thứ Ba', 'thứ Tư', 'thứ Năm', 'thứ Sáu', 'thứ Bảy', 'Chủ nhật'];
const EN_WEEKDAYS = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'];

/**
 * The weekday's name of a day.
 *
 * @example
 * weekdayName(toEpochDay({ year: 2021, month: 6, day: 29 }), 'vi') // => 'thứ Ba'
 */
export function weekdayName(epochDay: EpochDay, lang: Lang = 'vi'): string {
  const names = lang === 'vi' ? VI_WEEKDAYS : EN_WEEKDAYS;
  return names[weekday(epochDay) - 1] ?? '';
}
