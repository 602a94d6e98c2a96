// The time-phrase parser: recursive descent over tokens; problems become diagnostics, it never throws.
import type { Diagnostic } from '../diagnostic.js';
import type { DeadlineKeyword, DurationExpr, EventRef, RelativeExpr, TimeExpr } from '../time-expr.js';
import { Cursor } from './cursor.js';
import type { PhraseKeywordId } from './keywords.js';
import { expected, parseAnchor } from './parse-anchor.js';
import { suggestKeyword } from './suggest.js';
import { tokenizePhrase } from './tokenize.js';

const UNITS: Readonly<Partial<Record<PhraseKeywordId, DurationExpr['unit']>>> = { day: 'day', 'working-day': 'working-day', week: 'week', month: 'month' };
const DEADLINES: Readonly<Partial<Record<PhraseKeywordId, DeadlineKeyword>>> = { 'no-later-than': 'no-later-than', due: 'due', until: 'until' };
/** Keywords that start an anchor, so a word after `trước`/`sau` that is none of these names an event. */
const ANCHOR_STARTS: ReadonlySet<PhraseKeywordId> = new Set([
  'day', 'month', 'quarter', 'year', 'school-year', 'semester', 'start', 'middle', 'end', 'whole-year', 'ongoing',
  'on-the-occasion', 'occasion', 'anniversary', 'from', 'on',
]);

function isDurationStart(cur: Cursor, offset = 0): boolean {
  const n = cur.peek(offset);
  const unit = cur.keyword(offset + 1);
  return n?.kind === 'number' && unit !== undefined && UNITS[unit.id] !== undefined;
}

function parseDuration(cur: Cursor): DurationExpr | undefined {
  if (!isDurationStart(cur)) return undefined;
  const from = cur.pos;
  const n = cur.next();
  const unit = cur.keyword();
  if (n === undefined || unit === undefined) return undefined;
  cur.pos += unit.length;
  const amount = Number(n.text);
  if (amount < 1 || amount > 3660) cur.error('time.bad-duration', cur.spanFrom(from), { amount });
  return { kind: 'duration', amount, unit: UNITS[unit.id] as DurationExpr['unit'], span: cur.spanFrom(from) };
}

function startsEvent(cur: Cursor): boolean {
  const t = cur.peek();
  if (t?.kind === 'string') return true;
  if (t?.kind !== 'word' || cur.occasion() !== undefined) return false;
  const k = cur.keyword();
  return k === undefined || !ANCHOR_STARTS.has(k.id);
}

function parseEvent(cur: Cursor): EventRef | undefined {
  const t = cur.peek();
  if (t?.kind === 'string') {
    cur.next();
    if (t.closed !== true) cur.error('time.unclosed-string', t.span, {});
    if (t.text.trim() === '') cur.error('time.expected-event', t.span, {});
    return { name: t.text.trim(), quoted: true, span: t.span };
  }
  if (t?.kind === 'word' && startsEvent(cur)) {
    cur.next();
    return { name: cur.input.slice(t.span.start, t.span.end).normalize('NFC'), quoted: false, span: t.span };
  }
  cur.error('time.expected-event', cur.hereSpan(), { found: t?.text ?? '' });
  return undefined;
}

type RelativeParts = Omit<RelativeExpr, 'kind' | 'span'>;

function relative(cur: Cursor, from: number, parts: RelativeParts): RelativeExpr {
  return { kind: 'relative', ...parts, span: cur.spanFrom(from) };
}

/** `N ngày sau [khi] E`, `N ngày trước E` (the duration is at the cursor). */
function parseDurationFirst(cur: Cursor, from: number, noLaterThan: boolean): RelativeExpr | undefined {
  const offset = parseDuration(cur);
  if (offset === undefined) return undefined;
  const dir = cur.eat('after', 'before');
  if (dir === undefined) {
    const t = cur.peek();
    const suggestion = t?.kind === 'word' ? suggestKeyword(t.text) : undefined;
    cur.error('time.expected-after', cur.hereSpan(), suggestion === undefined ? { found: t?.text ?? '' } : { found: t?.text ?? '', suggestion });
    return undefined;
  }
  const afterWhen = cur.eat('when') !== undefined;
  const event = parseEvent(cur);
  if (event === undefined) return undefined;
  const direction = dir.id === 'after' ? 'after' : 'before';
  return relative(cur, from, { direction, offset, event, form: direction === 'after' ? 'n-after' : 'n-before', noLaterThan, afterWhen });
}

/** `sau [khi] E [N ngày]` (the cursor is at `sau`). */
function parseAfter(cur: Cursor, from: number, noLaterThan: boolean): RelativeExpr | undefined {
  cur.eat('after');
  const afterWhen = cur.eat('when') !== undefined;
  const event = parseEvent(cur);
  if (event === undefined) return undefined;
  const offset = parseDuration(cur);
  return relative(cur, from, { direction: 'after', offset, event, form: offset ? 'after-n' : 'after', noLaterThan, afterWhen });
}

/** `trong N ngày làm việc kể từ [khi] E` (the cursor is at `trong`). */
function parseWithin(cur: Cursor, from: number, noLaterThan: boolean): RelativeExpr | undefined {
  cur.eat('within');
  const offset = parseDuration(cur);
  if (offset === undefined) return undefined;
  if (cur.eat('since', 'from', 'after') === undefined) {
    const t = cur.peek();
    const suggestion = t?.kind === 'word' ? suggestKeyword(t.text) : undefined;
    cur.error('time.expected-since', cur.hereSpan(), suggestion === undefined ? { found: t?.text ?? '' } : { found: t?.text ?? '', suggestion });
    return undefined;
  }
  const afterWhen = cur.eat('when') !== undefined;
  const event = parseEvent(cur);
  if (event === undefined) return undefined;
  return relative(cur, from, { direction: 'after', offset, event, form: 'within-since', noLaterThan, afterWhen });
}

/** A deadline, a relative phrase, or an anchor. */
function parseMain(cur: Cursor, dayContext: boolean): Exclude<TimeExpr, { kind: 'tentative' }> | undefined {
  const from = cur.pos;
  const k = cur.keyword();
  if (k?.id === 'before') {
    cur.pos += k.length;
    const afterWhen = cur.eat('when') !== undefined;
    if (afterWhen || startsEvent(cur)) {
      const event = parseEvent(cur);
      if (event === undefined) return undefined;
      const offset = parseDuration(cur);
      return relative(cur, from, { direction: 'before', offset, event, form: offset ? 'before-n' : 'before', noLaterThan: false, afterWhen });
    }
    const target = parseAnchor(cur, false);
    return target && { kind: 'deadline', keyword: 'before', target, span: cur.spanFrom(from) };
  }
  const deadline = k === undefined ? undefined : DEADLINES[k.id];
  if (k !== undefined && deadline !== undefined) {
    cur.pos += k.length;
    // "hạn trước 15/5", "hạn chậm nhất 15/7": the second keyword says how the deadline reads.
    if (k.id === 'due' && cur.isKeyword('before', 'no-later-than', 'until')) {
      const inner = parseMain(cur, dayContext);
      return inner && { ...inner, span: cur.spanFrom(from) };
    }
    if (isDurationStart(cur)) return parseDurationFirst(cur, from, true);
    if (cur.isKeyword('after')) return parseAfter(cur, from, true);
    if (cur.isKeyword('within') && isDurationStart(cur, 1)) return parseWithin(cur, from, true);
    const target = parseAnchor(cur, false);
    return target && { kind: 'deadline', keyword: deadline, target, span: cur.spanFrom(from) };
  }
  if (k?.id === 'within') {
    if (isDurationStart(cur, 1)) return parseWithin(cur, from, false);
    cur.pos += k.length;
    const days = cur.eat('the-days') !== undefined;
    const inner = parseAnchor(cur, dayContext || days);
    return inner && { ...inner, span: cur.spanFrom(from) };
  }
  if (k?.id === 'after') return parseAfter(cur, from, false);
  if (isDurationStart(cur)) return parseDurationFirst(cur, from, false);
  return parseAnchor(cur, dayContext);
}

function parseTop(cur: Cursor): TimeExpr | undefined {
  const from = cur.pos;
  const tentative = cur.eat('tentative');
  if (tentative === undefined) return parseMain(cur, false);
  let wording: 'plain' | 'within' | 'within-days' = 'plain';
  if (cur.isKeyword('within') && !isDurationStart(cur, 1)) {
    cur.eat('within');
    wording = 'within';
  }
  if (cur.eat('the-days')) wording = 'within-days';
  const inner = parseMain(cur, wording === 'within-days');
  return inner && { kind: 'tentative', inner, wording, span: cur.spanFrom(from) };
}

/**
 * Parses a Vietnamese (or English-keyword) time phrase into a `TimeExpr`. Diacritics and case are
 * optional; `/`, `-` and `.` all separate dates. Never throws: problems are diagnostics whose spans lie
 * within `text`.
 *
 * @example
 * parseTimePhrase('trước 30/6').expr
 * // => { kind: 'deadline', keyword: 'before', target: { kind: 'date', day: 30, month: 6, year: undefined, … }, … }
 */
export function parseTimePhrase(text: string): { expr: TimeExpr | undefined; diagnostics: Diagnostic[] } {
  try {
    let tokens = tokenizePhrase(text);
    // "(dự kiến trong các ngày từ 12-15)", copied with its brackets from a plan's table.
    while (tokens.length >= 2 && tokens[0]?.text === '(' && tokens[tokens.length - 1]?.text === ')') tokens = tokens.slice(1, -1);
    const cur = new Cursor(text, tokens);
    if (cur.atEnd()) {
      cur.error('time.empty', { start: 0, end: text.length }, {});
      return { expr: undefined, diagnostics: cur.diagnostics };
    }
    const expr = parseTop(cur);
    if (cur.diagnostics.length === 0 && expr === undefined) expected(cur);
    if (expr !== undefined && !cur.atEnd() && cur.diagnostics.length === 0) {
      const t = cur.peek();
      const last = cur.tokens[cur.tokens.length - 1];
      const suggestion = t?.kind === 'word' ? suggestKeyword(t.text) : undefined;
      const span = { start: t?.span.start ?? text.length, end: last?.span.end ?? text.length };
      cur.error('time.unexpected-text', span, suggestion === undefined ? { found: text.slice(span.start, span.end) } : { found: text.slice(span.start, span.end), suggestion });
    }
    const hasError = cur.diagnostics.some((d) => d.severity === 'error');
    return { expr: hasError ? undefined : expr, diagnostics: cur.diagnostics };
  } catch (error) {
    // A bug, not a user mistake; still never an exception to the caller.
    const message = error instanceof Error ? error.message : String(error);
    return { expr: undefined, diagnostics: [{ code: 'time.internal', severity: 'error', span: { start: 0, end: text.length }, data: { message } }] };
  }
}
