// The time-phrase parser: recursive descent over tokens; problems become diagnostics, it never throws.
import type { Diagnostic } from '../diagnostic.js';
import type { AnchorExpr, DeadlineExpr, DeadlineKeyword, RepeatExpr, TimeExpr } from '../time-expr.js';
import { Cursor } from './cursor.js';
import { type PhraseKeywordId, phraseWords } from './keywords.js';
import { expected, parseAnchor } from './parse-anchor.js';
import { yearMonthsAhead } from './parse-period-parts.js';
import { isDurationStart, parseAfter, parseBefore, parseDurationFirst, parseWithin } from './parse-relative.js';
import { suggestAt } from './suggest.js';
import { type Token, tokenizePhrase } from './tokenize.js';

const DEADLINES: Readonly<Partial<Record<PhraseKeywordId, DeadlineKeyword>>> = {
  'no-later-than': 'no-later-than',
  due: 'due',
  until: 'until',
};
const REPEATS: Readonly<Partial<Record<PhraseKeywordId, RepeatExpr['every']>>> = {
  'every-month': 'month',
  'every-quarter': 'quarter',
  'every-year': 'year',
};

type MainExpr = Exclude<TimeExpr, { kind: 'tentative' } | { kind: 'repeat' }>;

/** `trong (vòng|thời hạn) N ngày …` at the cursor: a period counted from an event, not `trong tháng 9`. */
function withinDuration(cur: Cursor): boolean {
  const k = cur.keyword();
  return k?.id === 'within' && isDurationStart(cur, k.length);
}

/** A deadline, a relative phrase, or an anchor. */
function parseMain(cur: Cursor, dayContext: boolean): MainExpr | undefined {
  const from = cur.pos;
  const k = cur.keyword();
  if (k?.id === 'before') {
    cur.pos += k.length;
    const rel = parseBefore(cur, from);
    if (rel !== undefined || cur.diagnostics.length > 0) return rel;
    const target = parseAnchor(cur, false);
    return target && { kind: 'deadline', keyword: 'before', target, span: cur.spanFrom(from) };
  }
  const deadline = k === undefined ? undefined : DEADLINES[k.id];
  if (k !== undefined && deadline !== undefined) {
    cur.pos += k.length;
    eatDeadlineFillers(cur);
    // "hạn trước 15/5", "hạn chậm nhất 15/7": the second keyword says how the deadline reads.
    if (k.id === 'due' && cur.isKeyword('before', 'no-later-than', 'until')) {
      const inner = parseMain(cur, dayContext);
      return inner && { ...inner, span: cur.spanFrom(from) };
    }
    if (isDurationStart(cur) && !yearMonthsAhead(cur)) return parseDurationFirst(cur, from, true);
    if (cur.isKeyword('after')) return parseAfter(cur, from, true);
    if (withinDuration(cur)) return parseWithin(cur, from, true);
    const target = parseAnchor(cur, false);
    return target && { kind: 'deadline', keyword: deadline, target, span: cur.spanFrom(from) };
  }
  if (k?.id === 'within') {
    if (withinDuration(cur)) return parseWithin(cur, from, false);
    cur.pos += k.length;
    const days = cur.eat('the-days') !== undefined;
    const inner = parseAnchor(cur, dayContext || days);
    return inner && { ...inner, span: cur.spanFrom(from) };
  }
  if (k?.id === 'after') return parseAfter(cur, from, false);
  if (isDurationStart(cur) && !yearMonthsAhead(cur)) return parseDurationFirst(cur, from, false);
  return parseAnchor(cur, dayContext);
}

/** Keywords a `cuối` after `hạn` can begin an anchor with (`hạn cuối tháng 5` is `hạn` + `cuối tháng 5`). */
const END_OF: ReadonlySet<PhraseKeywordId> = new Set(['month', 'year', 'school-year', 'semester', 'quarter', 'week']);

/**
 * `hạn chót`, `hạn cuối (cùng)`, `hạn nộp`, `chậm nhất là`: words that only complete the deadline noun. A
 * `cuối` that begins an anchor (`hạn cuối tháng 5`, `hạn cuối năm học`) is left to the anchor.
 */
function eatDeadlineFillers(cur: Cursor): void {
  for (let i = 0; i < 3; i++) {
    const t = cur.peek();
    if (t?.kind !== 'word' || !(phraseWords.deadlineFillers as readonly string[]).includes(t.folded)) return;
    if (t.folded === 'cuoi' && END_OF.has(cur.keyword(1)?.id ?? 'day')) return;
    if (cur.keyword() !== undefined && t.folded !== 'cuoi') return;
    cur.next();
  }
}

/** A repetition keyword (`hằng tháng`, `hàng năm`, `mỗi quý`) at the cursor, consumed. */
function eatRepeat(cur: Cursor): RepeatExpr['every'] | undefined {
  const k = cur.keyword();
  const every = k === undefined ? undefined : REPEATS[k.id];
  if (every !== undefined && k !== undefined) cur.pos += k.length;
  return every;
}

const isComma = (t: Token | undefined): boolean => t?.kind === 'punct' && (t.text === ',' || t.text === ':');

/** What may recur: an anchor or a fixed deadline, not a relative or tentative phrase. */
function repeatable(cur: Cursor, e: TimeExpr | undefined, at: number): AnchorExpr | DeadlineExpr | undefined {
  if (e === undefined) return undefined;
  if (e.kind === 'relative' || e.kind === 'tentative' || e.kind === 'repeat') {
    cur.error('time.bad-repeat', { start: e.span.start, end: cur.tokens[at]?.span.end ?? e.span.end }, {});
    return undefined;
  }
  return e;
}

function parseTop(cur: Cursor): TimeExpr | undefined {
  const from = cur.pos;
  const prefix = eatRepeat(cur);
  if (prefix !== undefined) {
    while (isComma(cur.peek())) cur.next();
    if (cur.atEnd())
      return { kind: 'repeat', every: prefix, inner: undefined, position: 'prefix', span: cur.spanFrom(from) };
    const inner = repeatable(cur, parseMain(cur, false), cur.pos);
    return inner && { kind: 'repeat', every: prefix, inner, position: 'prefix', span: cur.spanFrom(from) };
  }
  const tentative = cur.eat('tentative');
  if (tentative === undefined) {
    const main = parseMain(cur, false);
    if (main === undefined || cur.atEnd()) return main;
    const at = cur.pos;
    const suffix = eatRepeat(cur);
    if (suffix === undefined) return main;
    const inner = repeatable(cur, main, at);
    return inner && { kind: 'repeat', every: suffix, inner, position: 'suffix', span: cur.spanFrom(from) };
  }
  let wording: 'plain' | 'within' | 'within-days' = 'plain';
  if (cur.isKeyword('within') && !withinDuration(cur)) {
    cur.eat('within');
    wording = 'within';
  }
  if (cur.eat('the-days')) wording = 'within-days';
  const inner = parseMain(cur, wording === 'within-days');
  return inner && { kind: 'tentative', inner, wording, span: cur.spanFrom(from) };
}

const TRAILING: ReadonlySet<string> = new Set(['.', ',', ';', ':']);

/** Drops brackets around the whole phrase and trailing sentence punctuation (`trước 30/6.`). */
function trimTokens(tokens: Token[]): Token[] {
  let t = tokens;
  // "(dự kiến trong các ngày từ 12-15)", copied with its brackets from a plan's table.
  while (t.length >= 2 && t[0]?.text === '(' && t[t.length - 1]?.text === ')') t = t.slice(1, -1);
  while (t.length > 1 && TRAILING.has(t[t.length - 1]?.text ?? '')) t = t.slice(0, -1);
  return t;
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
    const cur = new Cursor(text, trimTokens(tokenizePhrase(text)));
    if (cur.atEnd()) {
      cur.error('time.empty', { start: 0, end: text.length }, {});
      return { expr: undefined, diagnostics: cur.diagnostics };
    }
    const expr = parseTop(cur);
    if (cur.diagnostics.length === 0 && expr === undefined) expected(cur);
    if (expr !== undefined && !cur.atEnd() && cur.diagnostics.length === 0) {
      const t = cur.peek();
      const last = cur.tokens[cur.tokens.length - 1];
      const span = { start: t?.span.start ?? text.length, end: last?.span.end ?? text.length };
      const found = text.slice(span.start, span.end);
      const suggestion = t?.kind === 'word' ? suggestAt(cur) : undefined;
      cur.error('time.unexpected-text', span, suggestion === undefined ? { found } : { found, suggestion });
    }
    const hasError = cur.diagnostics.some((d) => d.severity === 'error');
    return { expr: hasError ? undefined : expr, diagnostics: cur.diagnostics };
  } catch (error) {
    // A bug, not a user mistake; still never an exception to the caller.
    const message = error instanceof Error ? error.message : String(error);
    return {
      expr: undefined,
      diagnostics: [
        { code: 'time.internal', severity: 'error', span: { start: 0, end: text.length }, data: { message } },
      ],
    };
  }
}
