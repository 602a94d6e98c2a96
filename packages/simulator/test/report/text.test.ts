import { exitCodeOf, renderTextReport, sourceSnippet } from '@tdkt/simulator';
import { describe, expect, it } from 'vitest';
import { renderLegend } from '../../src/report/legend.js';
import { renderPopulationTables } from '../../src/report/population-text.js';
import { clip, fitTable, renderTable } from '../../src/report/table.js';
import { renderCriticalPath, renderProblems, renderScheduleTable, renderSummary } from '../../src/report/text.js';
import { displayWidth } from '../../src/report/width.js';
import { scenario, span } from './scenario.js';

describe('text report', () => {
  const input = scenario();

  it('matches the golden reports in Vietnamese and English', async () => {
    await expect(renderTextReport(input, 'vi')).toMatchFileSnapshot('./__golden__/scenario.vi.txt');
    await expect(renderTextReport(input, 'en')).toMatchFileSnapshot('./__golden__/scenario.en.txt');
    await expect(renderTextReport(input, 'vi', { detail: true })).toMatchFileSnapshot(
      './__golden__/scenario.detail.vi.txt',
    );
  });

  it('puts a ✔/✘ summary first', () => {
    const summary = renderSummary(input, 'vi');
    expect(summary[0]).toMatch(/^– Hoàn thành/);
    expect(summary[1]).toMatch(/^✘ Thời hạn .*: 2 lỗi, 1 cảnh báo$/);
    expect(summary[2]).toMatch(/^⚠ Mô phỏng toàn ngành: 20 lần chạy × 90 hồ sơ: .* xong đúng hạn/);
    expect(exitCodeOf(input)).toBe(1);
    expect(exitCodeOf({ population: input.population! })).toBe(0);
  });

  it('fits the whole report in 100 columns, in both languages (display width)', () => {
    for (const lang of ['vi', 'en'] as const) {
      const lines = renderTextReport(input, lang).split('\n');
      expect(lines.filter((l) => displayWidth(l) > 100)).toEqual([]);
    }
  });

  it('clips long event names in the schedule and the critical path, keeping what kind of event it is', () => {
    const long =
      'Hội đồng thi đua khen thưởng cơ quan quản lý trực tiếp thẩm định hồ sơ, tổng hợp và trình cấp trên xét duyệt'.normalize(
        'NFD',
      );
    const temporal = {
      ...input.temporal!,
      nodes: input.temporal!.nodes.map((n) => ({ ...n, label: long })),
      criticalPath: input.temporal!.criticalPath.map((l) => ({ ...l, toLabel: long })),
    };
    for (const lang of ['vi', 'en'] as const) {
      const lines = [...renderScheduleTable(temporal, lang), ...renderCriticalPath(temporal, lang)];
      expect(lines.filter((l) => displayWidth(l) > 100)).toEqual([]);
      expect(lines.filter((l) => l.includes('…')).length).toBeGreaterThan(0);
    }
    expect(renderScheduleTable(temporal, 'vi').some((l) => /… xong {2}/u.test(l))).toBe(true);
    expect(renderCriticalPath(temporal, 'en').some((l) => l.endsWith('… (finish)'))).toBe(true);
  });

  it('still fits in 100 columns with national counts (millions of dossiers, long level names)', () => {
    const scale = (v: unknown, key = ''): unknown => {
      if (Array.isArray(v)) return v.map((x) => scale(x));
      if (v !== null && typeof v === 'object')
        return Object.fromEntries(Object.entries(v).map(([k, x]) => [k, scale(x, k)]));
      if (
        typeof v === 'number' &&
        ['typical', 'median', 'low', 'high', 'units', 'dossiers'].includes(key) &&
        Number.isInteger(v) &&
        v > 1
      )
        return v * 37_123;
      if (typeof v === 'string' && key === 'vi') return `${v}, cơ sở giáo dục thuộc quận, huyện`;
      return v;
    };
    const national = scale(input.population) as typeof input.population;
    for (const lang of ['vi', 'en'] as const) {
      expect(renderPopulationTables(national!, lang).filter((l) => l.length > 100)).toEqual([]);
    }
  });

  it('explains every term its tables use, in the language asked', () => {
    const vi = renderLegend(input, 'vi').join('\n');
    for (const term of [
      'Dự trữ',
      'Đường găng',
      'Lần chạy trung vị, [a–b]',
      'Hồ sơ đến',
      'Đã xử lý',
      'Trả lại',
      'Quá hạn',
      'Tồn đọng',
      'Rủi ro',
      'Phụ thuộc vào một đơn vị',
    ])
      expect(vi).toContain(`${term}:`);
    const en = renderLegend(input, 'en').join('\n');
    for (const term of [
      'Slack',
      'Critical path',
      'Median run, [a–b]',
      'Arrived',
      'Processed',
      'Overdue',
      'Stuck',
      'Risk',
    ])
      expect(en).toContain(`${term}:`);
    expect(renderLegend({}, 'vi')).toEqual([]);
  });

  it('shows intervals for every figure, the outcomes and every step with --detail', () => {
    const plain = renderPopulationTables(input.population!, 'en').join('\n');
    const detail = renderPopulationTables(input.population!, 'en', { detail: true }).join('\n');
    expect(detail).toContain('Every step (riskiest first):');
    expect(detail).toContain('Outcomes');
    expect(detail.match(/\[\d+–\d+\]/g)?.length ?? 0).toBeGreaterThan(plain.match(/\[\d+–\d+\]/g)?.length ?? 0);
  });

  it('quotes the source line with a caret under the span', () => {
    const lines = renderProblems(input, 'vi');
    const where = span(8, 'hạn trước ngày 30/5/2019');
    const at = lines.findIndex((l) => l.startsWith(`ha-dong.tdkt:8:${where.col}: lỗi temporal.conflict`));
    expect(at).toBeGreaterThanOrEqual(0);
    // The message wraps to 100 columns; the source line and its caret follow it.
    const quote = lines.findIndex((l, i) => i > at && l.startsWith('   8 | '));
    expect(quote).toBeGreaterThan(at);
    expect(lines[quote + 1]).toBe(`     | ${' '.repeat(where.col - 1)}${'^'.repeat(24)}`);
    // A tab is shown as one space in both lines, so the caret lands under the right character.
    expect(sourceSnippet('a\n\tb c', { file: 'f', line: 2, col: 4 })).toEqual([' 2 |  b c', '   |    ^']);
    expect(sourceSnippet('a', { file: 'f', line: 9, col: 1 })).toEqual([]);
  });

  it('aligns tables, numbers to the right', () => {
    expect(
      renderTable(
        ['Cấp', 'Số'],
        [
          ['Trường', '7'],
          ['Sở', '1.234'],
        ],
      ),
    ).toEqual(['Cấp     Số', '──────  ─────', 'Trường      7', 'Sở      1.234']);
  });

  it('fits a table in a width by clipping its first column only as much as needed', () => {
    const rows = [
      ['Trường, cơ sở giáo dục thuộc UBND xã, phường', '1.234'],
      ['Sở', '7'],
    ];
    expect(fitTable(['Cấp', 'Số'], rows, 100)).toEqual(renderTable(['Cấp', 'Số'], rows));
    const fitted = fitTable(['Cấp', 'Số'], rows, 20);
    expect(Math.max(...fitted.map((l) => l.length))).toBe(20);
    expect(fitted[2]).toBe('Trường, cơ s…  1.234');
    // Step names keep their end, which tells them apart.
    expect(clip('khen@hồ_sơ_2020.sở_xét', 12, 'middle')).toBe('khen@…sở_xét');
    expect(clip('Sở GD&ĐT', 12, 'middle')).toBe('Sở GD&ĐT');
  });
});
