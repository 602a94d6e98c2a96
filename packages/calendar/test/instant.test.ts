import { deadlineOf, formatInstant, toEpochDay, weekdayName } from '@tdkt/calendar';
import { describe, expect, it } from 'vitest';

describe('instants at the edge', () => {
  const d = toEpochDay({ year: 2021, month: 6, day: 29 });
  it('prints ISO 8601 with +07:00', () => {
    expect(formatInstant(Date.UTC(2021, 5, 29, 16, 59, 59, 999))).toBe('2021-06-29T23:59:59.999+07:00');
  });
  it('puts a deadline at the last millisecond of the last day', () => {
    expect(formatInstant(deadlineOf(d))).toBe('2021-06-29T23:59:59.999+07:00');
    expect(deadlineOf(d + 1) - deadlineOf(d)).toBe(86_400_000);
  });
  it('names weekdays in both languages', () => {
    expect(weekdayName(d, 'vi')).toBe('thứ Ba');
    expect(weekdayName(d + 5, 'vi')).toBe('Chủ nhật');
    expect(weekdayName(d, 'en')).toBe('Tuesday');
  });
});

describe('instants before 1975', () => {
  it('still print +07:00, matching the day boundaries of epoch days', () => {
    expect(formatInstant(deadlineOf(toEpochDay({ year: 1960, month: 6, day: 29 })))).toBe(
      '1960-06-29T23:59:59.999+07:00',
    );
  });
});
