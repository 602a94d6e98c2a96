// Small parsers shared by every line grammar: keywords, names, strings, references, phrases, values.
import { bindEvent, parseTimePhrase } from '@tdkt/calendar';
import { apply, type Token, tok } from 'typescript-parsec';
import type { DurationPhrase, Ident, Ref, Span, Str, TimePhrase, Value } from '../ast/index.js';
import { TIME_PREFIX } from '../keywords/index.js';
import { custom, type P } from './parsec.js';
import { CLAUSE_WORDS, K, kwId, type Tok, type TokKind } from './tokens.js';

/** The source text of the line being parsed, so phrases keep exactly what the user wrote. */
export interface LineSource {
  readonly text: string;
}
let source: LineSource = { text: '' };
/** Sets the file text phrases are sliced from (parsing is synchronous, one file at a time). */
export function useSource(s: LineSource): void {
  source = s;
}

/** Span from a token range [first, next): first's start to the end of the last token before `next`. */
export function spanOf(first: Token<TokKind> | undefined, next: Token<TokKind> | undefined): Span {
  const f = first as Tok | undefined;
  if (!f) return { start: 0, end: 0 };
  let end = f.end;
  for (let t: Tok | undefined = f; t && t !== next; t = t.next) end = t.end;
  return { start: f.pos.index, end };
}

/** A keyword token by canonical id (`kw('step')` matches `bước`, `buoc`, `step`). */
export function kw(id: string): P<Token<TokKind>> {
  return tok(`kw:${id}`);
}

export const punct = (text: string): P<Token<TokKind>> =>
  custom(
    (t) => (t && t.kind === K.punct && t.text === text ? { result: t, next: t.next } : undefined),
    'expected.punct',
  );

export const arrow: P<Token<TokKind>> = custom(
  (t) => (t && t.kind === K.punct && (t.text === '->' || t.text === '→') ? { result: t, next: t.next } : undefined),
  'expected.arrow',
);

/**
 * Keywords are recognised by position: where a name is expected, a one-word keyword spelling (`tổ`, `to`,
 * `so`, `nop`, `trình`) is a name. Multi-word keywords (`quy trình`) never are.
 *
 * @example
 * isNameToken(lexLine('so', 0)) // => true ('so' is also the ASCII spelling of `số`)
 */
export function isNameToken(t: Tok | undefined): t is Tok {
  if (!t) return false;
  return (
    t.kind === K.word ||
    (t.kind.startsWith('kw:') && !/\s/u.test(t.text) && /^[\p{L}\p{M}_][\p{L}\p{M}\p{N}_]*$/u.test(t.text))
  );
}

const nameOf = (t: Tok): Ident => ({ kind: 'Ident', name: t.text, span: { start: t.pos.index, end: t.end } });

/** A declared name: a word, or a one-word keyword spelling used as a name. */
export const ident: P<Ident> = custom(
  (t) => (isNameToken(t) ? { result: nameOf(t), next: t.next } : undefined),
  'expected.name',
);

/** A phase id may be a number (`đợt 1`) or a name. */
export const identOrNumber: P<Ident> = custom((t: Tok | undefined) => {
  const tok = t as Tok | undefined;
  return tok !== undefined && (tok.kind === K.num || isNameToken(tok))
    ? { result: nameOf(tok), next: tok.next }
    : undefined;
}, 'expected.name');

export function unquote(text: string): string {
  return text.slice(1, -1).replace(/\\(.)/gu, '$1');
}

export const str: P<Str> = apply(tok(K.str), (t) => ({
  kind: 'Str' as const,
  value: unquote(t.text),
  span: spanOf(t, t.next),
}));

export const num: P<number> = apply(tok(K.num), (t) => Number(t.text));

/** Keywords that may be words of a multi-word reference (`do hội đồng trường`). */
const REF_KEYWORDS = new Set([
  'council',
  'unit',
  'role',
  'member',
  'position',
  'organisation',
  'dossier',
  'yes',
  'no',
  'type-text',
  'type-number',
  'all',
  'any',
  'branch',
  'parallel',
  'schedule',
  'params',
  'plan',
]);

function isRefWord(t: Tok | undefined, first: boolean): t is Tok {
  if (!t) return false;
  if (t.kind === K.word) return true;
  const id = kwId(t);
  if (id === undefined) return false;
  if (REF_KEYWORDS.has(id)) return true;
  // The first word of a reference may be a one-word keyword spelling (`do tổ`, `cấp so` typed without
  // diacritics) unless it starts a clause; later words never are (`do hiệu_trưởng nộp -> x`).
  return first && isNameToken(t) && !CLAUSE_WORDS.has(id);
}

/** A reference: one or more words joined by `_`. */
export const ref: P<Ref> = custom((t) => {
  if (!isRefWord(t, true)) return undefined;
  const words: string[] = [];
  let cur: Tok | undefined = t;
  let end = t.end;
  while (isRefWord(cur, cur === t)) {
    words.push(cur.text.replace(/\s+/gu, '_'));
    end = cur.end;
    cur = cur.next;
  }
  return { result: { kind: 'Ref', name: words.join('_'), span: { start: t.pos.index, end } }, next: cur };
}, 'expected.name');

/** `a, b, c` references. */
export const refList: P<Ref[]> = custom((t) => {
  const out: Ref[] = [];
  let cur = t;
  for (;;) {
    const r = ref.parse(cur);
    if (!r.successful || r.candidates.length === 0) return out.length > 0 ? { result: out, next: cur } : undefined;
    const c = r.candidates[0]!;
    out.push(c.result);
    cur = c.nextToken as Tok | undefined;
    if (cur && cur.kind === K.punct && cur.text === ',') cur = cur.next;
    else return { result: out, next: cur };
  }
}, 'expected.name');

/** Language keywords that are also time words (one spelling, one keyword). */
const SHARED_TIME_WORDS = new Set(['year', 'school-year', 'day', 'all-year', 'regular', 'deadline']);
const isTimeWord = (id: string): boolean => id.startsWith(TIME_PREFIX) || SHARED_TIME_WORDS.has(id);
/** Clause words that end a time phrase. */
const TIME_STOP = new Set([
  'by',
  'per-procedure',
  'with',
  'if',
  'deadline',
  'takes',
  'posting',
  'remind',
  'for-each',
  'roll-up',
  'overdue',
  'escalate',
  'note',
  'under',
]);

/** Whether a token may start a time phrase in an activity, event or phase. */
function startsTime(t: Tok | undefined): boolean {
  if (!t) return false;
  if (t.kind === K.num) return true;
  const id = kwId(t);
  return id !== undefined && isTimeWord(id);
}

function phraseEnd(t: Tok, first: boolean, prev: Tok | undefined): boolean {
  if (t.kind === K.str || t.kind === K.badStr) return true;
  if (t.kind === K.punct && (t.text === '->' || t.text === '→')) return true;
  const id = kwId(t);
  if (id === undefined) return false;
  if (id === 'deadline' && first) return false;
  if (TIME_STOP.has(id)) return true;
  if (id === 'after') {
    // `2 ngày sau E`, `chậm nhất sau khi E 2 ngày`: after a time word `sau` belongs to the phrase;
    // after a date or a name it starts a dependency (`tháng 5/2021 sau đăng_ký`).
    const prevId = kwId(prev);
    return !(prevId !== undefined && isTimeWord(prevId));
  }
  return false;
}

/** Tokens from `t` up to a stop (see grammar.md §1), as a source slice. */
function phraseTokens(
  t: Tok | undefined,
  requireStart: boolean,
): { text: string; span: Span; next: Tok | undefined } | undefined {
  if (!t || (requireStart && !startsTime(t))) return undefined;
  let cur: Tok | undefined = t;
  let prev: Tok | undefined;
  let end = t.pos.index;
  while (cur && !phraseEnd(cur, cur === t, prev)) {
    end = cur.end;
    prev = cur;
    cur = cur.next;
  }
  if (end === t.pos.index) return undefined;
  return { text: source.text.slice(t.pos.index, end), span: { start: t.pos.index, end }, next: cur };
}

/** A time phrase that must start with a time word or a digit (activities, events, phases). */
export const timePhrase: P<TimePhrase> = custom((t) => {
  const r = phraseTokens(t, true);
  return r && { result: { kind: 'Time', text: r.text, span: r.span }, next: r.next };
}, 'expected.time');

/**
 * Whether `sau …` is a time the calendar counts (`sau Tết 2 tuần`, `sau khai giảng`, `sau 30 ngày kể từ E`,
 * `sau E 2 ngày`): a duration, an occasion, a date or a school event. A bare `sau đăng_ký` stays a dependency.
 */
function countsFromTime(text: string): boolean {
  const { expr, diagnostics } = parseTimePhrase(text);
  if (expr?.kind !== 'relative' || diagnostics.length > 0) return false;
  return expr.offset !== undefined || expr.event.ref !== undefined || bindEvent(expr.event.name, {})?.kind === 'school';
}

/** `sau Tết 2 tuần` and the like (see `countsFromTime`): a time phrase that starts with `sau`. */
export const afterTimePhrase: P<TimePhrase> = custom((t) => {
  if (!t || kwId(t) !== 'after') return undefined;
  const rest = phraseTokens(t.next, false);
  if (!rest) return undefined;
  const span = { start: t.pos.index, end: rest.span.end };
  const text = source.text.slice(span.start, span.end);
  return countsFromTime(text) ? { result: { kind: 'Time', text, span }, next: rest.next } : undefined;
}, 'expected.time');

/** A time phrase after an explicit marker (`hạn …`, `ban hành …`, section headings): any words. */
export const anyTimePhrase: P<TimePhrase> = custom((t) => {
  const r = phraseTokens(t, false);
  return r && { result: { kind: 'Time', text: r.text, span: r.span }, next: r.next };
}, 'expected.time');

/** A duration phrase after `mất`, `công khai`, `nhắc trước`. */
export const durationPhrase: P<DurationPhrase> = custom((t) => {
  const r = phraseTokens(t, false);
  return r && { result: { kind: 'Duration', text: r.text, span: r.span }, next: r.next };
}, 'expected.duration');

/** `, NAME =` starts the next parameter of a `với` list (`với hạn_tổ = trước 10/5, hạn_trình = trước 25/5`). */
function startsNextParameter(c: Tok): boolean {
  return (
    c.kind === K.punct &&
    c.text === ',' &&
    isNameToken(c.next) &&
    c.next.next?.kind === K.punct &&
    c.next.next.text === '='
  );
}

/** The rest of the line, or of the list item, as a parameter value (text, number, yes/no, name, or a phrase). */
export const value: P<Value> = custom((t) => {
  if (!t) return undefined;
  let last = t;
  let rest: Tok | undefined;
  for (let c: Tok | undefined = t.next; c; c = c.next) {
    if (startsNextParameter(c)) {
      rest = c;
      break;
    }
    last = c;
  }
  const span = { start: t.pos.index, end: last.end };
  const single = t === last;
  let v: Value;
  if (single && t.kind === K.str) v = { kind: 'Value', type: 'text', value: unquote(t.text), span };
  else if (single && t.kind === K.num) v = { kind: 'Value', type: 'number', value: Number(t.text), span };
  else if (single && (kwId(t) === 'yes' || kwId(t) === 'no'))
    v = { kind: 'Value', type: 'bool', value: kwId(t) === 'yes', span };
  else if (single && t.kind === K.word) v = { kind: 'Value', type: 'ref', value: t.text, span };
  else v = { kind: 'Value', type: 'phrase', value: source.text.slice(span.start, span.end), span };
  return { result: v, next: rest };
}, 'expected.value');
