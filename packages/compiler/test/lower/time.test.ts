// Lowering resolved times: an absolute deadline passes at the end of its day, or at the hour the phrase writes.
import { defaultWorkingCalendar, parseTimePhrase, resolveTime, startOfDayMs, toEpochDay } from '@tdkt/calendar';
import type { ResolvedTime } from '@tdkt/language';
import { describe, expect, it } from 'vitest';
import { lowerDeadline } from '../../src/lower/time.js';

const resolved = (text: string): ResolvedTime => {
  const expr = parseTimePhrase(text).expr!;
  const { resolution } = resolveTime(expr, {
    period: { kind: 'school-year', startYear: 2020 },
    beforeReading: 'strict',
    calendar: defaultWorkingCalendar(),
  });
  return { text, expr, resolution, source: { file: 'x.tdkt', line: 1, column: 1 } } as unknown as ResolvedTime;
};
const dayStart = (d: number, m: number, y: number): number => startOfDayMs(toEpochDay({ year: y, month: m, day: d }));

describe('lowerDeadline', () => {
  it('passes at the end of the last day for a day deadline', () => {
    expect(lowerDeadline(resolved('trước 15/5'))).toMatchObject({
      kind: 'absolute',
      at: dayStart(15, 5, 2021),
      lastDay: '2021-05-14',
    });
  });

  it('passes at the written hour for "trước 17h ngày 1/12/2020", just after it for "chậm nhất 17h …" (issue 13)', () => {
    expect(lowerDeadline(resolved('trước 17h ngày 1/12/2020'))).toMatchObject({
      kind: 'absolute',
      at: dayStart(1, 12, 2020) + 17 * 3_600_000,
      lastDay: '2020-12-01',
    });
    expect(lowerDeadline(resolved('chậm nhất 17h ngày 1/12/2020'))).toMatchObject({
      kind: 'absolute',
      at: dayStart(1, 12, 2020) + 17 * 3_600_000 + 1,
    });
  });
});
