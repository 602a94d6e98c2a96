import { describe, expect, it } from 'vitest';
import { reportHeading } from '../../src/report/heading.js';
import { displayWidth } from '../../src/report/width.js';

describe('reportHeading (issue 18)', () => {
  it('keeps a short heading on one line', () => {
    expect(reportHeading('kh.tdkt', 'Kế hoạch thi đua')).toEqual(['═══ kh.tdkt — Kế hoạch thi đua']);
  });

  it('wraps a long title within 100 columns, every word kept', () => {
    const title =
      'Công tác thi đua, khen thưởng ngành Giáo dục tỉnh Lai Châu năm học 2020-2021 (Sở Giáo dục và Đào tạo Lai Châu, kế hoạch số 1234)';
    const lines = reportHeading('workflows/lai-chau-2020-2021.tdkt', title);
    expect(lines.length).toBeGreaterThan(1);
    for (const line of lines) expect(displayWidth(line)).toBeLessThanOrEqual(100);
    expect(
      lines
        .join(' ')
        .replace(/^═══ \S+ — /u, '')
        .replace(/\s+/gu, ' '),
    ).toBe(title);
  });

  it('shortens a file name or a word wider than a line', () => {
    const lines = reportHeading(`${'a/'.repeat(80)}kh.tdkt`, `${'x'.repeat(150)} y`);
    for (const line of lines) expect(displayWidth(line)).toBeLessThanOrEqual(100);
    expect(lines[0]).toMatch(/^═══ a\/a.*….*kh\.tdkt —$/u);
  });
});
