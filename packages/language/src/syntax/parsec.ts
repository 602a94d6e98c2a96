// The ONE seam with typescript-parsec: run a line parser, catch its throws, map its errors to our spans.
import type { Diagnostic } from '@tdkt/calendar';
import { expectEOF, type Parser, type ParserOutput } from 'typescript-parsec';
import { suggestAnyKeyword } from '../diagnostics/suggest.js';
import { CLAUSE_WORDS, K, type Tok, type TokKind } from './tokens.js';

export type P<R> = Parser<TokKind, R>;

/** The longest excerpt of offending text a diagnostic quotes. */
const EXCERPT_MAX = 40;

export type LineOutcome<R> = { ok: true; value: R } | { ok: false; diagnostic: Diagnostic };

/**
 * Parses a whole line's tokens with `parser`. On failure returns one `syntax.unexpected` diagnostic at the
 * farthest token reached (or the line's end), with `expected` from the parser's `err(...)` label.
 *
 * @example
 * runLine(stepLine, lexLine('bước a', 0), { start: 0, end: 6 }, 'step')
 */
export function runLine<R>(
  parser: P<R>,
  first: Tok | undefined,
  line: { start: number; end: number },
  expected: string,
): LineOutcome<R> {
  let out: ParserOutput<TokKind, R>;
  let stop: Tok | undefined;
  try {
    const raw = parser.parse(first);
    // Where the furthest reading stopped: the token after it is the one that does not fit.
    if (raw.successful) for (const c of raw.candidates) stop = later(stop, c.nextToken as Tok | undefined);
    out = expectEOF(raw);
  } catch {
    return { ok: false, diagnostic: unexpected(first, line, expected) };
  }
  if (out.successful && out.candidates.length > 0) {
    // Ambiguity cannot arise with the _sc combinators we use; take the first candidate.
    return { ok: true, value: out.candidates[0]!.result };
  }
  const err = out.error;
  const found = err?.pos ? findTok(first, err.pos.index) : undefined;
  // `cấp trường thuộc phòng`: the levels were read up to `thuộc`; an error remembered at `trường` is not the problem.
  const at = later(found, stop);
  const label = at === found && err && /^[a-z-]+(\.[a-z-]+)*$/.test(err.message) ? err.message : expected;
  return { ok: false, diagnostic: unexpected(at, line, label, first) };
}

/** The later of two tokens of a line (undefined counts as not reached). */
function later(a: Tok | undefined, b: Tok | undefined): Tok | undefined {
  if (a === undefined) return b;
  if (b === undefined) return a;
  return b.pos.index > a.pos.index ? b : a;
}

function findTok(first: Tok | undefined, index: number): Tok | undefined {
  for (let t = first; t; t = t.next) if (t.pos.index === index) return t;
  return undefined;
}

function unexpected(
  at: Tok | undefined,
  line: { start: number; end: number },
  expected: string,
  first?: Tok,
): Diagnostic {
  if (!at) {
    return {
      code: 'syntax.unexpected-end',
      severity: 'error',
      span: { start: line.end, end: line.end },
      data: { expected },
    };
  }
  if (at.kind === K.badStr)
    return { code: 'syntax.unclosed-string', severity: 'error', span: { start: at.pos.index, end: at.end }, data: {} };
  if (at.text === '“' || at.text === '”' || at.text === '„') {
    return {
      code: 'syntax.smart-quote',
      severity: 'error',
      span: { start: at.pos.index, end: at.end },
      data: { found: at.text },
    };
  }
  const found = at.text.length > EXCERPT_MAX ? `${at.text.slice(0, EXCERPT_MAX)}…` : at.text;
  // A name was expected and a keyword that starts a clause stands there: say so, and how to rename it.
  if (expected === 'expected.name' && at.kind.startsWith('kw:') && !/\s/u.test(at.text)) {
    return {
      code: 'syntax.unexpected',
      severity: 'error',
      span: { start: at.pos.index, end: at.end },
      data: { found, expected, keywordHere: true, rename: `${at.text}_1` },
    };
  }
  const words: string[] = [];
  for (let t: Tok | undefined = at; t && words.length < 3 && t.kind === K.word; t = t.next) words.push(t.text);
  const suggestion = words.length > 0 ? suggestAnyKeyword(words) : undefined;
  if (suggestion === undefined) {
    // `do cá_nhân hann trước 20/5`: the misspelt keyword was taken as a word of the name before.
    let prev: Tok | undefined;
    for (let t = first; t && t !== at; t = t.next) prev = t;
    // Only a keyword that starts a clause is swallowed so (`hann` → `hạn`); `cấp trường thuộc …` is no `trong`.
    const hint = prev && prev.kind === K.word ? suggestAnyKeyword([prev.text], 3, CLAUSE_WORDS) : undefined;
    if (prev && hint)
      return {
        code: 'syntax.unexpected',
        severity: 'error',
        span: { start: prev.pos.index, end: prev.end },
        data: { found: prev.text, expected, suggestion: hint },
      };
  }
  return {
    code: 'syntax.unexpected',
    severity: 'error',
    span: { start: at.pos.index, end: at.end },
    data: { found, expected, ...(suggestion ? { suggestion } : {}) },
  };
}

/** A hand-written parser step for things combinators express badly (phrases that run to a stop word). */
export function custom<R>(
  fn: (t: Tok | undefined) => { result: R; next: Tok | undefined } | undefined,
  message: string,
): P<R> {
  return {
    parse(token) {
      const t = token as Tok | undefined;
      const r = fn(t);
      if (!r) return { successful: false, error: { kind: 'Error', pos: t?.pos, message } };
      return {
        successful: true,
        candidates: [{ firstToken: t, nextToken: r.next, result: r.result }],
        error: undefined,
      };
    },
  };
}

/** Runs `parser` on a prefix of the tokens (no end-of-line check), for recovering a broken line's name. */
export function prefix<R>(parser: P<R>, first: Tok | undefined): R | undefined {
  try {
    const out = parser.parse(first);
    return out.successful ? out.candidates[0]?.result : undefined;
  } catch {
    return undefined;
  }
}
