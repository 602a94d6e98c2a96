// Completion curves of a population run as SVG: a curve and a 90 % band per level and per procedure.
import { toEpochDay } from '@tdkt/calendar';
import { completionCurvesSvg, levelCurvesSvg } from '@tdkt/views/html';
import { describe, expect, it } from 'vitest';
import { scenario } from '../../../simulator/test/report/scenario.js';

const day = (d: number, m: number, y: number): number => toEpochDay({ year: y, month: m, day: d });
const report = scenario().population!;
const window = { start: day(1, 5, 2019), end: day(31, 7, 2019) };

describe('completion curves', () => {
  it('draw one curve per level that had dossiers and one per procedure, each with its 90 % band', () => {
    const levels = levelCurvesSvg(report, window, 'vi');
    expect(levels.match(/class="curve"/g)).toHaveLength(report.levels.filter((l) => l.arrived.typical > 0).length);
    expect(levels.match(/class="band"/g)?.length).toBeGreaterThan(0);
    expect(levels).toContain('Tỉ lệ hồ sơ đã được xử lý theo cấp');
    const procedures = completionCurvesSvg(report, window, 'en');
    expect(procedures).toContain('Share of dossiers finished, by day');
    expect(procedures.match(/class="curve"/g)).toHaveLength(1);
    expect(procedures.match(/class="band"/g)).toHaveLength(1);
    for (const b of report.procedures[0]!.curve) {
      expect(b.low).toBeLessThanOrEqual(b.median);
      expect(b.median).toBeLessThanOrEqual(b.high);
    }
  });

  it('draw no band where the runs do not spread, and nothing without a curve', () => {
    const flat = {
      ...report,
      procedures: report.procedures.map((p) => ({
        ...p,
        curve: p.curve.map((b) => ({ ...b, low: b.median, high: b.median })),
      })),
    };
    expect(completionCurvesSvg(flat, window, 'en')).toContain('class="curve"');
    expect(completionCurvesSvg(flat, window, 'en')).not.toContain('class="band"');
    expect(completionCurvesSvg({ ...report, procedures: [] }, window, 'en')).toBe('');
  });
});
