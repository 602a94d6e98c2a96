// The school-year frame: the Ministry's decisions table, the rule for other years, the plan's override, the parts.
import {
  type FrameOverride,
  formatIsoDate,
  hasMinistryFrame,
  MINISTRY_FRAME_ROWS,
  parseIsoDate,
  type SchoolYearPart,
  schoolYearFrame,
  schoolYearPartWindow,
  weekday,
} from '@tdkt/calendar';
import { describe, expect, it } from 'vitest';

const show = (startYear: number, part: SchoolYearPart, override?: FrameOverride): string => {
  const w = schoolYearPartWindow(schoolYearFrame(startYear, override), part);
  return `${formatIsoDate(w.start)}..${formatIsoDate(w.end)}`;
};

describe('school-year frame', () => {
  it('reads the Ministry’s decision: 2025-2026 (QĐ 2269/QĐ-BGDĐT): opening 5/9/2025, HK I before 18/1/2026, year before 31/5/2026', () => {
    const f = schoolYearFrame(2025);
    expect(f.source).toBe('ministry');
    expect(f.citation).toContain('2269/QĐ-BGDĐT');
    expect(show(2025, 'semester-1')).toBe('2025-09-05..2026-01-17');
    expect(show(2025, 'semester-2')).toBe('2026-01-18..2026-05-30');
    expect(show(2025, 'whole')).toBe('2025-08-01..2026-07-31');
  });

  it('2020-2021 (QĐ 2084/QĐ-BGDĐT): HK I before 16/1/2021, HK II before 25/5/2021, the year before 31/5/2021', () => {
    expect(show(2020, 'semester-1')).toBe('2020-09-05..2021-01-15');
    expect(show(2020, 'semester-2')).toBe('2021-01-16..2021-05-24');
    expect(show(2020, 'end')).toBe('2021-05-01..2021-06-30');
    expect(show(2020, 'start-semester-1')).toBe('2020-09-05..2020-10-05');
    expect(show(2020, 'end-semester-2')).toBe('2021-04-24..2021-05-24');
    expect(show(2020, 'middle')).toBe('2020-12-31..2021-01-30');
  });

  it('2019-2020 uses the amended frame (the year ends before 15/7/2020)', () => {
    expect(formatIsoDate(schoolYearFrame(2019).teachingEnd)).toBe('2020-07-14');
    expect(show(2019, 'end')).toBe('2020-07-01..2020-07-31');
  });

  it('falls back to the rule for years without a decision, and says so', () => {
    const f = schoolYearFrame(2030);
    expect(f.source).toBe('rule');
    expect(f.decision).toBeNull();
    expect(f.citation).toContain('chưa có quyết định');
    expect(show(2030, 'semester-1')).toBe('2030-09-05..2031-01-17');
    expect(show(2030, 'semester-2')).toBe('2031-01-18..2031-05-30');
    expect(hasMinistryFrame(2030)).toBe(false);
  });

  it('a plan’s own frame wins for the dates it gives', () => {
    const override: FrameOverride = {
      startYear: 2020,
      semester1End: parseIsoDate('2021-01-09')!,
      citation: 'Quyết định của UBND tỉnh',
    };
    const f = schoolYearFrame(2020, override);
    expect(f.source).toBe('plan');
    expect(f.citation).toBe('Quyết định của UBND tỉnh');
    expect(show(2020, 'semester-1', override)).toBe('2020-09-05..2021-01-09');
    expect(show(2020, 'semester-2', override)).toBe('2021-01-10..2021-05-24');
    expect(schoolYearFrame(2021, override).source).toBe('ministry');
  });

  it('the table: one row per school year from 2018-2019, dates in order, each with its decision and a check status', () => {
    expect(MINISTRY_FRAME_ROWS.map((r) => r.startYear)).toEqual([2018, 2019, 2020, 2021, 2022, 2023, 2024, 2025]);
    for (const row of MINISTRY_FRAME_ROWS) {
      const f = schoolYearFrame(row.startYear);
      expect(
        f.gathering <= f.opening &&
          f.opening < f.semester1End &&
          f.semester1End < f.semester2End &&
          f.semester2End <= f.teachingEnd,
        String(row.startYear),
      ).toBe(true);
      expect(f.opening >= f.period.start && f.teachingEnd <= f.period.end, String(row.startYear)).toBe(true);
      expect(row.decision).toMatch(/Quyết định/);
      expect(['text', 'press', 'unverified']).toContain(row.verified);
      expect(row.checkedAgainst.length).toBeGreaterThan(0);
      // Every opening since 2018 is on 5 September.
      expect(formatIsoDate(f.opening).slice(5)).toBe('09-05');
      expect(weekday(f.opening)).toBeGreaterThanOrEqual(1);
    }
  });
});
