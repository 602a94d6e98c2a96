import {
  foldDiacritics,
  formatTimeExpr,
  parseTimePhrase,
  phraseKeywords,
  renderCalendarDiagnostic,
  type TimeExpr,
} from '@tdkt/calendar';
import { describe, expect, it } from 'vitest';
import { validPhrases } from './helpers.js';

/** A tree without spans, to compare parses of different spellings. */
function shape(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(shape);
  if (value !== null && typeof value === 'object') {
    return Object.fromEntries(
      Object.entries(value)
        .filter(([k]) => k !== 'span')
        .map(([k, v]) => [k, shape(v)]),
    );
  }
  return value;
}

function parse(text: string): TimeExpr {
  const { expr, diagnostics } = parseTimePhrase(text);
  if (expr === undefined) throw new Error(`${text}: ${diagnostics.map((d) => d.code).join(', ')}`);
  return expr;
}

describe('parseTimePhrase: trees', () => {
  it('reads dates, ranges and day ranges by their shape', () => {
    expect(shape(parse('30/6'))).toEqual({ kind: 'date', day: 30, month: 6, year: undefined });
    expect(shape(parse('1/8/2020- 20-10-2020'))).toEqual({
      kind: 'range',
      start: { kind: 'date', day: 1, month: 8, year: 2020 },
      end: { kind: 'date', day: 20, month: 10, year: 2020 },
    });
    expect(shape(parse('12-15/6'))).toEqual({ kind: 'day-range', startDay: 12, endDay: 15, month: 6, year: undefined });
    expect(shape(parse('từ ngày 12-15'))).toEqual({
      kind: 'day-range',
      startDay: 12,
      endDay: 15,
      month: undefined,
      year: undefined,
    });
    expect(shape(parse('01/2021'))).toEqual({ kind: 'month', month: 1, year: 2021 });
    expect(shape(parse('20.5.2019'))).toEqual({ kind: 'date', day: 20, month: 5, year: 2019 });
  });

  it('reads deadlines with their keyword', () => {
    expect(shape(parse('trước ngày 20/5/2019'))).toEqual({
      kind: 'deadline',
      keyword: 'before',
      target: { kind: 'date', day: 20, month: 5, year: 2019 },
    });
    expect((parse('chậm nhất 15/7') as { keyword: string }).keyword).toBe('no-later-than');
    expect((parse('hạn 30/6') as { keyword: string }).keyword).toBe('due');
    expect((parse('đến 30/6') as { keyword: string }).keyword).toBe('until');
  });

  it('reads relative phrases in every word order, the seed’s included', () => {
    expect(shape(parse('chậm nhất sau khi hội_nghị_cbvc 2 ngày'))).toEqual({
      kind: 'relative',
      direction: 'after',
      offset: { kind: 'duration', amount: 2, unit: 'day' },
      event: { name: 'hội_nghị_cbvc', quoted: false },
      form: 'after-n',
      noLaterThan: true,
      afterWhen: true,
    });
    expect(shape(parse('trong 5 ngày làm việc kể từ hội_nghị'))).toMatchObject({
      form: 'within-since',
      offset: { amount: 5, unit: 'working-day' },
    });
    expect(shape(parse('trước hội_nghị 5 ngày'))).toMatchObject({ direction: 'before', form: 'before-n' });
    expect(shape(parse('sau "Hội nghị CB, VC" 3 tuần'))).toMatchObject({
      event: { name: 'Hội nghị CB, VC', quoted: true },
      offset: { unit: 'week' },
    });
  });

  it('keeps spans relative to the phrase', () => {
    const e = parse('trước ngày 20/5/2019');
    expect(e.span).toEqual({ start: 0, end: 20 });
    expect(e.kind === 'deadline' && e.target.span).toEqual({ start: 6, end: 20 });
  });

  it('reads occasions by name or date', () => {
    expect(shape(parse('nhân dịp 20/11'))).toMatchObject({
      kind: 'occasion',
      occasion: '20-11',
      wording: 'on-the-occasion',
    });
    expect(shape(parse('dịp Tết Nguyên đán'))).toMatchObject({ kind: 'occasion', occasion: 'tet', date: undefined });
    expect(shape(parse('trước Ngày Nhà giáo Việt Nam'))).toMatchObject({
      kind: 'deadline',
      target: { kind: 'occasion', occasion: '20-11' },
    });
  });
});

describe('spelling variants: diacritics, case, spaces, English', () => {
  const same: [string, string][] = [
    ['truoc 30/6', 'trước 30/6'],
    ['TRƯỚC NGÀY 20/5/2019', 'trước ngày 20/5/2019'],
    ['  trước   ngày  20 / 5 / 2019 ', 'trước ngày 20/5/2019'],
    ['cham nhat 2 ngay sau hoi_nghi', 'chậm nhất 2 ngày sau hoi_nghi'],
    ['du kien trong cac ngay tu 12-15', 'dự kiến trong các ngày từ 12-15'],
    ['quy III nam 2024', 'quý III năm 2024'],
    ['hoc ky II', 'học kỳ II'],
    ['học kì II', 'học kỳ II'],
    ['dip tet nguyen dan', 'dịp Tết Nguyên đán'],
    ['before 30/6', 'trước 30/6'],
    ['no later than 15/7', 'chậm nhất 15/7'],
    ['from 1/8/2020 to 20/10/2020', 'từ 1/8/2020 đến 20/10/2020'],
    ['month 8/2020', 'tháng 8/2020'],
    ['quarter III year 2024', 'quý III năm 2024'],
    ['expected 12-15/6', 'dự kiến 12-15/6'],
    ['within 5 working days since hoi_nghi', 'trong 5 ngày làm việc kể từ hoi_nghi'],
    ['2 days after hoi_nghi', '2 ngày sau hoi_nghi'],
    ['end of semester I', 'cuối học kỳ I'],
    ['start of school year', 'đầu năm học'],
    ['on the occasion of 20/11', 'nhân dịp 20/11'],
    ['trước 30/6'.normalize('NFD'), 'trước 30/6'],
  ];
  it.each(same)('%s', (variant, canonical) => {
    expect(shape(parse(variant))).toEqual(shape(parse(canonical)));
  });

  it('has one keyword table whose ASCII column is the folded Vietnamese', () => {
    for (const k of phraseKeywords) expect(foldDiacritics(k.vi)).toBe(k.ascii);
    expect(new Set(phraseKeywords.map((k) => k.id)).size).toBe(phraseKeywords.length);
  });
});

describe('formatTimeExpr', () => {
  it('prints the canonical Vietnamese spelling', () => {
    expect(formatTimeExpr(parse('TRUOC NGAY 20-05-2019'))).toBe('trước 20/5/2019');
    expect(formatTimeExpr(parse('1/8/2020- 20-10-2020'))).toBe('từ 1/8/2020 đến 20/10/2020');
    expect(formatTimeExpr(parse('du kien trong cac ngay tu 12-15'))).toBe('dự kiến trong các ngày từ 12-15');
    expect(formatTimeExpr(parse('quy 3 nam 2024'))).toBe('quý III năm 2024');
    expect(formatTimeExpr(parse('chậm nhất 2 ngày sau hội_nghị'), 'en')).toBe('no later than 2 days after hội_nghị');
  });

  it.each(validPhrases)('round-trips %s (vi and en)', (phrase) => {
    const e = parse(phrase);
    expect(shape(parse(formatTimeExpr(e)))).toEqual(shape(e));
    expect(shape(parse(formatTimeExpr(e, 'en')))).toEqual(shape(e));
  });
});

describe('diagnostics', () => {
  it('suggests the keyword a misspelt word meant', () => {
    const { diagnostics } = parseTimePhrase('chậmm nhất 15/7');
    expect(diagnostics[0]?.code).toBe('time.expected-time');
    expect(renderCalendarDiagnostic(diagnostics[0]!, 'vi')).toContain('chậm nhất');
    expect(renderCalendarDiagnostic(parseTimePhrase('truc 30/6').diagnostics[0]!, 'en')).toContain(
      'did you mean `trước`?',
    );
    expect(renderCalendarDiagnostic(parseTimePhrase('2 ngày sua hop').diagnostics[0]!, 'en')).toContain(
      'did you mean `sau`?',
    );
    expect(
      renderCalendarDiagnostic(parseTimePhrase('trong 5 ngày làm việc ket tu hop').diagnostics[0]!, 'vi'),
    ).toContain('`kể từ`');
  });

  it('renders every code in both languages', () => {
    for (const text of ['31/2', 'Quý V', 'tháng 13/2020', 'xyz', '', '2 ngày', 'trong 5 ngày hội', '1/2/3/4/5/6/7']) {
      for (const d of parseTimePhrase(text).diagnostics) {
        expect(renderCalendarDiagnostic(d, 'vi')).not.toBe(d.code);
        expect(renderCalendarDiagnostic(d, 'en')).not.toBe(d.code);
      }
    }
  });

  it('maps spans of NFD input back to the input', () => {
    const text = 'Quý V'.normalize('NFD');
    const d = parseTimePhrase(text).diagnostics[0]!;
    expect(text.slice(d.span.start, d.span.end)).toBe('V');
  });
});
