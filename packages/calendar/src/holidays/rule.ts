// Public holidays computed from the labour code in force (Bộ luật Lao động 2019 Điều 112, and before it 2012/1994).
import { type EpochDay, formatIsoDate, toEpochDay, weekday } from '../epoch-day.js';
import { lunarToSolar, solarToLunar, tetDay } from '../lunar/convert.js';
import { type HolidayEntry, type HolidayOccasion, type HolidayRole, holidayName } from './types.js';

/** The label every rule-computed row carries as its source. */
export const RULE_SOURCE = 'rule';

const isWeekend = (day: EpochDay): boolean => weekday(day) >= 6;

/**
 * The day added to Quốc khánh (2/9) when the government has not picked one: the neighbour that joins the
 * holiday to a weekend as past decisions did (1/9 when 2/9 is a Tuesday, Friday or Saturday; 3/9 otherwise).
 *
 * @example
 * formatIsoDate(defaultNationalDayNeighbour(2025)) // => '2025-09-01' (2/9/2025 is a Tuesday)
 */
export function defaultNationalDayNeighbour(year: number): EpochDay {
  const national = toEpochDay({ year, month: 9, day: 2 });
  return [2, 5, 6].includes(weekday(national)) ? national - 1 : national + 1;
}

/**
 * Builds one row. `lunar` is filled for the lunar occasions.
 *
 * @example
 * makeEntry(toEpochDay({ year: 2024, month: 2, day: 10 }), 'tet', 'holiday', 'rule').lunar // => '1/1'
 */
export function makeEntry(
  day: EpochDay,
  occasion: HolidayOccasion,
  role: HolidayRole,
  source: string,
  note?: string,
): HolidayEntry {
  const lunarDate = occasion === 'tet' || occasion === 'hung-kings' ? solarToLunar(day) : undefined;
  return {
    date: formatIsoDate(day),
    epochDay: day,
    name: holidayName(occasion, role),
    kind: role === 'makeup' ? 'makeup-workday' : 'holiday',
    occasion,
    role,
    lunar: lunarDate === undefined ? null : `${lunarDate.day}/${lunarDate.month}`,
    source,
    ...(note === undefined ? {} : { note }),
  };
}

/**
 * The holidays of a year by the law in force that year, with a compensatory day (nghỉ bù) on the next
 * working day for each holiday on a Saturday or Sunday. From 2021 (BLLĐ 2019): 1/1, Tết 5 days (the last
 * day of the old lunar year and the first 4 of the new), 10/3 lunar, 30/4, 1/5, 2/9 and a neighbour.
 * 2013–2020 (BLLĐ 2012): the same with 2/9 alone. Before 2013: Tết 4 days, Giỗ Tổ from 2007.
 *
 * @example
 * ruleHolidays(2030).filter((e) => e.occasion === 'tet').map((e) => e.date)[0] // => '2030-02-01'
 */
export function ruleHolidays(year: number): HolidayEntry[] {
  const days: [EpochDay, HolidayOccasion][] = [];
  const solar = (month: number, day: number): EpochDay => toEpochDay({ year, month, day });
  days.push([solar(1, 1), 'new-year']);
  const tet = tetDay(year);
  const tetLength = year >= 2013 ? 5 : 4;
  for (let i = -1; i < tetLength - 1; i++) days.push([tet + i, 'tet']);
  if (year >= 2007) {
    const hungKings = lunarToSolar({ day: 10, month: 3, year, leap: false });
    if (hungKings !== undefined) days.push([hungKings, 'hung-kings']);
  }
  days.push([solar(4, 30), 'reunification'], [solar(5, 1), 'labour-day'], [solar(9, 2), 'national-day']);
  if (year >= 2021) days.push([defaultNationalDayNeighbour(year), 'national-day']);
  days.sort((a, b) => a[0] - b[0]);

  const taken = new Set(days.map(([day]) => day));
  const entries: HolidayEntry[] = [];
  for (const [day, occasion] of days) {
    entries.push(makeEntry(day, occasion, 'holiday', RULE_SOURCE));
    if (!isWeekend(day)) continue;
    let compensatory = day + 1;
    while (isWeekend(compensatory) || taken.has(compensatory)) compensatory++;
    taken.add(compensatory);
    entries.push(makeEntry(compensatory, occasion, 'compensatory', RULE_SOURCE));
  }
  return entries.sort((a, b) => a.epochDay - b.epochDay);
}
