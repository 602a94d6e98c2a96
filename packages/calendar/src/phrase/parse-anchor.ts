// Anchors: dates, ranges, months, quarters, years, school-year parts, month/year points, occasions.
import { occasionOnDate } from '../occasions.js';
import type { AnchorExpr, DateExpr, MonthExpr, MonthRangeExpr, OccasionExpr, Point, SchoolYearPart } from '../time-expr.js';
import type { Cursor } from './cursor.js';
import { makeDate, makeRange, parseNumericRun, type DayContext } from './parse-numeric.js';
import { suggestKeyword } from './suggest.js';

const ROMAN: Readonly<Record<string, number>> = { i: 1, ii: 2, iii: 3, iv: 4, v: 5, vi: 6, vii: 7, viii: 8, ix: 9, x: 10 };

/** A small number written in digits or Roman numerals (`III`, `3`). */
function numeral(cur: Cursor): number | undefined {
  const t = cur.peek();
  if (t?.kind === 'number' && t.text.length <= 2) return (cur.next(), Number(t.text));
  if (t?.kind === 'word' && ROMAN[t.folded] !== undefined) return (cur.next(), ROMAN[t.folded]);
  return undefined;
}

/** A four-digit year token. */
function year4(cur: Cursor): number | undefined {
  const t = cur.peek();
  if (t?.kind === 'number' && t.text.length === 4) return (cur.next(), Number(t.text));
  return undefined;
}

/** Optional `năm 2024`, `2024` or `/2024` after a month or quarter. */
function optionalYear(cur: Cursor): number | undefined {
  const save = cur.pos;
  if (cur.peek()?.kind === 'sep' && cur.peek(1)?.kind === 'number') cur.next();
  else cur.eat('year');
  const y = year4(cur);
  if (y === undefined) cur.pos = save;
  return y;
}

/** Optional `năm học 2019-2020` (or `2019 - 2020`); returns the first year. */
function optionalSchoolYear(cur: Cursor): number | undefined {
  const save = cur.pos;
  if (!cur.eat('school-year')) return undefined;
  const from = cur.pos;
  const a = year4(cur);
  const sep = cur.peek()?.kind === 'sep' ? cur.next() : undefined;
  const b = sep ? year4(cur) : undefined;
  if (a === undefined || b === undefined) {
    cur.pos = save;
    return undefined;
  }
  if (b !== a + 1) cur.error('time.bad-school-year', cur.spanFrom(from), { start: a, end: b });
  return a;
}

/** The part of anchor parsing after `nhân dịp`, `dịp`, or at a bare occasion name. */
function parseOccasion(cur: Cursor, from: number, wording: OccasionExpr['wording']): OccasionExpr | undefined {
  const named = cur.occasion();
  let occasion: string | undefined;
  if (named !== undefined) {
    cur.pos += named.length;
    occasion = named.id;
  }
  let date: DateExpr | undefined;
  if (cur.peek()?.kind === 'number') {
    const parsed = parseNumericRun(cur, 'none');
    if (parsed?.kind !== 'date') {
      if (parsed !== undefined) cur.error('time.expected-date', parsed.span, {});
      return undefined;
    }
    date = parsed;
    const onDate = occasionOnDate(date.day, date.month)?.id;
    if (occasion !== undefined && onDate !== occasion) cur.error('time.occasion-date-mismatch', date.span, { occasion });
    occasion ??= onDate;
  }
  if (named === undefined && date === undefined) {
    cur.error('time.expected-occasion', cur.hereSpan(), {});
    return undefined;
  }
  return { kind: 'occasion', occasion, date, wording, span: cur.spanFrom(from) };
}

/** `đầu/giữa/cuối` followed by `năm học`, `học kỳ N`, `tháng [M]` or `năm [Y]`. */
function parsePoint(cur: Cursor, from: number, point: Point): AnchorExpr | undefined {
  const k = cur.keyword();
  if (k?.id === 'school-year') {
    if (point === 'middle') cur.error('time.unsupported-part', { start: cur.tokens[from]?.span.start ?? 0, end: k.span.end }, {});
    const schoolYear = optionalSchoolYear(cur);
    if (schoolYear === undefined) cur.pos += k.length;
    return { kind: 'school-year-part', part: point === 'end' ? 'end' : 'start', schoolYear, span: cur.spanFrom(from) };
  }
  if (k?.id === 'semester') {
    cur.pos += k.length;
    const n = numeral(cur);
    if (point !== 'end' || (n !== 1 && n !== 2)) {
      cur.error(n === 1 || n === 2 ? 'time.unsupported-part' : 'time.invalid-semester', cur.spanFrom(from), { semester: n ?? '' });
      return undefined;
    }
    const schoolYear = optionalSchoolYear(cur);
    return { kind: 'school-year-part', part: n === 1 ? 'end-semester-1' : 'end-semester-2', schoolYear, span: cur.spanFrom(from) };
  }
  if (k?.id === 'month') {
    cur.pos += k.length;
    const t = cur.peek();
    if (t?.kind !== 'number') return { kind: 'month-point', point, month: undefined, year: undefined, span: cur.spanFrom(from) };
    const month = Number((cur.next(), t.text));
    if (month < 1 || month > 12) cur.error('time.invalid-month', t.span, { month });
    return { kind: 'month-point', point, month, year: optionalYear(cur), span: cur.spanFrom(from) };
  }
  if (k?.id === 'year') {
    cur.pos += k.length;
    return { kind: 'year-point', point, year: year4(cur), span: cur.spanFrom(from) };
  }
  expected(cur);
  return undefined;
}

/** `tháng 8/2020`, `tháng 9 năm 2020`, `tháng 9`. */
function parseMonth(cur: Cursor, from: number): AnchorExpr | undefined {
  const t = cur.peek();
  if (t?.kind !== 'number') {
    cur.error('time.expected-month-number', cur.hereSpan(), {});
    return undefined;
  }
  cur.next();
  const month = Number(t.text);
  if (month < 1 || month > 12 || t.text.length > 2) cur.error('time.invalid-month', t.span, { month });
  // "tháng 9-10/2020": a range of months sharing the year written after the last one.
  const sep = cur.peek();
  const second = cur.peek(1);
  if (sep?.kind === 'sep' && sep.text === '-' && second?.kind === 'number' && second.text.length <= 2) {
    cur.pos += 2;
    const endMonth = Number(second.text);
    if (endMonth < 1 || endMonth > 12) cur.error('time.invalid-month', second.span, { month: endMonth });
    const year = optionalYear(cur);
    const start: MonthExpr = { kind: 'month', month, year: year === undefined ? undefined : endMonth < month ? year - 1 : year, span: t.span };
    const end: MonthExpr = { kind: 'month', month: endMonth, year, span: { start: second.span.start, end: cur.spanFrom(from).end } };
    return monthRange(cur, from, start, end);
  }
  return { kind: 'month', month, year: optionalYear(cur), span: cur.spanFrom(from) };
}

/** A month range; reports one that ends before it starts when both years are known. */
function monthRange(cur: Cursor, from: number, start: MonthExpr, end: MonthExpr): MonthRangeExpr {
  const where = cur.spanFrom(from);
  if (start.year !== undefined && end.year !== undefined && start.year * 12 + start.month > end.year * 12 + end.month) cur.error('time.reversed-range', where, {});
  return { kind: 'month-range', start, end, span: where };
}

/** `ngày 09 tháng 10 năm 2020`: the long form of a date in Vietnamese documents. */
function parseLongDate(cur: Cursor, from: number): DateExpr | undefined {
  const d = cur.peek();
  if (d?.kind !== 'number' || cur.keyword(1)?.id !== 'month' || cur.peek(2)?.kind !== 'number') return undefined;
  cur.next();
  cur.eat('month');
  const m = cur.next();
  const save = cur.pos;
  let year: number | undefined;
  if (cur.eat('year')) {
    year = year4(cur);
    if (year === undefined) cur.pos = save;
  }
  return makeDate(cur, Number(d.text), Number(m?.text), year, cur.spanFrom(from));
}

/** `từ D đến D`, `từ ngày 12-15`, `từ ngày 12 đến ngày 15`, `từ ngày 1/8/2020- 20-10-2020`. */
function parseFrom(cur: Cursor, from: number): AnchorExpr | undefined {
  if (cur.isKeyword('month')) return parseFromMonth(cur, from);
  cur.eat('day');
  const first = parseNumericRun(cur, 'range');
  if (first === undefined) {
    if (cur.diagnostics.length === 0) expected(cur);
    return undefined;
  }
  if (!cur.isKeyword('until')) {
    if (first.kind === 'range' || (first.kind === 'day-range' && first.startDay !== first.endDay)) return { ...first, span: cur.spanFrom(from) };
    cur.error('time.expected-range-end', cur.hereSpan(), {});
    return undefined;
  }
  cur.eat('until');
  cur.eat('day');
  const second = parseNumericRun(cur, 'day');
  if (second === undefined) {
    if (cur.diagnostics.length === 0) expected(cur);
    return undefined;
  }
  const where = cur.spanFrom(from);
  const single = (e: typeof first): e is Extract<typeof first, { kind: 'day-range' }> =>
    e.kind === 'day-range' && e.startDay === e.endDay && e.month === undefined;
  if (single(first) && single(second)) return { ...first, endDay: second.startDay, span: where };
  if (single(first) && second.kind === 'date') return { kind: 'day-range', startDay: first.startDay, endDay: second.day, month: second.month, year: second.year, span: where };
  if (first.kind === 'date' && second.kind === 'date') {
    const start = first.year === undefined && second.year !== undefined ? { ...first, year: second.year - (first.month > second.month ? 1 : 0) } : first;
    const end = second.year === undefined && first.year !== undefined ? { ...second, year: first.year + (second.month < first.month ? 1 : 0) } : second;
    return makeRange(cur, start, end, where);
  }
  cur.error('time.bad-range', where, {});
  return undefined;
}

/** `từ tháng 8/2020 đến tháng 10/2020`, `từ tháng 9 đến 11`: a side without a year borrows the other's. */
function parseFromMonth(cur: Cursor, from: number): AnchorExpr | undefined {
  const a = parseAnchor(cur, false);
  if (a === undefined) return undefined;
  if (a.kind === 'month-range') return { ...a, span: cur.spanFrom(from) };
  if (a.kind !== 'month' || cur.eat('until') === undefined) {
    cur.error('time.expected-range-end', cur.hereSpan(), {});
    return undefined;
  }
  const b = cur.isKeyword('month') ? parseAnchor(cur, false) : parseMonth(cur, cur.pos);
  if (b === undefined) return undefined;
  if (b.kind !== 'month') {
    cur.error('time.bad-range', cur.spanFrom(from), {});
    return undefined;
  }
  const start = a.year === undefined && b.year !== undefined ? { ...a, year: a.month > b.month ? b.year - 1 : b.year } : a;
  const end = b.year === undefined && a.year !== undefined ? { ...b, year: b.month < a.month ? a.year + 1 : a.year } : b;
  return monthRange(cur, from, start, end);
}

/**
 * Reports what was found where a time was expected, with a keyword suggestion for a misspelt word.
 *
 * @example
 * expected(cursorAt('truc 30/6')) // adds time.expected-time { found: 'truc', suggestion: 'trước' }
 */
export function expected(cur: Cursor): void {
  const t = cur.peek();
  const suggestion = t?.kind === 'word' ? suggestKeyword(t.text) : undefined;
  const data = suggestion === undefined ? { found: t?.text ?? '' } : { found: t?.text ?? '', suggestion };
  cur.error(t === undefined ? 'time.unexpected-end' : 'time.expected-time', cur.hereSpan(), data);
}

/**
 * Parses one anchor (a time that is not a deadline, tentative or relative phrase). `dayContext` says a
 * lone number or `12-15` means days of the enclosing month.
 *
 * @example
 * // 'quý III năm 2024' => { kind: 'quarter', quarter: 3, year: 2024 }
 */
export function parseAnchor(cur: Cursor, dayContext: boolean): AnchorExpr | undefined {
  const from = cur.pos;
  let days: DayContext = dayContext ? 'range' : 'none';
  for (let on = cur.eat('on'); on !== undefined; on = cur.eat('on')) if (on.length > 1 && days === 'none') days = 'day';
  if (cur.occasion() !== undefined) return parseOccasion(cur, from, 'bare');
  const k = cur.keyword();
  if (k !== undefined) cur.pos += k.length;
  switch (k?.id) {
    case 'from':
      return parseFrom(cur, from);
    case 'day': {
      const long = parseLongDate(cur, from);
      if (long !== undefined) return long;
      if (cur.isKeyword('from')) return (cur.eat('from'), parseFrom(cur, from));
      const run = parseNumericRun(cur, 'day');
      if (run === undefined && cur.diagnostics.length === 0) expected(cur);
      return run === undefined ? undefined : { ...run, span: cur.spanFrom(from) };
    }
    case 'month':
      return parseMonth(cur, from);
    case 'quarter': {
      const at = cur.hereSpan();
      const written = cur.input.slice(at.start, at.end);
      const q = numeral(cur);
      if (q === undefined || q < 1 || q > 4) {
        cur.error('time.invalid-quarter', q === undefined ? at : { start: at.start, end: cur.spanFrom(from).end }, { quarter: written });
        return undefined;
      }
      return { kind: 'quarter', quarter: q, year: optionalYear(cur), span: cur.spanFrom(from) };
    }
    case 'year': {
      const y = year4(cur);
      if (y === undefined) {
        cur.error('time.expected-year', cur.hereSpan(), {});
        return undefined;
      }
      return { kind: 'year', year: y, span: cur.spanFrom(from) };
    }
    case 'school-year': {
      cur.pos -= k.length;
      const schoolYear = optionalSchoolYear(cur);
      if (schoolYear === undefined) cur.pos += k.length;
      return { kind: 'school-year-part', part: 'whole', schoolYear, span: cur.spanFrom(from) };
    }
    case 'semester': {
      const at = cur.hereSpan();
      const written = cur.input.slice(at.start, at.end);
      const n = numeral(cur);
      if (n !== 1 && n !== 2) {
        cur.error('time.invalid-semester', n === undefined ? at : { start: at.start, end: cur.spanFrom(from).end }, { semester: written });
        return undefined;
      }
      const part: SchoolYearPart = n === 1 ? 'semester-1' : 'semester-2';
      return { kind: 'school-year-part', part, schoolYear: optionalSchoolYear(cur), span: cur.spanFrom(from) };
    }
    case 'start':
    case 'middle':
    case 'end':
      return parsePoint(cur, from, k.id);
    case 'whole-year':
      return { kind: 'whole-period', wording: 'whole-year', span: cur.spanFrom(from) };
    case 'ongoing':
      return { kind: 'whole-period', wording: 'ongoing', span: cur.spanFrom(from) };
    case 'on-the-occasion':
      cur.eat('anniversary');
      return parseOccasion(cur, from, 'on-the-occasion');
    case 'occasion':
      cur.eat('anniversary');
      return parseOccasion(cur, from, 'occasion');
    case 'anniversary':
      return parseOccasion(cur, from, 'bare');
  }
  if (k !== undefined) {
    cur.pos -= k.length;
    expected(cur);
    return undefined;
  }
  if (cur.peek()?.kind === 'number') {
    const run = parseNumericRun(cur, days);
    if (run === undefined && cur.diagnostics.length === 0) expected(cur);
    return run;
  }
  expected(cur);
  return undefined;
}
