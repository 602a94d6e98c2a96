// A year's holiday schedule: the decided data table where it exists, else the law's rule (cached).
import { type EpochDay, formatIsoDate, parseIsoDate, weekday } from '../epoch-day.js';
import { DECIDED_YEARS } from './decided-data.js';
import { makeEntry, ruleHolidays } from './rule.js';
import type { HolidayEntry, LocalizedText } from './types.js';

/** First and last year the holiday API answers (the lunar calendar's range). */
export const HOLIDAY_MIN_YEAR = 1900;
export const HOLIDAY_MAX_YEAR = 2100;

const decidedYears = new Set(DECIDED_YEARS.map((d) => d.year));
let decidedByYear: Map<number, HolidayEntry[]> | undefined;
const cache = new Map<number, readonly HolidayEntry[]>();

/** Every decided row as an entry, grouped by the solar year of its date (a 2019 decision may touch 2018). */
function decidedEntries(): Map<number, HolidayEntry[]> {
  if (decidedByYear !== undefined) return decidedByYear;
  const byYear = new Map<number, HolidayEntry[]>();
  for (const { sources, rows } of DECIDED_YEARS) {
    for (const [date, occasion, role, sourceKey, note] of rows) {
      const day = parseIsoDate(date);
      const source = sources[sourceKey];
      if (day === undefined || source === undefined) throw new Error(`decided-data: bad row ${date} ${sourceKey}`);
      const year = Number(date.slice(0, 4));
      const list = byYear.get(year) ?? [];
      list.push(makeEntry(day, occasion, role, source, note));
      byYear.set(year, list);
    }
  }
  decidedByYear = byYear;
  return byYear;
}

function checkYear(year: number): void {
  if (!Number.isInteger(year) || year < HOLIDAY_MIN_YEAR || year > HOLIDAY_MAX_YEAR) {
    throw new RangeError(`holidays: year ${year} is outside ${HOLIDAY_MIN_YEAR}…${HOLIDAY_MAX_YEAR}`);
  }
}

/**
 * Whether the year's schedule comes from the government's decisions (else from the law's rule).
 *
 * @example
 * hasDecidedSchedule(2024) // => true
 * hasDecidedSchedule(2030) // => false
 */
export function hasDecidedSchedule(year: number): boolean {
  return decidedYears.has(year);
}

/**
 * The days off and make-up working days of a solar year, in date order. Decided years list the decided
 * rows (`source` names the document); other years are computed by the rule (`source: 'rule'`), with any
 * decided row dated in that year (e.g. 31/12/2018, swapped off by the 2019 decision) replacing the rule's.
 * Throws a RangeError outside 1900–2100.
 *
 * @example
 * holidaysOfYear(2024).filter((e) => e.occasion === 'tet').map((e) => e.date)
 * // => ['2024-02-08', …, '2024-02-14']
 */
export function holidaysOfYear(year: number): readonly HolidayEntry[] {
  checkYear(year);
  const cached = cache.get(year);
  if (cached !== undefined) return cached;
  const decided = decidedEntries().get(year) ?? [];
  let entries: HolidayEntry[];
  if (hasDecidedSchedule(year)) {
    entries = [...decided];
  } else {
    const overridden = new Set(decided.map((e) => e.epochDay));
    entries = [...ruleHolidays(year).filter((e) => !overridden.has(e.epochDay)), ...decided];
  }
  entries.sort((a, b) => a.epochDay - b.epochDay);
  const frozen = Object.freeze(entries);
  cache.set(year, frozen);
  return frozen;
}

/** A continuous stretch of days off (holidays joined with the weekends around them). */
export interface HolidayBreak {
  readonly start: string;
  readonly end: string;
  readonly days: number;
  readonly name: LocalizedText;
}

/**
 * The year's breaks as announcements state them: each run of holidays, compensatory and swapped days,
 * extended over adjacent Saturdays and Sundays that are not make-up working days.
 *
 * @example
 * holidayBreaks(2025)[1] // => { start: '2025-01-25', end: '2025-02-02', days: 9, name: { vi: 'Tết Nguyên đán', … } }
 */
export function holidayBreaks(year: number): readonly HolidayBreak[] {
  const entries = holidaysOfYear(year);
  // Neighbouring years too: a break can straddle 1 January (31/12/2018–1/1/2019).
  const around = [year - 1, year, year + 1]
    .filter((y) => y >= HOLIDAY_MIN_YEAR && y <= HOLIDAY_MAX_YEAR)
    .flatMap((y) => holidaysOfYear(y));
  const off = new Set(around.filter((e) => e.kind === 'holiday').map((e) => e.epochDay));
  const worked = new Set(around.filter((e) => e.kind === 'makeup-workday').map((e) => e.epochDay));
  const isOff = (day: EpochDay): boolean => off.has(day) || (weekday(day) >= 6 && !worked.has(day));
  const breaks: HolidayBreak[] = [];
  let lastEnd = Number.NEGATIVE_INFINITY;
  for (const entry of entries) {
    if (entry.kind !== 'holiday' || entry.epochDay <= lastEnd) continue;
    let start = entry.epochDay;
    let end = entry.epochDay;
    while (isOff(start - 1)) start--;
    while (isOff(end + 1)) end++;
    lastEnd = end;
    const inside = around.filter((e) => e.epochDay >= start && e.epochDay <= end && e.kind === 'holiday');
    const names = [...new Map(inside.map((e) => [e.occasion, baseName(e.name)])).values()];
    breaks.push({
      start: formatIsoDate(start),
      end: formatIsoDate(end),
      days: end - start + 1,
      name: { vi: names.map((n) => n.vi).join(', '), en: names.map((n) => n.en).join(', ') },
    });
  }
  return breaks;
}

/** The occasion's name without a role suffix in parentheses. */
function baseName(name: LocalizedText): LocalizedText {
  const strip = (s: string): string =>
    s.replace(/ \((nghỉ bù|nghỉ hoán đổi|compensatory day off|swapped day off)\)$/, '');
  return { vi: strip(name.vi), en: strip(name.en) };
}
