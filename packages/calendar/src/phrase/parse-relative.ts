// Relative phrases: durations, what they count from (a named event, an occasion, a date) and their word orders.
import type { DateExpr, DurationExpr, EventRef, RelativeExpr } from '../time-expr.js';
import type { Cursor } from './cursor.js';
import type { PhraseKeywordId } from './keywords.js';
import { parseNumericRun } from './parse-numeric.js';
import { suggestAt } from './suggest.js';
import type { Token } from './tokenize.js';

const UNITS: Readonly<Partial<Record<PhraseKeywordId, DurationExpr['unit']>>> = {
  day: 'day',
  'working-day': 'working-day',
  week: 'week',
  month: 'month',
};
/** Keywords that start an anchor, so a word after `trước`/`sau` that is none of these names an event. */
const ANCHOR_STARTS: ReadonlySet<PhraseKeywordId> = new Set([
  'day',
  'month',
  'quarter',
  'year',
  'school-year',
  'semester',
  'start',
  'middle',
  'end',
  'whole-year',
  'ongoing',
  'on-the-occasion',
  'occasion',
  'anniversary',
  'from',
  'on',
  'week',
  'half',
  'every-month',
  'every-quarter',
  'every-year',
  'at-time',
]);
/** Keywords that end an unquoted event name (a repetition suffix follows it). */
const EVENT_STOPS: ReadonlySet<PhraseKeywordId> = new Set(['every-month', 'every-quarter', 'every-year']);

/** Whether `N ngày|ngày làm việc|tuần|tháng` starts at the cursor (+offset tokens). */
export function isDurationStart(cur: Cursor, offset = 0): boolean {
  if (cur.peek(offset)?.kind !== 'number') return false;
  const unit = cur.keyword(offset + 1);
  return unit !== undefined && UNITS[unit.id] !== undefined;
}

/** `5 ngày`, `5 ngày làm việc`, `3 tuần`, `2 tháng` at the cursor (1–3660 of a unit). */
function parseDuration(cur: Cursor): DurationExpr | undefined {
  if (!isDurationStart(cur)) return undefined;
  const from = cur.pos;
  const n = cur.next();
  const unit = cur.keyword();
  if (n === undefined || unit === undefined) return undefined;
  cur.pos += unit.length;
  const amount = Number(n.text);
  if (amount < 1 || amount > 3660) cur.error('time.bad-duration', cur.spanFrom(from), { amount: n.text });
  return { kind: 'duration', amount, unit: UNITS[unit.id] as DurationExpr['unit'], span: cur.spanFrom(from) };
}

/** `ngày` followed by a word (not a number, not an occasion): the day of an event, `ngày khai giảng`. */
function isEventDay(cur: Cursor): boolean {
  if (cur.keyword()?.id !== 'day' || cur.occasion() !== undefined) return false;
  const next = cur.peek(1);
  const k = cur.keyword(1);
  return next?.kind === 'string' || (next?.kind === 'word' && (k === undefined || !ANCHOR_STARTS.has(k.id)));
}

/**
 * Whether an event (not an anchor) starts at the cursor: a quoted name, `ngày <words>`, or a word that is not
 * an anchor keyword or an occasion.
 */
function startsEvent(cur: Cursor): boolean {
  const t = cur.peek();
  if (t?.kind === 'string') return true;
  if (t?.kind !== 'word' || cur.occasion() !== undefined) return false;
  if (isEventDay(cur)) return true;
  const k = cur.keyword();
  return k === undefined || !ANCHOR_STARTS.has(k.id);
}

/** Words of an unquoted event name, up to a number, a quote, other punctuation or a repetition keyword. */
function eventWords(cur: Cursor): Token[] {
  const words: Token[] = [];
  for (;;) {
    const t = cur.peek();
    const k = cur.keyword();
    if (t?.kind === 'word' && (k === undefined || !EVENT_STOPS.has(k.id))) words.push(cur.next() as Token);
    else if (t?.text === ',' && words.length > 0 && cur.peek(1)?.kind === 'word') words.push(cur.next() as Token);
    else if (
      t?.kind === 'punct' &&
      (t.text === '&' || t.text === '’') &&
      words.length > 0 &&
      cur.peek(1)?.kind === 'word'
    )
      words.push(cur.next() as Token);
    else return words;
  }
}

/** `hội nghị CB, VC`: words joined by single spaces, punctuation attached as written. */
function joinWords(cur: Cursor, words: readonly Token[]): string {
  let name = '';
  for (const w of words) {
    const text = cur.input.slice(w.span.start, w.span.end).normalize('NFC');
    name += name === '' || w.kind === 'punct' || !w.spaceBefore ? text : ` ${text}`;
  }
  return name;
}

/**
 * What a relative phrase counts from, at the cursor: a quoted or unquoted event name (`hội nghị cán bộ viên
 * chức`, `ngày nhận đủ hồ sơ hợp lệ`), an occasion (`Tết`, `Ngày Nhà giáo Việt Nam`) or a date (`ngày 1/9/2021`).
 *
 * @example
 * parseEventTarget(cursorAt('ngày nhận đủ hồ sơ hợp lệ')) // => { name: 'ngày nhận đủ hồ sơ hợp lệ', quoted: false, … }
 */
function parseEventTarget(cur: Cursor): EventRef | undefined {
  const t = cur.peek();
  const from = cur.pos;
  if (t?.kind === 'string') {
    cur.next();
    if (t.closed !== true) cur.error('time.unclosed-string', t.span, {});
    if (t.text.trim() === '') cur.error('time.expected-event', t.span, {});
    return { name: t.text.trim().replace(/\s+/gu, ' '), quoted: true, span: t.span };
  }
  const occasion = cur.occasion();
  if (occasion !== undefined) {
    cur.pos += occasion.length;
    return {
      name: cur.input.slice(occasion.span.start, occasion.span.end).normalize('NFC'),
      quoted: false,
      span: occasion.span,
      ref: { kind: 'occasion', occasion: occasion.id },
    };
  }
  const dayKeyword = cur.keyword()?.id === 'day';
  if (t?.kind === 'number' || (dayKeyword && cur.peek(1)?.kind === 'number')) {
    if (dayKeyword) cur.eat('day');
    const run = parseNumericRun(cur, 'none');
    if (run?.kind !== 'date') {
      if (run !== undefined) cur.error('time.expected-date', run.span, {});
      else if (cur.diagnostics.length === 0)
        cur.error('time.expected-event', cur.hereSpan(), { found: cur.peek()?.text ?? '' });
      return undefined;
    }
    const span = cur.spanFrom(from);
    const date: DateExpr = run;
    return {
      name: cur.input.slice(span.start, span.end).normalize('NFC'),
      quoted: false,
      span,
      ref: { kind: 'date', date },
    };
  }
  if (t?.kind === 'word' && startsEvent(cur)) {
    const words = eventWords(cur);
    return { name: joinWords(cur, words), quoted: false, span: cur.spanFrom(from) };
  }
  cur.error('time.expected-event', cur.hereSpan(), { found: t?.text ?? '' });
  return undefined;
}

type RelativeParts = Omit<RelativeExpr, 'kind' | 'span'>;

function relative(cur: Cursor, from: number, parts: RelativeParts): RelativeExpr {
  return { kind: 'relative', ...parts, span: cur.spanFrom(from) };
}

function expectedHere(cur: Cursor, code: string): undefined {
  const t = cur.peek();
  const suggestion = t?.kind === 'word' ? suggestAt(cur) : undefined;
  cur.error(
    code,
    cur.hereSpan(),
    suggestion === undefined ? { found: t?.text ?? '' } : { found: t?.text ?? '', suggestion },
  );
  return undefined;
}

/** `N ngày sau [khi] E`, `N ngày trước E`, `N ngày làm việc kể từ E` (the duration is at the cursor). */
export function parseDurationFirst(cur: Cursor, from: number, noLaterThan: boolean): RelativeExpr | undefined {
  const offset = parseDuration(cur);
  if (offset === undefined) return undefined;
  const dir = cur.eat('after', 'before', 'since');
  if (dir === undefined) return expectedHere(cur, 'time.expected-after');
  const afterWhen = cur.eat('when') !== undefined;
  const event = parseEventTarget(cur);
  if (event === undefined) return undefined;
  if (dir.id === 'since')
    return relative(cur, from, { direction: 'after', offset, event, form: 'n-since', noLaterThan, afterWhen });
  const direction = dir.id === 'after' ? 'after' : 'before';
  return relative(cur, from, {
    direction,
    offset,
    event,
    form: direction === 'after' ? 'n-after' : 'n-before',
    noLaterThan,
    afterWhen,
  });
}

/** `sau [khi] E [N ngày]`, `sau N ngày kể từ E` (the cursor is at `sau`). */
export function parseAfter(cur: Cursor, from: number, noLaterThan: boolean): RelativeExpr | undefined {
  cur.eat('after');
  if (isDurationStart(cur)) {
    const offset = parseDuration(cur) as DurationExpr;
    if (cur.eat('since') === undefined) return expectedHere(cur, 'time.expected-since');
    const afterWhen = cur.eat('when') !== undefined;
    const event = parseEventTarget(cur);
    return (
      event && relative(cur, from, { direction: 'after', offset, event, form: 'after-n-since', noLaterThan, afterWhen })
    );
  }
  const afterWhen = cur.eat('when') !== undefined;
  const event = parseEventTarget(cur);
  if (event === undefined) return undefined;
  const offset = parseDuration(cur);
  return relative(cur, from, {
    direction: 'after',
    offset,
    event,
    form: offset ? 'after-n' : 'after',
    noLaterThan,
    afterWhen,
  });
}

/** `trong (vòng|thời hạn) N ngày làm việc kể từ [khi] E` (the cursor is at `trong`). */
export function parseWithin(cur: Cursor, from: number, noLaterThan: boolean): RelativeExpr | undefined {
  cur.eat('within');
  const offset = parseDuration(cur);
  if (offset === undefined) return undefined;
  if (cur.eat('since', 'from', 'after') === undefined) return expectedHere(cur, 'time.expected-since');
  const afterWhen = cur.eat('when') !== undefined;
  const event = parseEventTarget(cur);
  if (event === undefined) return undefined;
  return relative(cur, from, { direction: 'after', offset, event, form: 'within-since', noLaterThan, afterWhen });
}

/**
 * After `trước` (already consumed): `trước [khi] E [N ngày]` or `trước Tết 5 ngày` as a relative phrase;
 * undefined with the cursor unmoved when an anchor follows instead (`trước 30/6`, `trước Tết`).
 */
export function parseBefore(cur: Cursor, from: number): RelativeExpr | undefined {
  const save = cur.pos;
  const afterWhen = cur.eat('when') !== undefined;
  const occasion = cur.occasion();
  const occasionThenDuration = occasion !== undefined && isDurationStart(cur, occasion.length);
  if (!afterWhen && !occasionThenDuration && !startsEvent(cur)) {
    cur.pos = save;
    return undefined;
  }
  const event = parseEventTarget(cur);
  if (event === undefined) return undefined;
  const offset = parseDuration(cur);
  return relative(cur, from, {
    direction: 'before',
    offset,
    event,
    form: offset ? 'before-n' : 'before',
    noLaterThan: false,
    afterWhen,
  });
}
