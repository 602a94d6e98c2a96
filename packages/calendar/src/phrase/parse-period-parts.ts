// Parts of periods: `tuần đầu tháng 9`, `tuần thứ 2 tháng 9`, `nửa cuối tháng`, `6 tháng đầu năm`, `nửa đầu năm 2024`.
import type { MonthPartExpr, YearMonthsExpr } from '../time-expr.js';
import type { Cursor } from './cursor.js';
import { phraseWords } from './keywords.js';
import { optionalYear, year4 } from './parse-parts.js';

/** Ordinals written as words after `thứ` (`tuần thứ hai`), folded. */
const ORDINAL_WORDS: Readonly<Record<string, number>> = { nhat: 1, mot: 1, hai: 2, ba: 3, tu: 4, bon: 4, nam: 5 };

/**
 * Whether `N tháng đầu|cuối năm` (a part of a year, not a duration) starts at the cursor.
 *
 * @example
 * yearMonthsAhead(cursorAt('6 tháng đầu năm')) // => true
 */
export function yearMonthsAhead(cur: Cursor): boolean {
  if (cur.peek()?.kind !== 'number' || cur.keyword(1)?.id !== 'month') return false;
  const point = cur.keyword(2)?.id;
  return (point === 'start' || point === 'end') && cur.keyword(3)?.id === 'year';
}

/**
 * `6 tháng đầu năm`, `6 tháng cuối năm 2024`, `9 tháng đầu năm` (the cursor is at the number).
 *
 * @example
 * parseYearMonths(cursorAt('6 tháng cuối năm 2024'), 0) // => { kind: 'year-months', count: 6, from: 'end', year: 2024, … }
 */
export function parseYearMonths(cur: Cursor, from: number): YearMonthsExpr | undefined {
  const n = cur.next();
  cur.eat('month');
  const point = cur.eat('start', 'end');
  cur.eat('year');
  const count = Number(n?.text);
  if (!(count >= 1 && count <= 12)) {
    cur.error('time.invalid-month-count', cur.spanFrom(from), { count: n?.text ?? '' });
    return undefined;
  }
  return {
    kind: 'year-months',
    count,
    from: point?.id === 'end' ? 'end' : 'start',
    year: year4(cur),
    wording: 'months',
    span: cur.spanFrom(from),
  };
}

/** `tháng [M[/Y]]` after a month part, or nothing (the enclosing month); `của` may come first. */
function monthOfPart(cur: Cursor): { month: number | undefined; year: number | undefined } {
  cur.eatWord(phraseWords.of);
  if (cur.eat('month') === undefined) return { month: undefined, year: undefined };
  const t = cur.peek();
  if (t?.kind !== 'number') return { month: undefined, year: undefined };
  cur.next();
  const month = Number(t.text);
  if (month < 1 || month > 12 || t.text.length > 2) cur.error('time.invalid-month', t.span, { month: t.text });
  return { month, year: optionalYear(cur) };
}

/** The week's number after `tuần`: `đầu` 1, `cuối` last, `thứ 2`, `thứ hai`, `2`. */
function weekIndex(cur: Cursor): number | 'last' | undefined {
  const point = cur.eat('start', 'end');
  if (point !== undefined) return point.id === 'start' ? 1 : 'last';
  const ordinal = cur.eatWord(phraseWords.ordinal) !== undefined;
  const t = cur.peek();
  if (t?.kind === 'number' && t.text.length <= 2) return (cur.next(), Number(t.text));
  if (ordinal && t?.kind === 'word' && ORDINAL_WORDS[t.folded] !== undefined)
    return (cur.next(), ORDINAL_WORDS[t.folded]);
  return undefined;
}

/**
 * `tuần đầu tháng 9` (1–7), `tuần cuối tháng 5` (its last 7 days), `tuần thứ 2 tháng 9` (8–14); the cursor is
 * after `tuần`. Without a month the enclosing one is meant.
 *
 * @example
 * parseWeek(cursorAfter('tuần đầu tháng 9'), 0) // => { kind: 'month-part', unit: 'week', index: 1, month: 9, … }
 */
export function parseWeek(cur: Cursor, from: number): MonthPartExpr | undefined {
  const at = cur.hereSpan();
  const index = weekIndex(cur);
  if (index === undefined || (index !== 'last' && (index < 1 || index > 5))) {
    cur.error('time.invalid-week', index === undefined ? at : cur.spanFrom(from), {
      week: index === undefined ? cur.input.slice(at.start, at.end) : index,
    });
    return undefined;
  }
  const { month, year } = monthOfPart(cur);
  return { kind: 'month-part', unit: 'week', index, month, year, span: cur.spanFrom(from) };
}

/**
 * `nửa đầu tháng 9` (1–15), `nửa cuối|sau tháng` (16 – end), `nửa đầu năm` (= 6 tháng đầu năm); the cursor is
 * after `nửa`.
 *
 * @example
 * parseHalf(cursorAfter('nửa đầu năm 2024'), 0) // => { kind: 'year-months', count: 6, from: 'start', year: 2024, wording: 'half', … }
 */
export function parseHalf(cur: Cursor, from: number): MonthPartExpr | YearMonthsExpr | undefined {
  const which = cur.eat('start', 'end', 'after');
  if (which === undefined) {
    cur.error('time.expected-half', cur.hereSpan(), { found: cur.peek()?.text ?? '' });
    return undefined;
  }
  const index = which.id === 'start' ? 1 : 2;
  cur.eatWord(phraseWords.of);
  const k = cur.keyword();
  if (k?.id === 'year') {
    cur.pos += k.length;
    return {
      kind: 'year-months',
      count: 6,
      from: index === 1 ? 'start' : 'end',
      year: year4(cur),
      wording: 'half',
      span: cur.spanFrom(from),
    };
  }
  if (k?.id !== 'month') {
    cur.error('time.unsupported-part', cur.spanFrom(from), {});
    return undefined;
  }
  const { month, year } = monthOfPart(cur);
  return { kind: 'month-part', unit: 'half', index, month, year, span: cur.spanFrom(from) };
}
