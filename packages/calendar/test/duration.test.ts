import {
  addDuration,
  type Duration,
  defaultWorkingCalendar,
  formatIsoDate,
  parseDuration,
  subtractDuration,
} from '@tdkt/calendar';
import { describe, expect, it } from 'vitest';
import { iso } from './phrase/helpers.js';

const cal = defaultWorkingCalendar();
const add = (from: string, d: Duration): string => formatIsoDate(addDuration(iso(from), d, cal));

describe('parseDuration', () => {
  it.each([
    ['5 ngày', { amount: 5, unit: 'day' }],
    ['5 ngày làm việc', { amount: 5, unit: 'working-day' }],
    ['5 ngay lam viec', { amount: 5, unit: 'working-day' }],
    ['3 tuần', { amount: 3, unit: 'week' }],
    ['2 tháng', { amount: 2, unit: 'month' }],
    ['10 working days', { amount: 10, unit: 'working-day' }],
  ])('%s', (text, duration) => {
    expect(parseDuration(text)).toEqual({ duration, diagnostics: [] });
  });

  it('reports what is not a duration', () => {
    for (const text of ['', 'năm ngày', '5', '5 ngày nữa', '5 quý'])
      expect(parseDuration(text).duration, text).toBeUndefined();
    expect(parseDuration('5 quý').diagnostics[0]?.code).toBe('time.bad-duration');
  });
});

describe('addDuration (Bộ luật Dân sự 2015, Điều 147–148)', () => {
  it('does not count the event day and ends on day E+N', () => {
    expect(add('2021-06-07', { amount: 3, unit: 'day' })).toBe('2021-06-10'); // Monday + 3 = Thursday
  });
  it('moves a last day off to the next working day', () => {
    expect(add('2021-06-10', { amount: 2, unit: 'day' })).toBe('2021-06-14'); // Saturday 12 → Monday 14
    expect(add('2024-04-26', { amount: 4, unit: 'day' })).toBe('2024-05-02'); // 30/4 holiday, 1/5 holiday → 2/5
  });
  it('counts weeks to the same weekday and months to the same day (or the month’s last day)', () => {
    expect(add('2021-06-07', { amount: 2, unit: 'week' })).toBe('2021-06-21');
    expect(add('2021-01-31', { amount: 1, unit: 'month' })).toBe('2021-03-01'); // 28/2/2021 is a Sunday → Monday 1/3
    expect(add('2021-08-31', { amount: 1, unit: 'month' })).toBe('2021-09-30');
    expect(add('2021-03-31', { amount: 1, unit: 'month' })).toBe('2021-05-04'); // 30/4 holiday, then the weekend and 3/5 (1/5 fell on Saturday)
  });
  it('counts working days on the calendar, skipping Tết', () => {
    expect(add('2024-02-07', { amount: 1, unit: 'working-day' })).toBe('2024-02-15');
    expect(add('2021-06-11', { amount: 5, unit: 'working-day' })).toBe('2021-06-18');
  });
  it('counts back without moving for "trước E N ngày"', () => {
    expect(formatIsoDate(subtractDuration(iso('2021-06-20'), { amount: 5, unit: 'day' }, cal))).toBe('2021-06-15');
    expect(formatIsoDate(subtractDuration(iso('2021-06-18'), { amount: 5, unit: 'working-day' }, cal))).toBe(
      '2021-06-11',
    );
    expect(formatIsoDate(subtractDuration(iso('2021-03-31'), { amount: 1, unit: 'month' }, cal))).toBe('2021-02-28');
  });
});
