import {
  formatIsoDate,
  formatPeriod,
  inferWindowYear,
  inferYear,
  parseSchoolYear,
  periodWindow,
  toEpochDay,
} from '@tdkt/calendar';
import { describe, expect, it } from 'vitest';
import { iso } from './phrase/helpers.js';

describe('periods', () => {
  it('frames a school year 1/8 – 31/7 and a calendar year 1/1 – 31/12', () => {
    const w = periodWindow({ kind: 'school-year', startYear: 2020 });
    expect([formatIsoDate(w.start), formatIsoDate(w.end)]).toEqual(['2020-08-01', '2021-07-31']);
    const y = periodWindow({ kind: 'year', year: 2024 });
    expect([formatIsoDate(y.start), formatIsoDate(y.end)]).toEqual(['2024-01-01', '2024-12-31']);
  });

  it('lets a plan move the frame', () => {
    const bounds = { start: iso('2020-09-01'), end: iso('2021-08-31') };
    expect(inferYear(15, 8, periodWindow({ kind: 'school-year', startYear: 2020, bounds }))).toBe(2021);
  });

  it('infers the year of design.md’s examples', () => {
    const w = periodWindow({ kind: 'school-year', startYear: 2020 });
    expect(inferYear(30, 6, w)).toBe(2021);
    expect(inferYear(20, 11, w)).toBe(2020);
    expect(inferYear(29, 2, w)).toBeUndefined();
  });

  it('picks the year whose window overlaps the period most', () => {
    const w = periodWindow({ kind: 'school-year', startYear: 2020 });
    const q3 = (y: number) => ({
      start: toEpochDay({ year: y, month: 7, day: 1 }),
      end: toEpochDay({ year: y, month: 9, day: 30 }),
    });
    expect(inferWindowYear(q3, w)).toBe(2020);
  });

  it('parses and prints periods', () => {
    expect(parseSchoolYear('2020-2021')).toEqual({ kind: 'school-year', startYear: 2020 });
    expect(parseSchoolYear('2020 - 2021')).toEqual({ kind: 'school-year', startYear: 2020 });
    expect(parseSchoolYear('2020-2022')).toBeUndefined();
    expect(formatPeriod({ kind: 'school-year', startYear: 2020 })).toBe('năm học 2020-2021');
    expect(formatPeriod({ kind: 'year', year: 2024 }, 'en')).toBe('year 2024');
  });
});
