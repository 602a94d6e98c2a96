// Table and property tests of the Vietnamese lunar calendar: Tết, Giỗ Tổ, known UTC+7 differences, round trips.

import {
  formatIsoDate,
  fromEpochDay,
  LUNAR_MAX_DAY,
  LUNAR_MIN_DAY,
  leapMonthOf,
  lunarToSolar,
  parseIsoDate,
  solarToLunar,
  tetDay,
  toEpochDay,
} from '@tdkt/calendar';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';

const iso = (text: string): number => {
  const day = parseIsoDate(text);
  if (day === undefined) throw new Error(`bad date ${text}`);
  return day;
};

// Mùng 1 Tết in Vietnam. Years where Vietnam (UTC+7) and China (UTC+8) differ are marked.
const TET: readonly (readonly [number, string])[] = [
  [1900, '1900-01-31'],
  [1901, '1901-02-19'],
  [1910, '1910-02-10'],
  [1920, '1920-02-20'],
  [1930, '1930-01-30'],
  [1940, '1940-02-08'],
  [1945, '1945-02-13'],
  [1950, '1950-02-17'],
  [1954, '1954-02-03'],
  [1960, '1960-01-28'],
  [1968, '1968-01-29'], // Vietnam (UTC+7) 29/1; China (UTC+8) 30/1
  [1970, '1970-02-06'],
  [1975, '1975-02-11'],
  [1976, '1976-01-31'],
  [1980, '1980-02-16'],
  [1985, '1985-01-21'], // Vietnam 21/1; China 20/2 (leap month placed differently)
  [1986, '1986-02-09'],
  [1990, '1990-01-27'],
  [1995, '1995-01-31'],
  [2000, '2000-02-05'],
  [2001, '2001-01-24'],
  [2002, '2002-02-12'],
  [2003, '2003-02-01'],
  [2004, '2004-01-22'],
  [2005, '2005-02-09'],
  [2006, '2006-01-29'],
  [2007, '2007-02-17'], // Vietnam 17/2; China 18/2
  [2008, '2008-02-07'],
  [2009, '2009-01-26'],
  [2010, '2010-02-14'],
  [2011, '2011-02-03'],
  [2012, '2012-01-23'],
  [2013, '2013-02-10'],
  [2014, '2014-01-31'],
  [2015, '2015-02-19'],
  [2016, '2016-02-08'],
  [2017, '2017-01-28'],
  [2018, '2018-02-16'],
  [2019, '2019-02-05'],
  [2020, '2020-01-25'],
  [2021, '2021-02-12'],
  [2022, '2022-02-01'],
  [2023, '2023-01-22'],
  [2024, '2024-02-10'],
  [2025, '2025-01-29'],
  [2026, '2026-02-17'],
  [2027, '2027-02-06'],
  [2028, '2028-01-26'],
  [2029, '2029-02-13'],
  [2030, '2030-02-02'], // Vietnam 2/2; China 3/2: the classic test of the UTC+7 rule
  [2040, '2040-02-12'],
  [2050, '2050-01-23'],
  [2060, '2060-02-02'],
  [2100, '2100-02-09'],
];

const GIO_TO: readonly (readonly [number, string])[] = [
  [2019, '2019-04-14'],
  [2020, '2020-04-02'],
  [2021, '2021-04-21'],
  [2022, '2022-04-10'],
  [2023, '2023-04-29'],
  [2024, '2024-04-18'],
  [2025, '2025-04-07'],
  [2026, '2026-04-26'],
];

describe('Tết Nguyên đán', () => {
  it.each(TET)('Tết %i is %s', (year, date) => {
    expect(formatIsoDate(tetDay(year))).toBe(date);
    expect(solarToLunar(iso(date))).toEqual({ day: 1, month: 1, year, leap: false });
  });

  it('always falls between 21/1 and 20/2, 1900–2100', () => {
    for (let year = 1900; year <= 2100; year++) {
      const { month, day } = fromEpochDay(tetDay(year));
      expect(month * 100 + day, `Tết ${year}`).toBeGreaterThanOrEqual(121);
      expect(month * 100 + day, `Tết ${year}`).toBeLessThanOrEqual(220);
    }
  });
});

describe('Giỗ Tổ Hùng Vương (10/3 âm lịch)', () => {
  it.each(GIO_TO)('%i is %s', (year, date) => {
    expect(formatIsoDate(lunarToSolar({ day: 10, month: 3, year, leap: false })!)).toBe(date);
  });
});

describe('leap months', () => {
  it('matches the published leap months of recent years', () => {
    expect(leapMonthOf(2017)).toBe(6);
    expect(leapMonthOf(2020)).toBe(4);
    expect(leapMonthOf(2023)).toBe(2);
    expect(leapMonthOf(2025)).toBe(6);
    expect(leapMonthOf(2024)).toBeUndefined();
    expect(leapMonthOf(2033)).toBe(11); // the "2033 problem": leap 11th month
    // 1985: Vietnam has tháng 2 nhuận Ất Sửu and no leap month in 1984; China had a leap 10th month in
    // 1984, which is why Tết 1985 came a month earlier in Vietnam.
    expect(leapMonthOf(1984)).toBeUndefined();
    expect(leapMonthOf(1985)).toBe(2);
  });

  it('converts days of a leap month both ways', () => {
    // 2023: tháng 2 nhuận began on 2023-03-22.
    expect(solarToLunar(iso('2023-03-22'))).toEqual({ day: 1, month: 2, year: 2023, leap: true });
    expect(formatIsoDate(lunarToSolar({ day: 1, month: 2, year: 2023, leap: true })!)).toBe('2023-03-22');
    expect(lunarToSolar({ day: 1, month: 3, year: 2023, leap: true })).toBeUndefined();
  });
});

describe('lunarToSolar rejects dates that do not exist', () => {
  it('day 30 of a 29-day month', () => {
    // Tháng Chạp of Giáp Thìn (ending 2025-01-28) has 29 days: no "30 Tết" in 2025.
    expect(formatIsoDate(lunarToSolar({ day: 29, month: 12, year: 2024, leap: false })!)).toBe('2025-01-28');
    expect(lunarToSolar({ day: 30, month: 12, year: 2024, leap: false })).toBeUndefined();
  });

  it('nonsense numbers and years out of range', () => {
    expect(lunarToSolar({ day: 0, month: 1, year: 2024, leap: false })).toBeUndefined();
    expect(lunarToSolar({ day: 1, month: 13, year: 2024, leap: false })).toBeUndefined();
    expect(lunarToSolar({ day: 1.5, month: 1, year: 2024, leap: false })).toBeUndefined();
    expect(lunarToSolar({ day: 1, month: 1, year: 2101, leap: false })).toBeUndefined();
    expect(() => solarToLunar(LUNAR_MAX_DAY + 1)).toThrow(RangeError);
  });
});

describe('round trip', () => {
  it('every day 1900-01-01…2100-12-31 converts to a lunar date and back', () => {
    let previous = solarToLunar(LUNAR_MIN_DAY);
    for (let day = LUNAR_MIN_DAY; day <= LUNAR_MAX_DAY; day++) {
      const lunar = solarToLunar(day);
      if (lunarToSolar(lunar) !== day)
        expect.fail(`${formatIsoDate(day)} → ${JSON.stringify(lunar)} does not come back`);
      // Consecutive days: either the next day of the month, or day 1 of a new month after day 29 or 30.
      if (day > LUNAR_MIN_DAY && !(lunar.day === previous.day + 1 || (lunar.day === 1 && previous.day >= 29))) {
        expect.fail(`${formatIsoDate(day)}: ${JSON.stringify(previous)} then ${JSON.stringify(lunar)}`);
      }
      previous = lunar;
    }
  });

  it('lunar dates that exist come back unchanged (property)', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1900, max: 2100 }),
        fc.integer({ min: 1, max: 12 }),
        fc.integer({ min: 1, max: 30 }),
        fc.boolean(),
        (year, month, day, leap) => {
          const solar = lunarToSolar({ day, month, year, leap });
          if (solar !== undefined) expect(solarToLunar(solar)).toEqual({ day, month, year, leap });
        },
      ),
      { numRuns: 500 },
    );
  });

  it('a year has 12 or 13 months of 29 or 30 days', () => {
    for (let year = 1901; year <= 2099; year++) {
      const days = tetDay(year + 1) - tetDay(year);
      expect([353, 354, 355, 383, 384, 385]).toContain(days);
    }
    expect(toEpochDay({ year: 1900, month: 1, day: 1 })).toBe(LUNAR_MIN_DAY);
  });
});

describe('documented edge cases (docs/time.md): events within a minute of midnight', () => {
  it('keeps the results docs/time.md states', () => {
    // 1938: the autumn equinox falls seconds from midnight on the day a month starts; tdkt puts it on
    // 23/9, so the month from 25/8 has a principal term and the leap month is the 8th.
    expect(leapMonthOf(1938)).toBe(8);
    expect(solarToLunar(iso('1938-09-24'))).toEqual({ day: 1, month: 8, year: 1938, leap: true });
    for (const start of ['1944-06-20', '1967-07-07', '2077-11-15', '2085-10-18'])
      expect(solarToLunar(iso(start)).day, start).toBe(1);
  });
});
