import { describe, expect, it } from 'vitest';
import { iso, type Options, resolveOk, run } from './phrase/helpers.js';

const y2019: Options = { period: { kind: 'year', year: 2019 } };
const y2024: Options = { period: { kind: 'year', year: 2024 } };
const june2021: Options = { enclosing: ['2021-06-01', '2021-06-30'] };
const sy2025: Options = { period: { kind: 'school-year', startYear: 2025 } };

/** [phrase, options, kind, window, lastDay, soft] — school year 2020-2021 unless options say otherwise. */
const table: [string, Options, string, string | null, string, boolean][] = [
  // dates
  ['30/6', {}, 'day', '2021-06-30..2021-06-30', '2021-06-30', false],
  ['20/11', {}, 'day', '2020-11-20..2020-11-20', '2020-11-20', false],
  ['20/5/2019', y2019, 'day', '2019-05-20..2019-05-20', '2019-05-20', false],
  ['ngày 20/5/2019', y2019, 'day', '2019-05-20..2019-05-20', '2019-05-20', false],
  ['03/02/2021', {}, 'day', '2021-02-03..2021-02-03', '2021-02-03', false],
  ['ngày 09 tháng 10 năm 2020', {}, 'day', '2020-10-09..2020-10-09', '2020-10-09', false],
  // ranges (Kim Sơn's phases exactly as written)
  ['từ 1/8/2020 đến 20/10/2020', {}, 'window', '2020-08-01..2020-10-20', '2020-10-20', false],
  ['1/8/2020- 20-10-2020', {}, 'window', '2020-08-01..2020-10-20', '2020-10-20', false],
  ['Từ ngày 1/8/2020- 20-10-2020', {}, 'window', '2020-08-01..2020-10-20', '2020-10-20', false],
  ['Từ ngày 21/10/2020- 31-12-2020', {}, 'window', '2020-10-21..2020-12-31', '2020-12-31', false],
  ['Từ ngày 1/1/2021- 31-3-2021', {}, 'window', '2021-01-01..2021-03-31', '2021-03-31', false],
  ['Từ ngày 1/4/2021 - 30-6-2021', {}, 'window', '2021-04-01..2021-06-30', '2021-06-30', false],
  ['12-15/6', {}, 'window', '2021-06-12..2021-06-15', '2021-06-15', false],
  ['trước ngày 26-09', {}, 'deadline', null, '2020-09-25', false],
  ['ngày 1-5', {}, 'day', '2021-05-01..2021-05-01', '2021-05-01', false],
  ['từ ngày 1-5', june2021, 'window', '2021-06-01..2021-06-05', '2021-06-05', false],
  ['từ ngày 12-15', june2021, 'window', '2021-06-12..2021-06-15', '2021-06-15', false],
  ['từ ngày 12 đến ngày 15', june2021, 'window', '2021-06-12..2021-06-15', '2021-06-15', false],
  ['từ 20/12 đến 10/1', {}, 'window', '2020-12-20..2021-01-10', '2021-01-10', false],
  // deadlines
  ['trước 30/6', {}, 'deadline', null, '2021-06-29', false],
  ['trước 30/6', { lenient: true }, 'deadline', null, '2021-06-30', false],
  ['trước ngày 10/5/2019', y2019, 'deadline', null, '2019-05-09', false],
  ['trước ngày 20/5/2019', y2019, 'deadline', null, '2019-05-19', false],
  ['trước ngày 30/5/2019', y2019, 'deadline', null, '2019-05-29', false],
  ['chậm nhất 15/7', {}, 'deadline', null, '2021-07-15', false],
  ['chậm nhất ngày 15/7', {}, 'deadline', null, '2021-07-15', false],
  ['hạn 30/6', {}, 'deadline', null, '2021-06-30', false],
  ['đến 30/6', {}, 'deadline', null, '2021-06-30', false],
  ['trước tháng 9', {}, 'deadline', null, '2020-08-31', false],
  ['chậm nhất tháng 9', {}, 'deadline', null, '2020-09-30', false],
  // months and quarters
  ['tháng 8/2020', {}, 'window', '2020-08-01..2020-08-31', '2020-08-31', false],
  ['8/2020', {}, 'window', '2020-08-01..2020-08-31', '2020-08-31', false],
  ['01/2021', {}, 'window', '2021-01-01..2021-01-31', '2021-01-31', false],
  ['01/2019', y2019, 'window', '2019-01-01..2019-01-31', '2019-01-31', false],
  ['tháng 9', {}, 'window', '2020-09-01..2020-09-30', '2020-09-30', false],
  ['tháng 9-10/2020', {}, 'window', '2020-09-01..2020-10-31', '2020-10-31', false],
  ['tháng 12-1/2021', {}, 'window', '2020-12-01..2021-01-31', '2021-01-31', false],
  ['từ tháng 8/2020 đến tháng 7/2021', {}, 'window', '2020-08-01..2021-07-31', '2021-07-31', false],
  ['từ tháng 12 đến tháng 2', {}, 'window', '2020-12-01..2021-02-28', '2021-02-28', false],
  ['từ tháng 9 đến 11', {}, 'window', '2020-09-01..2020-11-30', '2020-11-30', false],
  ['trước tháng 9-10/2020', {}, 'deadline', null, '2020-08-31', false],
  ['tháng 7', {}, 'window', '2021-07-01..2021-07-31', '2021-07-31', false],
  ['Quý I', y2024, 'window', '2024-01-01..2024-03-31', '2024-03-31', false],
  ['Quý I năm 2024', y2024, 'window', '2024-01-01..2024-03-31', '2024-03-31', false],
  ['quý III năm 2024', y2024, 'window', '2024-07-01..2024-09-30', '2024-09-30', false],
  ['Quý IV năm 2024', y2024, 'window', '2024-10-01..2024-12-31', '2024-12-31', false],
  ['Quý I', {}, 'window', '2021-01-01..2021-03-31', '2021-03-31', false],
  ['quý 3', {}, 'window', '2020-07-01..2020-09-30', '2020-09-30', false],
  ['năm 2024', y2024, 'window', '2024-01-01..2024-12-31', '2024-12-31', false],
  // school-year parts, from the Ministry's frames (2020-2021: QĐ 2084/QĐ-BGDĐT; 2019-2020: amended frame; 2025-2026: QĐ 2269)
  ['đầu năm học', {}, 'window', '2020-08-01..2020-09-30', '2020-09-30', false],
  ['cuối năm học', {}, 'window', '2021-05-01..2021-06-30', '2021-06-30', false],
  ['học kỳ I', {}, 'window', '2020-09-05..2021-01-15', '2021-01-15', false],
  ['cuối học kỳ I', {}, 'window', '2020-12-16..2021-01-15', '2021-01-15', false],
  ['học kỳ II', {}, 'window', '2021-01-16..2021-05-24', '2021-05-24', false],
  ['học kỳ I', sy2025, 'window', '2025-09-05..2026-01-17', '2026-01-17', false],
  ['học kỳ II', sy2025, 'window', '2026-01-18..2026-05-30', '2026-05-30', false],
  ['cuối học kỳ I năm học 2019-2020', y2019, 'window', '2019-12-20..2020-01-19', '2020-01-19', false],
  ['học kỳ I', y2019, 'window', '2019-09-05..2020-01-19', '2020-01-19', false],
  ['cả năm', {}, 'window', '2020-08-01..2021-07-31', '2021-07-31', false],
  ['thường xuyên', y2024, 'window', '2024-01-01..2024-12-31', '2024-12-31', false],
  ['đầu tháng', june2021, 'day', '2021-06-01..2021-06-01', '2021-06-01', false],
  ['giữa tháng 9', {}, 'day', '2020-09-15..2020-09-15', '2020-09-15', false],
  ['cuối tháng 2', {}, 'day', '2021-02-28..2021-02-28', '2021-02-28', false],
  ['cuối tháng 10/2020', {}, 'day', '2020-10-31..2020-10-31', '2020-10-31', false],
  ['đầu năm', {}, 'day', '2021-01-01..2021-01-01', '2021-01-01', false],
  ['giữa năm', {}, 'day', '2021-06-30..2021-06-30', '2021-06-30', false],
  ['cuối năm', {}, 'day', '2020-12-31..2020-12-31', '2020-12-31', false],
  ['cuối năm', y2019, 'day', '2019-12-31..2019-12-31', '2019-12-31', false],
  // tentative
  ['dự kiến 12-15/6', {}, 'window', '2021-06-12..2021-06-15', '2021-06-15', true],
  ['dự kiến trong các ngày từ 12-15', june2021, 'window', '2021-06-12..2021-06-15', '2021-06-15', true],
  ['dự kiến tháng 9/2020', {}, 'window', '2020-09-01..2020-09-30', '2020-09-30', true],
  ['(dự kiến trong các ngày từ 12-15)', june2021, 'window', '2021-06-12..2021-06-15', '2021-06-15', true],
  ['Quý I/2024', y2024, 'window', '2024-01-01..2024-03-31', '2024-03-31', false],
  ['hạn chót 30/6', {}, 'deadline', null, '2021-06-30', false],
  ['tới 30/6', {}, 'deadline', null, '2021-06-30', false],
  ['hạn trước 15/5', {}, 'deadline', null, '2021-05-14', false],
  ['hạn chậm nhất 15/7', {}, 'deadline', null, '2021-07-15', false],
  ['đến hết 30/6', {}, 'deadline', null, '2021-06-30', false],
  // occasions
  ['nhân dịp 20/11', {}, 'day', '2020-11-20..2020-11-20', '2020-11-20', false],
  ['nhân dịp 20/11/2020', {}, 'day', '2020-11-20..2020-11-20', '2020-11-20', false],
  ['nhân dịp Kỷ niệm ngày Nhà giáo Việt Nam 20/11', y2019, 'day', '2019-11-20..2019-11-20', '2019-11-20', false],
  ['trước Ngày Nhà giáo Việt Nam', {}, 'deadline', null, '2020-11-19', false],
  // "dịp Tết": the Tết break (the days off around mùng 1: 12/2/2021, 10/2/2024)
  ['dịp Tết Nguyên đán', {}, 'window', '2021-02-10..2021-02-16', '2021-02-16', false],
  ['dịp Tết Nguyên đán', y2024, 'window', '2024-02-08..2024-02-14', '2024-02-14', false],
  ['trước 20/11', {}, 'deadline', null, '2020-11-19', false],
  ['ngày thành lập Đảng Cộng sản Việt Nam 03/02/2021', {}, 'day', '2021-02-03..2021-02-03', '2021-02-03', false],
  ['nhân dịp Quốc khánh', {}, 'day', '2020-09-02..2020-09-02', '2020-09-02', false],
];

describe('resolveTime: every phrase form, seeds included', () => {
  it.each(table)('%s', (phrase, options, kind, window, lastDay, soft) => {
    const r = resolveOk(phrase, options);
    expect(r).toEqual({ kind, window, lastDay, deadline: `${lastDay}T23:59:59.999+07:00`, soft });
  });

  it('prints the done criterion: trước 30/6 in 2020-2021 ends at the end of 29/6/2021', () => {
    expect(resolveOk('trước 30/6').deadline).toBe('2021-06-29T23:59:59.999+07:00');
  });
});

describe('relative phrases (Bộ luật Dân sự periods)', () => {
  // Friday 25/9/2020; Saturday 26 and Sunday 27 are off.
  const known: Options = {
    events: { hội_nghị_cbvc: { date: iso('2020-09-25') }, 'hội nghị CB, VC': { date: iso('2020-09-25') } },
  };
  const rel: [string, string | null, string][] = [
    ['2 ngày sau hội_nghị_cbvc', '2020-09-26..2020-09-28', '2020-09-28'],
    ['chậm nhất 2 ngày sau hội_nghị_cbvc', '2020-09-26..2020-09-28', '2020-09-28'],
    ['chậm nhất sau khi hội_nghị_cbvc 2 ngày', '2020-09-26..2020-09-28', '2020-09-28'],
    ['chậm nhất sau khi "hội nghị CB, VC" 2 ngày', '2020-09-26..2020-09-28', '2020-09-28'],
    ['trong 5 ngày làm việc kể từ hội_nghị_cbvc', '2020-09-26..2020-10-02', '2020-10-02'],
    ['sau hội_nghị_cbvc 3 tuần', '2020-09-26..2020-10-16', '2020-10-16'],
    ['2 tuần sau hội_nghị_cbvc', '2020-09-26..2020-10-09', '2020-10-09'],
    ['1 tháng sau hội_nghị_cbvc', '2020-09-26..2020-10-26', '2020-10-26'],
    ['trước hội_nghị_cbvc 5 ngày', null, '2020-09-20'],
    ['5 ngày trước hội_nghị_cbvc', null, '2020-09-20'],
    ['trước hội_nghị_cbvc', null, '2020-09-24'],
    ['no later than 2 days after hội_nghị_cbvc', '2020-09-26..2020-09-28', '2020-09-28'],
    ['within 5 working days from hội_nghị_cbvc', '2020-09-26..2020-10-02', '2020-10-02'],
  ];
  it.each(rel)('%s', (phrase, window, lastDay) => {
    const r = resolveOk(phrase, known);
    expect({ window: r.window, lastDay: r.lastDay, soft: r.soft }).toEqual({ window, lastDay, soft: false });
  });

  it('resolves against an estimate, soft, with the range of last days', () => {
    const { result, resolution } = run('chậm nhất 2 ngày sau hội_nghị_cbvc', {
      events: { hội_nghị_cbvc: { window: { start: iso('2020-09-01'), end: iso('2020-09-30') } } },
    });
    expect(result?.soft).toBe(true);
    expect(result?.lastDay).toBe('2020-10-02');
    expect(resolution?.relative?.estimated).toBe(true);
    expect(resolution?.relative?.lastDayRange.latest).toBe(iso('2020-10-02'));
    // 1/9/2020 + 2 = Thursday 3/9, a working day in 2020 (Quốc khánh was one day off then: 2/9).
    expect(resolution?.relative?.lastDayRange.earliest).toBe(iso('2020-09-03'));
  });

  it('reports an unknown event on its name', () => {
    const text = '2 ngày sau hội_nghị';
    const { diagnostics, result } = run(text);
    expect(result).toBeUndefined();
    expect(diagnostics.map((d) => [d.code, text.slice(d.span.start, d.span.end)])).toEqual([
      ['time.unknown-event', 'hội_nghị'],
    ]);
  });
});

describe('bad phrases are diagnostics with spans', () => {
  const bad: [string, Options, string, string][] = [
    ['31/2', {}, 'time.invalid-date', '31/2'],
    ['31/2/2021', {}, 'time.invalid-date', '31/2/2021'],
    ['Quý V', {}, 'time.invalid-quarter', 'V'],
    ['tháng 13/2020', {}, 'time.invalid-month', '13'],
    ['học kỳ III', {}, 'time.invalid-semester', 'III'],
    ['20/5/2019', {}, 'time.outside-period', '20/5/2019'],
    ['tháng 8/2019', {}, 'time.outside-period', 'tháng 8/2019'],
    ['từ ngày 12-15', {}, 'time.needs-enclosing-month', 'từ ngày 12-15'],
    ['hôm nay', {}, 'time.expected-time', 'hôm'],
    ['', {}, 'time.empty', ''],
    ['20/10/2020 - 1/8/2020', {}, 'time.reversed-range', '20/10/2020 - 1/8/2020'],
    ['30/6 và 1/7', {}, 'time.unexpected-text', 'và 1/7'],
    ['20/5/19', {}, 'time.year-digits', '19'],
    ['từ tháng 10/2020 đến tháng 9/2020', {}, 'time.reversed-range', 'từ tháng 10/2020 đến tháng 9/2020'],
    ['tháng 9-13', {}, 'time.invalid-month', '13'],
    ['29/2', {}, 'time.invalid-date', '29/2'],
  ];
  it.each(bad)('%s', (phrase, options, code, spanText) => {
    const { diagnostics } = run(phrase, options);
    expect(diagnostics.length).toBeGreaterThan(0);
    const d = diagnostics[0]!;
    expect(d.code).toBe(code);
    expect(phrase.slice(d.span.start, d.span.end)).toBe(spanText);
  });

  it('takes 29/2 in a period with a leap February', () => {
    expect(resolveOk('29/2', { period: { kind: 'school-year', startYear: 2019 } }).lastDay).toBe('2020-02-29');
  });
});
