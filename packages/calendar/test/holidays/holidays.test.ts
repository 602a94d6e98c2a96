// Decided schedules 2019–2026 as announced, the rule's fallback, and the data table's integrity.

import { hasDecidedSchedule, holidayBreaks, holidaysOfYear, ruleHolidays, weekday } from '@tdkt/calendar';
import { describe, expect, it } from 'vitest';
import { DECIDED_YEARS } from '../../src/holidays/decided-data.js';

const offDays = (year: number): string[] =>
  holidaysOfYear(year)
    .filter((e) => e.kind === 'holiday')
    .map((e) => e.date);
const makeupDays = (year: number): string[] =>
  holidaysOfYear(year)
    .filter((e) => e.kind === 'makeup-workday')
    .map((e) => e.date);
const breakOf = (year: number, start: string): string => {
  const found = holidayBreaks(year).find((b) => b.start === start);
  return found ? `${found.start}..${found.end}` : 'none';
};

describe('decided breaks, as announced', () => {
  it.each([
    [2019, '2019-02-02', '2019-02-02..2019-02-10'],
    [2020, '2020-01-23', '2020-01-23..2020-01-29'],
    [2021, '2021-02-10', '2021-02-10..2021-02-16'],
    [2022, '2022-01-29', '2022-01-29..2022-02-06'],
    [2023, '2023-01-20', '2023-01-20..2023-01-26'],
    [2024, '2024-02-08', '2024-02-08..2024-02-14'],
    [2025, '2025-01-25', '2025-01-25..2025-02-02'],
    [2026, '2026-02-14', '2026-02-14..2026-02-22'],
    [2026, '2026-01-01', '2026-01-01..2026-01-04'],
    [2019, '2018-12-29', '2018-12-29..2019-01-01'],
    [2024, '2024-04-27', '2024-04-27..2024-05-01'],
    [2025, '2025-04-30', '2025-04-30..2025-05-04'],
    [2023, '2023-04-29', '2023-04-29..2023-05-03'],
    [2024, '2024-08-31', '2024-08-31..2024-09-03'],
    [2026, '2026-04-25', '2026-04-25..2026-04-27'],
  ])('%i: break from %s', (year, start, expected) => {
    expect(breakOf(year, start)).toBe(expected);
  });

  it('lists the make-up Saturdays', () => {
    expect(makeupDays(2019)).toEqual(['2019-01-05', '2019-05-04']);
    expect(makeupDays(2024)).toEqual(['2024-05-04']);
    // Tết 2025 had no make-up day (27–31/1 were the five Tết days); 8/2/2025 was an error, fixed 2026-12.
    expect(makeupDays(2025)).toEqual(['2025-04-26']);
    expect(makeupDays(2026)).toEqual(['2026-01-10', '2026-08-22']);
  });

  it('Tết 2024: 8/2–14/2 with lunar labels, from Thông báo 5015/TB-LĐTBXH', () => {
    const tet = holidaysOfYear(2024).filter((e) => e.occasion === 'tet');
    expect(tet.map((e) => e.date)).toEqual([
      '2024-02-08',
      '2024-02-09',
      '2024-02-10',
      '2024-02-11',
      '2024-02-12',
      '2024-02-13',
      '2024-02-14',
    ]);
    expect(tet.map((e) => e.lunar)).toEqual(['29/12', '30/12', '1/1', '2/1', '3/1', '4/1', '5/1']);
    expect(tet[0]!.source).toContain('5015/TB-LĐTBXH');
  });

  it('2/5/2025 is a swapped day off, Monday 27/4/2026 a compensatory day', () => {
    expect(holidaysOfYear(2025).find((e) => e.date === '2025-05-02')?.role).toBe('swapped');
    expect(holidaysOfYear(2026).find((e) => e.date === '2026-04-27')?.role).toBe('compensatory');
    expect(offDays(2026)).toContain('2026-01-02');
  });
});

describe('the data table', () => {
  it('covers every year 2019–2026', () => {
    for (let year = 2019; year <= 2026; year++) expect(hasDecidedSchedule(year), String(year)).toBe(true);
    expect(hasDecidedSchedule(2018)).toBe(false);
    expect(hasDecidedSchedule(2027)).toBe(false);
  });

  it('is consistent: one row per day, make-up days on Saturdays, swaps and compensations on weekdays, sources named', () => {
    const seen = new Set<string>();
    for (const { sources, rows } of DECIDED_YEARS) {
      for (const [date, , , source] of rows) {
        expect(seen.has(date), date).toBe(false);
        seen.add(date);
        expect(sources[source], date).toBeDefined();
      }
    }
    for (let year = 2019; year <= 2026; year++) {
      for (const entry of holidaysOfYear(year)) {
        if (entry.role === 'makeup') expect(weekday(entry.epochDay), entry.date).toBe(6);
        if (entry.role === 'swapped' || entry.role === 'compensatory')
          expect(weekday(entry.epochDay), entry.date).toBeLessThanOrEqual(5);
        expect(entry.source).not.toBe('rule');
      }
    }
  });
});

describe('the rule (years without a decision)', () => {
  it('Tết 2030: 1/2 (last day of the old year) to 5/2, with compensatory days for Saturday and Sunday', () => {
    const tet = holidaysOfYear(2030).filter((e) => e.occasion === 'tet');
    expect(tet.map((e) => `${e.date}:${e.role}`)).toEqual([
      '2030-02-01:holiday',
      '2030-02-02:holiday',
      '2030-02-03:holiday',
      '2030-02-04:holiday',
      '2030-02-05:holiday',
      '2030-02-06:compensatory',
      '2030-02-07:compensatory',
    ]);
    expect(tet.every((e) => e.source === 'rule')).toBe(true);
  });

  it('adds a neighbour to 2/9 from 2021 only, and uses the 2012 code before', () => {
    expect(
      ruleHolidays(2020)
        .filter((e) => e.occasion === 'national-day')
        .map((e) => e.date),
    ).toEqual(['2020-09-02']);
    expect(
      ruleHolidays(2027)
        .filter((e) => e.occasion === 'national-day')
        .map((e) => e.date),
    ).toEqual(['2027-09-02', '2027-09-03']);
    expect(ruleHolidays(2010).filter((e) => e.occasion === 'tet' && e.role === 'holiday')).toHaveLength(4);
    expect(ruleHolidays(2005).some((e) => e.occasion === 'hung-kings')).toBe(false);
  });

  it('reproduces decided years where the decision just applied the law', () => {
    expect(ruleHolidays(2022).map((e) => e.date)).toEqual(offDays(2022));
  });

  it('a year before 2019 keeps the 2019 decision for 31/12/2018', () => {
    expect(holidaysOfYear(2018).find((e) => e.date === '2018-12-31')?.role).toBe('swapped');
    expect(holidaysOfYear(2018).find((e) => e.date === '2018-01-01')?.source).toBe('rule');
  });

  it('every year 1900–2100 has between 6 and 20 rows and no duplicate day', () => {
    for (let year = 1900; year <= 2100; year++) {
      const entries = holidaysOfYear(year);
      expect(new Set(entries.map((e) => e.date)).size).toBe(entries.length);
      expect(entries.length).toBeGreaterThanOrEqual(6);
      expect(entries.length).toBeLessThanOrEqual(20);
    }
    expect(() => holidaysOfYear(2101)).toThrow(RangeError);
  });
});
