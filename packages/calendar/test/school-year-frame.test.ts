import { formatIsoDate, ministryFrames, schoolYearFrame, schoolYearPartWindow, type SchoolYearPart } from '@tdkt/calendar';
import { describe, expect, it } from 'vitest';

const show = (startYear: number, part: SchoolYearPart, data = ministryFrames): string => {
  const w = schoolYearPartWindow(schoolYearFrame(startYear, data), part);
  return `${formatIsoDate(w.start)}..${formatIsoDate(w.end)}`;
};

describe('school-year frame', () => {
  it('uses the Ministry’s 2025-2026 frame: opening 5/9/2025, HK I before 18/1/2026, year before 31/5/2026', () => {
    expect(schoolYearFrame(2025).source).toMatch(/2025-2026/);
    expect(show(2025, 'semester-1')).toBe('2025-09-05..2026-01-17');
    expect(show(2025, 'semester-2')).toBe('2026-01-18..2026-05-30');
    expect(show(2025, 'whole')).toBe('2025-08-01..2026-07-31');
  });

  it('falls back to the documented defaults', () => {
    expect(schoolYearFrame(2020).source).toBe('default');
    expect(show(2020, 'start')).toBe('2020-08-01..2020-09-30');
    expect(show(2020, 'end')).toBe('2021-05-01..2021-06-30');
    expect(show(2020, 'end-semester-1')).toBe('2020-12-18..2021-01-17');
    expect(show(2020, 'end-semester-2')).toBe('2021-04-30..2021-05-30');
  });

  it('takes other data sets', () => {
    const data = [{ startYear: 2020, opening: '2020-09-05', semester1End: '2021-01-16', teachingEnd: '2021-05-25', source: 'test' }];
    expect(show(2020, 'semester-2', data)).toBe('2021-01-17..2021-05-25');
  });
});
