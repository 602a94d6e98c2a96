// A plan's own school-year frame (`khung năm học` lines) and its event titles reach the calendar.

import { formatVnDate } from '@tdkt/calendar';
import { analyze } from '@tdkt/language';
import { codesOf, dedent } from '@tdkt/language/test';
import { describe, expect, it } from 'vitest';

const ORG = dedent(`
  tổ chức
    cấp cá_nhân "Cá nhân" < trường "Trường"
    vai trò giáo_viên "Giáo viên" cấp cá_nhân
    vai trò hiệu_trưởng "Hiệu trưởng" cấp trường
`);

/** A 2020-2021 plan with `header` lines and one activity per time phrase, named a0, a1, … */
function plan(header: string, phrases: readonly string[]): string {
  const rows = phrases.map((p, i) => `    a${i}: "A${i}" do hiệu_trưởng ${p}\n`).join('');
  return `${ORG}kế hoạch "KH"\n  đơn vị "Trường thử" cấp trường\n  năm học 2020-2021\n${header}  tiến độ\n${rows}`;
}

/** Each activity's window (or last day), as `d/m/yyyy–d/m/yyyy`. */
function windows(text: string): string[] {
  const result = analyze(text, 'kh.tdkt');
  const p = result.model.plans[0]!;
  return p.activities.map((a) => {
    const r = a.times[0]?.resolution;
    if (!r) return '?';
    return r.window ? `${formatVnDate(r.window.start)}–${formatVnDate(r.window.end)}` : `–${formatVnDate(r.lastDay)}`;
  });
}

const PHRASES = ['học kỳ I', 'trước khai giảng', 'học kỳ II'];

describe('khung năm học: the plan’s days of the school-year frame', () => {
  it('uses the Ministry’s frame when the plan writes none (QĐ 2084/QĐ-BGDĐT for 2020-2021)', () => {
    expect(windows(plan('', PHRASES))).toEqual(['5/9/2020–15/1/2021', '–4/9/2020', '16/1/2021–24/5/2021']);
  });

  it('lets the plan’s days win, and keeps the Ministry’s for the days it leaves out', () => {
    const header =
      '  khung năm học "Kế hoạch thời gian năm học của UBND tỉnh"\n    khai giảng 7/9/2020\n    kết thúc học kỳ I trước 23/1/2021\n';
    const text = plan(header, PHRASES);
    expect(codesOf(text, 'kh.tdkt')).toEqual([]);
    expect(windows(text)).toEqual(['7/9/2020–22/1/2021', '–6/9/2020', '23/1/2021–24/5/2021']);
  });

  it('reads the shorter spellings officials use (`hết học kỳ II`, no diacritics) and keeps the period’s ends', () => {
    const header = '  khung năm học từ 1/8/2020 đến 31/7/2021\n    het hoc ky II truoc 20/5/2021\n';
    expect(windows(plan(header, ['học kỳ II']))).toEqual(['16/1/2021–19/5/2021']);
  });

  it('refuses days out of order and does not use them', () => {
    const header = '  khung năm học\n    khai giảng 20/1/2021\n    kết thúc học kỳ I trước 16/1/2021\n';
    const text = plan(header, PHRASES);
    expect(codesOf(text, 'kh.tdkt')).toEqual(['plan.frame-order']);
    expect(windows(text)).toEqual(['5/9/2020–15/1/2021', '–4/9/2020', '16/1/2021–24/5/2021']);
  });

  it('reports a line that names no day, a day given twice, a month for a day, and an empty frame', () => {
    expect(codesOf(plan('  khung năm học\n    nghỉ hè 1/6/2021\n', []), 'kh.tdkt')).toEqual([
      'syntax.unknown-frame-day',
    ]);
    expect(codesOf(plan('  khung năm học\n    khai giảng 5/9/2020\n    khai giảng 6/9/2020\n', []), 'kh.tdkt')).toEqual(
      ['syntax.duplicate-clause'],
    );
    expect(codesOf(plan('  khung năm học\n    khai giảng tháng 9/2020\n', []), 'kh.tdkt')).toEqual([
      'plan.frame-day-not-a-day',
    ]);
    expect(codesOf(plan('  khung năm học\n', []), 'kh.tdkt')).toEqual(['syntax.empty-frame']);
  });
});

describe('events named as the plan writes them', () => {
  const header =
    '  sự kiện hn "Hội nghị cán bộ, viên chức đầu năm" 10/10/2020\n  sự kiện nhận_hs "Ngày nhận đủ hồ sơ hợp lệ"\n';

  it('binds a phrase’s event by its written title, a shorter wording of it, or a school event', () => {
    const text = plan(header, [
      'chậm nhất 2 ngày sau hội nghị cán bộ viên chức đầu năm',
      'chậm nhất 2 ngày sau Hội nghị CBVC',
      'trước ngày khai giảng',
      'sau Tết 2 tuần',
    ]);
    expect(codesOf(text, 'kh.tdkt')).toEqual([]);
    expect(windows(text).slice(0, 3)).toEqual(['11/10/2020–12/10/2020', '11/10/2020–12/10/2020', '–4/9/2020']);
    const a0 = analyze(text, 'kh.tdkt').model.plans[0]!.activities[0]!;
    expect(a0.times[0]?.resolution?.relative?.event).toBe('hn');
  });

  it('keeps a run-time event bound by its title (known when it happens) and still reports an unknown name', () => {
    const text = plan(header, [
      'trong vòng 5 ngày làm việc kể từ ngày nhận đủ hồ sơ hợp lệ',
      'chậm nhất 2 ngày sau hội nghị tổng kết',
    ]);
    expect(codesOf(text, 'kh.tdkt')).toEqual(['time.unknown-event', 'link.unknown-name']);
  });
});
