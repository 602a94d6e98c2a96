// Runs of numbers and separators ("1/8/2020- 20-10-2020", "12-15/6", "01/2021") classified by their shape.
import type { TextSpan } from '../diagnostic.js';
import { daysInMonth, isValidCivilDate } from '../epoch-day.js';
import type { DateExpr, DayRangeExpr, MonthExpr, RangeExpr } from '../time-expr.js';
import type { Cursor } from './cursor.js';
import { checkYearToken } from './parse-parts.js';
import type { Token } from './tokenize.js';

export type NumericExpr = DateExpr | RangeExpr | DayRangeExpr | MonthExpr;

/** What a lone number or `n-n` means here: `none` (dates), `day` (after `ngày`), `range` (after `từ`, `các ngày`). */
export type DayContext = 'none' | 'day' | 'range';

interface Run {
  readonly numbers: readonly Token[];
  readonly seps: readonly Token[];
}

/** Reads `number (sep number)*` at the cursor; a separator is taken only when a number follows it. */
function readRun(cur: Cursor): Run {
  const numbers: Token[] = [];
  const seps: Token[] = [];
  const first = cur.peek();
  if (first?.kind !== 'number') return { numbers, seps };
  numbers.push(cur.next() as Token);
  for (;;) {
    const sep = cur.peek();
    const num = cur.peek(1);
    if (sep?.kind !== 'sep' || num?.kind !== 'number') break;
    cur.pos += 2;
    seps.push(sep);
    numbers.push(num);
  }
  return { numbers, seps };
}

const span = (a: Token, b: Token): TextSpan => ({ start: a.span.start, end: b.span.end });
const isYear = (t: Token): boolean => t.text.length === 4;
const value = (t: Token): number => Number(t.text);

/**
 * Validates and builds a date; reports `time.invalid-date` when it cannot exist.
 *
 * @example
 * makeDate(cur, 31, 2, undefined, span) // reports time.invalid-date (no year has 31/2)
 */
export function makeDate(cur: Cursor, day: number, month: number, year: number | undefined, where: TextSpan): DateExpr {
  const ok =
    month >= 1 &&
    month <= 12 &&
    day >= 1 &&
    (year === undefined ? day <= daysInMonth(2024, month) : isValidCivilDate(year, month, day));
  if (!ok) cur.error('time.invalid-date', where, year === undefined ? { day, month } : { day, month, year });
  return { kind: 'date', day, month, year, span: where };
}

function makeMonth(cur: Cursor, month: number, year: number | undefined, where: TextSpan): MonthExpr {
  if (month < 1 || month > 12) cur.error('time.invalid-month', where, { month });
  return { kind: 'month', month, year, span: where };
}

function makeDayRange(
  cur: Cursor,
  startDay: number,
  endDay: number,
  month: number | undefined,
  year: number | undefined,
  where: TextSpan,
): DayRangeExpr {
  const limit = month === undefined ? 31 : month >= 1 && month <= 12 ? daysInMonth(year ?? 2024, month) : 31;
  if (month !== undefined && (month < 1 || month > 12)) cur.error('time.invalid-month', where, { month });
  else if (startDay < 1 || endDay < 1 || startDay > limit || endDay > limit)
    cur.error('time.invalid-day', where, { day: startDay > limit || startDay < 1 ? startDay : endDay });
  else if (startDay > endDay) cur.error('time.reversed-range', where, {});
  return { kind: 'day-range', startDay, endDay, month, year, span: where };
}

/**
 * Parses a numeric run by its shape (n = 1–2 digits, Y = 4 digits):
 * `n` day (not with `none`), `nY` month, `nn` date or day range, `nnY` date, `n-nn` days of a month,
 * `n-nnY`, `nn-nn`, `nnY-nn`, `nn-nnY`, `nnY-nnY` date ranges. Returns undefined (cursor unmoved) if no
 * number is at the cursor.
 *
 * @example
 * // '1/8/2020- 20-10-2020' => { kind: 'range', start: 1/8/2020, end: 20/10/2020 }
 */
export function parseNumericRun(cur: Cursor, days: DayContext): NumericExpr | undefined {
  const dayContext = days !== 'none';
  const from = cur.pos;
  const { numbers, seps } = readRun(cur);
  const first = numbers[0];
  const last = numbers[numbers.length - 1];
  if (first === undefined || last === undefined) return undefined;
  const whole = span(first, last);
  const bad = numbers.find((t) => t.text.length === 3 || t.text.length > 4);
  if (bad !== undefined) {
    cur.error('time.bad-number', bad.span, { text: bad.text });
    return undefined;
  }
  for (const t of numbers) if (isYear(t)) checkYearToken(cur, t);
  const shape = numbers.map((t) => (isYear(t) ? 'Y' : 'n')).join('');
  const n = numbers.map(value);
  const sepText = seps.map((s) => s.text);
  const at = (i: number, j: number): TextSpan => span(numbers[i] as Token, numbers[j] as Token);
  /** The date at numbers[i], numbers[i+1]; `own` says numbers[i+2] is its year (else `year` is borrowed). */
  const d = (i: number, year: number | undefined, own = year !== undefined): DateExpr =>
    makeDate(cur, n[i] as number, n[i + 1] as number, year, at(i, own ? i + 2 : i + 1));
  switch (shape) {
    case 'n':
      if (dayContext) return makeDayRange(cur, n[0] as number, n[0] as number, undefined, undefined, whole);
      break;
    case 'nY':
      return makeMonth(cur, n[0] as number, n[1], whole);
    case 'nn':
      // "12-15" is a day range when the second number cannot be a month, or after "từ (ngày)" / "các ngày"
      // when it ascends; "ngày 26-09" is a date.
      if (sepText[0] === '-' && ((n[1] as number) > 12 || (days === 'range' && (n[1] as number) >= (n[0] as number)))) {
        return makeDayRange(cur, n[0] as number, n[1] as number, undefined, undefined, whole);
      }
      return d(0, undefined);
    case 'nnY':
      return d(0, n[2]);
    case 'nnn':
      if (sepText[0] === '-') return makeDayRange(cur, n[0] as number, n[1] as number, n[2], undefined, whole);
      if (sepText[1] === '-')
        return range(cur, d(0, undefined), makeDate(cur, n[2] as number, n[1] as number, undefined, at(2, 2)), whole);
      cur.error('time.year-digits', at(2, 2), { text: numbers[2]?.text ?? '' });
      return undefined;
    case 'nnnY':
      if (sepText[0] === '-') return makeDayRange(cur, n[0] as number, n[1] as number, n[2], n[3], whole);
      break;
    case 'nnnn':
      return range(cur, d(0, undefined), d(2, undefined), whole);
    case 'nnYnn': {
      return range(cur, d(0, n[2]), d(3, n[2], false), whole, 'end');
    }
    case 'nnnnY': {
      return range(cur, d(0, n[4], false), d(2, n[4]), whole, 'start');
    }
    case 'nnYnnY':
      return range(cur, d(0, n[2]), d(3, n[5]), whole);
  }
  cur.pos = from + numbers.length + seps.length;
  cur.error('time.bad-date-format', whole, { text: cur.input.slice(whole.start, whole.end) });
  return undefined;
}

/** A date range; `borrowed` names the side written without a year, which took the other side's year. */
function range(cur: Cursor, start: DateExpr, end: DateExpr, where: TextSpan, borrowed?: 'start' | 'end'): RangeExpr {
  const after = (a: DateExpr, b: DateExpr): boolean => a.month > b.month || (a.month === b.month && a.day > b.day);
  // "1/12 - 15/1/2021" crosses a new year: the borrowed side moves one year.
  if (borrowed === 'start' && start.year !== undefined && after(start, end))
    return makeRange(cur, { ...start, year: start.year - 1 }, end, where);
  if (borrowed === 'end' && end.year !== undefined && after(start, end))
    return makeRange(cur, start, { ...end, year: end.year + 1 }, where);
  return makeRange(cur, start, end, where);
}

/**
 * Builds a range and reports one whose end comes before its start.
 *
 * @example
 * makeRange(cur, date(20, 10, 2020), date(1, 8, 2020), span) // reports time.reversed-range
 */
export function makeRange(cur: Cursor, start: DateExpr, end: DateExpr, where: TextSpan): RangeExpr {
  if (start.year !== undefined && end.year !== undefined) {
    const a = start.year * 500 + start.month * 40 + start.day;
    const b = end.year * 500 + end.month * 40 + end.day;
    if (a > b) cur.error('time.reversed-range', where, {});
  }
  return { kind: 'range', start, end, span: where };
}
