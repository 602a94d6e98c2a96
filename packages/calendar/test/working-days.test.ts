// Working days: decided schedules, Bộ luật Dân sự period rules, and the arithmetic's properties.

import { createWorkingCalendar, defaultWorkingCalendar, formatIsoDate, parseIsoDate, weekday } from '@tdkt/calendar';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';

const d = (text: string): number => parseIsoDate(text)!;
const cal = defaultWorkingCalendar();
const iso = formatIsoDate;
const days = fc.integer({ min: d('1901-01-01'), max: d('2099-12-31') });
const amounts = fc.integer({ min: -400, max: 400 }).filter((n) => n !== 0);

describe('which days are worked', () => {
  it('Tết 2024 is off, make-up Saturdays are worked', () => {
    for (let day = d('2024-02-08'); day <= d('2024-02-14'); day++) expect(cal.isDayOff(day), iso(day)).toBe(true);
    expect(cal.isWorkingDay(d('2024-02-15'))).toBe(true);
    expect(cal.isWorkingDay(d('2024-05-04'))).toBe(true); // Saturday worked for 29/4
    expect(cal.isWorkingDay(d('2025-04-26'))).toBe(true);
    expect(cal.isWorkingDay(d('2026-01-10'))).toBe(true);
    expect(cal.isDayOff(d('2026-01-02'))).toBe(true);
    expect(cal.isDayOff(d('2026-04-27'))).toBe(true);
    expect(cal.isDayOff(d('2024-11-23'))).toBe(true); // an ordinary Saturday
    expect(cal.holidayOn(d('2024-04-29'))?.role).toBe('swapped');
  });

  it('overrides: extra days off and extra working days', () => {
    const plan = createWorkingCalendar({
      extraDaysOff: [d('2024-11-20')],
      extraWorkingDays: [d('2024-02-14'), d('2024-11-23')],
    });
    expect(plan.isDayOff(d('2024-11-20'))).toBe(true);
    expect(plan.isWorkingDay(d('2024-02-14'))).toBe(true);
    expect(plan.isWorkingDay(d('2024-11-23'))).toBe(true);
    expect(cal.isWorkingDay(d('2024-11-20'))).toBe(true);
  });

  it("'rule' ignores the decisions", () => {
    const rule = createWorkingCalendar({ holidays: 'rule' });
    expect(rule.isWorkingDay(d('2024-02-08'))).toBe(true); // decided off, the rule starts Tết on 9/2
    expect(rule.isDayOff(d('2024-02-15'))).toBe(true);
  });
});

describe('adding and counting working days', () => {
  it.each([
    ['2024-02-07', 1, '2024-02-15'],
    ['2024-02-07', 2, '2024-02-16'],
    ['2024-02-15', -1, '2024-02-07'],
    ['2024-04-26', 1, '2024-05-02'],
    ['2024-04-26', 2, '2024-05-03'],
    ['2024-04-26', 3, '2024-05-04'], // the make-up Saturday counts
    ['2024-12-31', 1, '2025-01-02'],
    ['2025-01-02', -1, '2024-12-31'],
    ['2024-06-03', 0, '2024-06-03'],
    ['2024-06-08', 5, '2024-06-14'], // from a Saturday: Mon–Fri
    ['2020-01-01', 260, '2021-01-13'],
  ])('%s + %i working days = %s', (from, n, expected) => {
    expect(iso(cal.addWorkingDays(d(from), n))).toBe(expected);
  });

  it('counts over a year boundary and backwards', () => {
    expect(cal.countWorkingDays(d('2024-12-31'), d('2025-01-02'))).toBe(1);
    expect(cal.countWorkingDays(d('2025-01-02'), d('2024-12-31'))).toBe(-1);
    expect(cal.countWorkingDays(d('2024-02-07'), d('2024-02-15'))).toBe(1);
  });

  it('adding N working days lands on a working day and counting back gives N', () => {
    fc.assert(
      fc.property(days, amounts, (start, n) => {
        // Counting is (from, to]: going backwards the start must itself be a working day to be counted.
        const day = n > 0 ? start : cal.nextWorkingDay(start);
        const result = cal.addWorkingDays(day, n);
        expect(cal.isWorkingDay(result)).toBe(true);
        expect(cal.countWorkingDays(day, result)).toBe(n);
      }),
      { numRuns: 300 },
    );
  });

  it('addWorkingDays(d, n) then -n gives d back when d is worked, else its working neighbour', () => {
    fc.assert(
      fc.property(days, amounts, (day, n) => {
        const back = cal.addWorkingDays(cal.addWorkingDays(day, n), -n);
        expect(back).toBe(n > 0 ? cal.previousWorkingDay(day) : cal.nextWorkingDay(day));
        if (cal.isWorkingDay(day)) expect(back).toBe(day);
      }),
      { numRuns: 300 },
    );
  });

  it('agrees with a day-by-day count', () => {
    fc.assert(
      fc.property(days, fc.integer({ min: 0, max: 800 }), (from, span) => {
        let slow = 0;
        for (let day = from + 1; day <= from + span; day++) if (cal.isWorkingDay(day)) slow++;
        expect(cal.countWorkingDays(from, from + span)).toBe(slow);
      }),
      { numRuns: 100 },
    );
  });

  it('nextWorkingDay is ≥ the day, nextWorkingDayAfter is strictly after', () => {
    fc.assert(
      fc.property(days, (day) => {
        const next = cal.nextWorkingDay(day);
        expect(next).toBeGreaterThanOrEqual(day);
        for (let x = day; x < next; x++) expect(cal.isDayOff(x)).toBe(true);
        expect(cal.nextWorkingDayAfter(day)).toBeGreaterThan(day);
      }),
      { numRuns: 200 },
    );
  });
});

describe('Bộ luật Dân sự 2015 periods (Điều 147–148)', () => {
  it('a period ending on a day off ends on the next working day', () => {
    expect(iso(cal.periodEnd(d('2024-02-10')))).toBe('2024-02-15'); // Tết 2024
    expect(iso(cal.periodEnd(d('2024-06-08')))).toBe('2024-06-10'); // Saturday → Monday
    expect(iso(cal.periodEnd(d('2024-06-05')))).toBe('2024-06-05');
  });

  it('the event day is not counted', () => {
    expect(iso(cal.addCalendarDaysPeriod(d('2024-06-03'), 2))).toBe('2024-06-05');
    expect(iso(cal.addCalendarDaysPeriod(d('2024-06-03'), 5))).toBe('2024-06-10'); // 8/6 is a Saturday
    expect(iso(cal.addCalendarDaysPeriod(d('2024-02-05'), 5))).toBe('2024-02-15');
  });

  it('always ends on a working day, never earlier than the plain sum', () => {
    fc.assert(
      fc.property(days, fc.integer({ min: 0, max: 90 }), (event, n) => {
        const end = cal.addCalendarDaysPeriod(event, n);
        expect(end).toBeGreaterThanOrEqual(event + n);
        expect(cal.isWorkingDay(end)).toBe(true);
        expect(weekday(end)).toBeLessThanOrEqual(cal.holidayOn(end)?.kind === 'makeup-workday' ? 6 : 5);
      }),
      { numRuns: 200 },
    );
  });
});
