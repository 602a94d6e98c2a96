// Small pieces of anchors: numerals, years, school years, months and month ranges.
import { YEAR_MAX, YEAR_MIN } from '../limits.js';
import type { MonthExpr, MonthRangeExpr } from '../time-expr.js';
import type { Cursor } from './cursor.js';
import type { Token } from './tokenize.js';

/**
 * Reports a four-digit year outside 1900–2199 (`time.year-out-of-range`); the value is kept so parsing goes on.
 *
 * @example
 * checkYearToken(cur, tokenOf('1800')) // adds time.year-out-of-range { year: 1800, min: 1900, max: 2199 }
 */
export function checkYearToken(cur: Cursor, t: Token): void {
  const year = Number(t.text);
  if (year < YEAR_MIN || year > YEAR_MAX)
    cur.error('time.year-out-of-range', t.span, { year: t.text, min: YEAR_MIN, max: YEAR_MAX });
}

const ROMAN: Readonly<Record<string, number>> = {
  i: 1,
  ii: 2,
  iii: 3,
  iv: 4,
  v: 5,
  vi: 6,
  vii: 7,
  viii: 8,
  ix: 9,
  x: 10,
};

/**
 * A small number written in digits or Roman numerals (`III`, `3`), consumed from the cursor.
 *
 * @example
 * numeral(cursorAt('III năm 2024')) // => 3
 */
export function numeral(cur: Cursor): number | undefined {
  const t = cur.peek();
  if (t?.kind === 'number' && t.text.length <= 2) return (cur.next(), Number(t.text));
  if (t?.kind === 'word' && ROMAN[t.folded] !== undefined) return (cur.next(), ROMAN[t.folded]);
  return undefined;
}

/**
 * A four-digit year token, consumed from the cursor.
 *
 * @example
 * year4(cursorAt('2024')) // => 2024
 */
export function year4(cur: Cursor): number | undefined {
  const t = cur.peek();
  if (t?.kind !== 'number' || t.text.length !== 4) return undefined;
  cur.next();
  checkYearToken(cur, t);
  return Number(t.text);
}

/**
 * Optional `năm 2024`, `2024` or `/2024` after a month or quarter; the cursor stays put without one.
 *
 * @example
 * optionalYear(cursorAt('năm 2024')) // => 2024
 */
export function optionalYear(cur: Cursor): number | undefined {
  const save = cur.pos;
  if (cur.peek()?.kind === 'sep' && cur.peek(1)?.kind === 'number') cur.next();
  else cur.eat('year');
  const y = year4(cur);
  if (y === undefined) cur.pos = save;
  return y;
}

/**
 * Optional `năm học 2019-2020` (or `2019 - 2020`); returns the first year.
 *
 * @example
 * optionalSchoolYear(cursorAt('năm học 2019-2020')) // => 2019
 */
export function optionalSchoolYear(cur: Cursor): number | undefined {
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

/**
 * A month after `tháng`: `8/2020`, `9 năm 2020`, `9`, or a range `9-10/2020`.
 *
 * @example
 * parseMonth(cursorAt('9-10/2020'), 0) // => { kind: 'month-range', start: 9/2020, end: 10/2020 }
 */
export function parseMonth(cur: Cursor, from: number): MonthExpr | MonthRangeExpr | undefined {
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
    const start: MonthExpr = {
      kind: 'month',
      month,
      year: year === undefined ? undefined : endMonth < month ? year - 1 : year,
      span: t.span,
    };
    const end: MonthExpr = {
      kind: 'month',
      month: endMonth,
      year,
      span: { start: second.span.start, end: cur.spanFrom(from).end },
    };
    return monthRange(cur, from, start, end);
  }
  return { kind: 'month', month, year: optionalYear(cur), span: cur.spanFrom(from) };
}

/**
 * A month range; reports one that ends before it starts when both years are known.
 *
 * @example
 * monthRange(cur, from, month(10, 2020), month(9, 2020)) // reports time.reversed-range
 */
export function monthRange(cur: Cursor, from: number, start: MonthExpr, end: MonthExpr): MonthRangeExpr {
  const where = cur.spanFrom(from);
  if (start.year !== undefined && end.year !== undefined && start.year * 12 + start.month > end.year * 12 + end.month)
    cur.error('time.reversed-range', where, {});
  return { kind: 'month-range', start, end, span: where };
}
