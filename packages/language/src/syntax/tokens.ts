// Lexing one logical line with typescript-parsec, then folding multi-word keywords into keyword tokens.
import { buildLexer, type Token, type TokenPosition } from 'typescript-parsec';
import { foldCase, spellingsByFirstWord } from '../keywords/index.js';

/** Token kinds: raw kinds, and `kw:<id>` for a folded keyword (id from dsl/keywords.json). */
export type TokKind = string;
export const K = { word: 'word', str: 'str', badStr: 'badstr', num: 'num', punct: 'punct', other: 'other' } as const;

/** Our token: typescript-parsec's Token plus the absolute end offset. `pos.index` is the absolute start. */
export interface Tok extends Token<TokKind> {
  readonly end: number;
  readonly next: Tok | undefined;
}

type RawKind = 'word' | 'str' | 'badstr' | 'num' | 'punct' | 'ws' | 'other';

// Longest match wins; the last rule is a catch-all so the lexer never throws on odd input.
const lexer = buildLexer<RawKind>([
  [true, /^[\p{L}\p{M}_][\p{L}\p{M}\p{N}_]*/gu, 'word'],
  [true, /^\p{Nd}+/gu, 'num'],
  [true, /^"(?:[^"\\\n]|\\[^\n])*"/gu, 'str'],
  [true, /^"(?:[^"\\\n]|\\[^\n])*\\?/gu, 'badstr'],
  [true, /^(?:->|→|<=|>=|!=|≤|≥|≠)/gu, 'punct'],
  [true, /^[<>=:,/()%\-–—.;+*]/gu, 'punct'],
  [false, /^\s+/gu, 'ws'],
  [true, /^[\s\S]/gu, 'other'],
]);

interface RawTok {
  kind: RawKind | TokKind;
  text: string;
  start: number;
  end: number;
}

/**
 * Lexes `text` (one line's content) whose first character sits at absolute offset `base`, folding keyword
 * spellings (longest match over consecutive words, case-insensitive) into `kw:<id>` tokens.
 *
 * @example
 * lexLine('quy trình x', 0)?.kind // => 'kw:procedure'
 */
export function lexLine(text: string, base: number): Tok | undefined {
  return linkAt(lexFolded(text), base);
}

/** A line's tokens with offsets relative to the line, keywords folded: what `lexLine` links, by text alone. */
export type LineTokens = readonly Readonly<RawTok>[];

/**
 * Lexes and folds one line's text with offsets from 0 (a memo keeps it per text; `linkAt` places it).
 *
 * @example
 * linkAt(lexFolded('quy trình x'), 10)?.pos.index // => 10
 */
export function lexFolded(text: string): LineTokens {
  const raw: RawTok[] = [];
  let t: Token<RawKind> | undefined;
  try {
    t = lexer.parse(text);
  } catch {
    // Unreachable with the catch-all rule; kept so a lexer bug can never crash a user's check.
    return [{ kind: K.other, text, start: 0, end: text.length }];
  }
  for (; t; t = t.next) raw.push({ kind: t.kind, text: t.text, start: t.pos.index, end: t.pos.index + t.text.length });
  return foldKeywords(raw, text);
}

function foldKeywords(raw: RawTok[], text: string): RawTok[] {
  const out: RawTok[] = [];
  for (let i = 0; i < raw.length; i++) {
    const first = raw[i]!;
    const candidates = first.kind === 'word' ? spellingsByFirstWord.get(foldCase(first.text)) : undefined;
    let matched = false;
    for (const s of candidates ?? []) {
      if (i + s.words.length > raw.length) continue;
      let ok = true;
      for (let w = 1; w < s.words.length && ok; w++) {
        const tok = raw[i + w]!;
        ok = tok.kind === 'word' && foldCase(tok.text) === s.words[w];
      }
      if (!ok) continue;
      const last = raw[i + s.words.length - 1]!;
      out.push({ kind: `kw:${s.id}`, text: text.slice(first.start, last.end), start: first.start, end: last.end });
      i += s.words.length - 1;
      matched = true;
      break;
    }
    if (!matched) out.push(first);
  }
  return out;
}

function position(index: number): TokenPosition {
  return { index, rowBegin: 0, columnBegin: 0, rowEnd: 0, columnEnd: 0 };
}

/** Links a line's tokens into the parser's token list, at absolute offset `base`. */
export function linkAt(list: LineTokens, base: number): Tok | undefined {
  let next: Tok | undefined;
  for (let i = list.length - 1; i >= 0; i--) {
    const r = list[i]!;
    next = { kind: r.kind, text: r.text, end: base + r.end, pos: position(base + r.start), next };
  }
  return next;
}

/** The keyword id of a token, or undefined. */
export function kwId(t: Tok | undefined): string | undefined {
  return t?.kind.startsWith('kw:') ? t.kind.slice(3) : undefined;
}

/** All tokens of a line as an array (for scanning). */
export function toArray(t: Tok | undefined): Tok[] {
  const out: Tok[] = [];
  for (; t; t = t.next) out.push(t);
  return out;
}

/** Keywords that start the next clause: a reference never takes them as one of its words. */
export const CLAUSE_WORDS = new Set<string>([
  'by',
  'after',
  'per-procedure',
  'with',
  'note',
  'if',
  'deadline',
  'takes',
  'posting',
  'remind',
  'for-each',
  'roll-up',
  'overdue',
  'escalate',
  'step',
  'under',
  'level',
  'only',
  'record',
  'and',
  'or',
]);
