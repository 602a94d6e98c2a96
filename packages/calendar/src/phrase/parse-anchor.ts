// Anchors: dates, ranges, months, quarters, years, school-year parts, month/year points, occasions.
import { occasionOnDate } from '../occasions.js';
import type { AnchorExpr, DateExpr, DayRangeExpr, OccasionExpr, Point, SchoolYearPart } from '../time-expr.js';
import type { Cursor } from './cursor.js';
import { phraseWords } from './keywords.js';
import { type DayContext, makeDate, makeRange, parseNumericRun } from './parse-numeric.js';
import { monthRange, numeral, optionalSchoolYear, optionalYear, parseMonth, year4 } from './parse-parts.js';
import { parseHalf, parseWeek, parseYearMonths, yearMonthsAhead } from './parse-period-parts.js';
import { parseTimeOfDay, startsTimeOfDay } from './parse-time-of-day.js';
import { suggestAt } from './suggest.js';

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
    if (occasion !== undefined && onDate !== occasion)
      cur.error('time.occasion-date-mismatch', date.span, { occasion });
    occasion ??= onDate;
  }
  if (named === undefined && date === undefined) {
    cur.error('time.expected-occasion', cur.hereSpan(), {});
    return undefined;
  }
  return { kind: 'occasion', occasion, date, wording, span: cur.spanFrom(from) };
}

const SEMESTER_PARTS: Readonly<Record<Point, readonly [SchoolYearPart, SchoolYearPart]>> = {
  start: ['start-semester-1', 'start-semester-2'],
  middle: ['middle-semester-1', 'middle-semester-2'],
  end: ['end-semester-1', 'end-semester-2'],
};

/** `đầu/giữa/cuối` followed by `năm học`, `học kỳ N`, `tháng [M]` or `năm [Y]`. */
function parsePoint(cur: Cursor, from: number, point: Point): AnchorExpr | undefined {
  cur.eatWord(phraseWords.of);
  const k = cur.keyword();
  if (k?.id === 'school-year') {
    const schoolYear = optionalSchoolYear(cur);
    if (schoolYear === undefined) cur.pos += k.length;
    return { kind: 'school-year-part', part: point, schoolYear, span: cur.spanFrom(from) };
  }
  if (k?.id === 'semester') {
    cur.pos += k.length;
    const at = cur.hereSpan();
    const n = numeral(cur);
    if (n !== 1 && n !== 2) {
      cur.error('time.invalid-semester', n === undefined ? at : cur.spanFrom(from), {
        semester: n ?? cur.input.slice(at.start, at.end),
      });
      return undefined;
    }
    const schoolYear = optionalSchoolYear(cur);
    return {
      kind: 'school-year-part',
      part: SEMESTER_PARTS[point][n - 1] as SchoolYearPart,
      schoolYear,
      span: cur.spanFrom(from),
    };
  }
  if (k?.id === 'month') {
    cur.pos += k.length;
    const t = cur.peek();
    if (t?.kind !== 'number')
      return { kind: 'month-point', point, month: undefined, year: undefined, span: cur.spanFrom(from) };
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

const isSingle = (e: AnchorExpr): e is DayRangeExpr =>
  e.kind === 'day-range' && e.startDay === e.endDay && e.month === undefined;

/** `từ D đến D`, `từ ngày 12-15`, `từ ngày 12 đến ngày 15`, `từ ngày 1/8/2020- 20-10-2020`, `từ 15/8 đến hết tháng 9`. */
function parseFrom(cur: Cursor, from: number): AnchorExpr | undefined {
  if (!(cur.peek()?.kind === 'number' || (cur.isKeyword('day') && cur.peek(1)?.kind === 'number')))
    return parseFromAnchor(cur, from);
  cur.eat('day');
  const first = parseNumericRun(cur, 'range');
  if (first === undefined) {
    if (cur.diagnostics.length === 0) expected(cur);
    return undefined;
  }
  if (!cur.isKeyword('until')) {
    if (first.kind === 'range' || (first.kind === 'day-range' && first.startDay !== first.endDay))
      return { ...first, span: cur.spanFrom(from) };
    cur.error('time.expected-range-end', cur.hereSpan(), {});
    return undefined;
  }
  cur.eat('until');
  if (!(cur.peek()?.kind === 'number' || (cur.isKeyword('day') && cur.peek(1)?.kind === 'number'))) {
    const end = parseAnchor(cur, false);
    return end && makeSpan(cur, from, first, end);
  }
  cur.eat('day');
  const second = parseNumericRun(cur, 'day');
  if (second === undefined) {
    if (cur.diagnostics.length === 0) expected(cur);
    return undefined;
  }
  const where = cur.spanFrom(from);
  if (isSingle(first) && isSingle(second)) return { ...first, endDay: second.startDay, span: where };
  if (isSingle(first) && second.kind === 'date')
    return {
      kind: 'day-range',
      startDay: first.startDay,
      endDay: second.day,
      month: second.month,
      year: second.year,
      span: where,
    };
  if (first.kind === 'date' && second.kind === 'date') {
    const start =
      first.year === undefined && second.year !== undefined
        ? { ...first, year: second.year - (first.month > second.month ? 1 : 0) }
        : first;
    const end =
      second.year === undefined && first.year !== undefined
        ? { ...second, year: first.year + (second.month < first.month ? 1 : 0) }
        : second;
    return makeRange(cur, start, end, where);
  }
  return makeSpan(cur, from, first, second);
}

/** Two anchors of different units (`từ tháng 01/2020 đến 30/6/2020`): their own years, no borrowing. */
function makeSpan(cur: Cursor, from: number, start: AnchorExpr, end: AnchorExpr): AnchorExpr | undefined {
  if (isSingle(start) || isSingle(end) || start.kind === 'whole-period' || end.kind === 'whole-period') {
    cur.error('time.bad-range', cur.spanFrom(from), {});
    return undefined;
  }
  return { kind: 'span', start, end, span: cur.spanFrom(from) };
}

/** `từ tháng 8/2020 đến tháng 10/2020`, `từ tháng 9 đến 11`, `từ đầu tháng 9 đến 15/10`, `từ tháng 01/2020 đến 30/6/2020`. */
function parseFromAnchor(cur: Cursor, from: number): AnchorExpr | undefined {
  const a = parseAnchor(cur, false);
  if (a === undefined) return undefined;
  if (a.kind === 'month-range' || a.kind === 'range') return { ...a, span: cur.spanFrom(from) };
  if (cur.eat('until') === undefined) {
    cur.error('time.expected-range-end', cur.hereSpan(), {});
    return undefined;
  }
  const monthNumber = a.kind === 'month' && cur.peek()?.kind === 'number' && cur.peek(1)?.kind !== 'sep';
  const b = monthNumber ? parseMonth(cur, cur.pos) : parseAnchor(cur, false);
  if (b === undefined) return undefined;
  if (a.kind !== 'month' || b.kind !== 'month') return makeSpan(cur, from, a, b);
  const start =
    a.year === undefined && b.year !== undefined ? { ...a, year: a.month > b.month ? b.year - 1 : b.year } : a;
  const end =
    b.year === undefined && a.year !== undefined ? { ...b, year: b.month < a.month ? a.year + 1 : a.year } : b;
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
  const suggestion = t?.kind === 'word' ? suggestAt(cur) : undefined;
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
  if (startsTimeOfDay(cur)) return parseTimeThenDate(cur, from);
  const anchor = parseAnchorCore(cur, dayContext);
  if (anchor?.kind !== 'date' || anchor.time !== undefined) return anchor;
  // "ngày 1/12/2022 lúc 17h", "1/12/2022, 16 giờ 30": a time of day after the date.
  const save = cur.pos;
  if (cur.peek()?.text === ',') cur.next();
  cur.eat('at-time');
  if (!startsTimeOfDay(cur)) {
    cur.pos = save;
    return anchor;
  }
  const time = parseTimeOfDay(cur);
  return time && { ...anchor, time, span: cur.spanFrom(from) };
}

/** `17h ngày 1/12/2022`, `16 giờ 30, ngày 15/5`: a time of day, then the date it belongs to. */
function parseTimeThenDate(cur: Cursor, from: number): AnchorExpr | undefined {
  const time = parseTimeOfDay(cur);
  if (time === undefined) return undefined;
  if (cur.peek()?.text === ',') cur.next();
  const at = cur.pos;
  const date = cur.peek()?.kind === 'number' || cur.isKeyword('day', 'on') ? parseAnchorCore(cur, false) : undefined;
  if (date?.kind !== 'date') {
    if (cur.diagnostics.length === 0)
      cur.error(
        'time.time-needs-date',
        { start: time.span.start, end: cur.tokens[Math.max(at, cur.pos - 1)]?.span.end ?? time.span.end },
        {},
      );
    return undefined;
  }
  return { ...date, time, span: cur.spanFrom(from) };
}

function parseAnchorCore(cur: Cursor, dayContext: boolean): AnchorExpr | undefined {
  const from = cur.pos;
  if (yearMonthsAhead(cur)) return parseYearMonths(cur, from);
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
        cur.error('time.invalid-quarter', q === undefined ? at : { start: at.start, end: cur.spanFrom(from).end }, {
          quarter: written,
        });
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
        cur.error('time.invalid-semester', n === undefined ? at : { start: at.start, end: cur.spanFrom(from).end }, {
          semester: written,
        });
        return undefined;
      }
      const part: SchoolYearPart = n === 1 ? 'semester-1' : 'semester-2';
      return { kind: 'school-year-part', part, schoolYear: optionalSchoolYear(cur), span: cur.spanFrom(from) };
    }
    case 'start':
    case 'middle':
    case 'end':
      return parsePoint(cur, from, k.id);
    case 'week':
      return parseWeek(cur, from);
    case 'half':
      return parseHalf(cur, from);
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
