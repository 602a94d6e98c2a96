// Respelling one range of a line's tokens: canonical keywords and operators, phrases, normalised spacing.

import type { Span } from '../ast/index.js';
import { keywordTable } from '../keywords/index.js';
import { K, kwId, type Tok } from '../syntax/tokens.js';
import { inside } from './regions.js';

/** How much the formatter may change inside a line. */
export interface SpellingPolicy {
  /** Respell keywords in their Vietnamese form. */
  readonly keywords: boolean;
  /** Replacement text per phrase start offset (phrases not listed are copied as written). */
  readonly phrases: ReadonlyMap<number, { readonly end: number; readonly text: string }>;
  readonly verbatim: readonly Span[];
}

// `không phải` (not) is spelt `không`, as grammar.md writes guards (`nếu không đã_đăng_ký`): the same Not node.
const VI = new Map([...keywordTable.map((k): [string, string] => [k.id, k.vi]), ['not', 'không']]);
const OPERATORS: Readonly<Record<string, string>> = { '→': '->', '≤': '<=', '≥': '>=', '≠': '!=', '–': '-', '—': '-' };
const ARROWS = new Set(['->', '→']);

interface Piece {
  readonly text: string;
  readonly start: number;
  readonly end: number;
  readonly punct: string | undefined;
  readonly num: boolean;
}

/**
 * The canonical text of the tokens in `[from, to)` of a line (`source` is the whole NFC file text).
 * Spacing: one space wherever the source had any, none before `,` and `:`, one after them and around `->`,
 * none around a dash between numbers.
 *
 * @example
 * formatRange(lexLine('buoc a  do  x', 0), 0, 13, text, policy) // => 'bước a do x'
 */
export function formatRange(
  first: Tok | undefined,
  from: number,
  to: number,
  source: string,
  policy: SpellingPolicy,
): string {
  const pieces: Piece[] = [];
  for (let t = first; t; t = t.next) {
    const start = t.pos.index;
    if (start < from) continue;
    if (start >= to) break;
    const phrase = policy.phrases.get(start);
    if (phrase) {
      pieces.push({ text: phrase.text, start, end: phrase.end, punct: undefined, num: false });
      while (t.next && t.next.pos.index < phrase.end) t = t.next;
      continue;
    }
    const verbatim = inside(policy.verbatim, start, t.end);
    pieces.push({
      text: spell(t, policy),
      start,
      end: t.end,
      punct: t.kind === K.punct && !verbatim ? (OPERATORS[t.text] ?? t.text) : undefined,
      num: t.kind === K.num && !verbatim,
    });
  }
  let out = '';
  pieces.forEach((p, i) => {
    const prev = pieces[i - 1];
    if (prev) out += gap(prev, p, source);
    out += p.text;
  });
  return out;
}

function spell(t: Tok, policy: SpellingPolicy): string {
  if (inside(policy.verbatim, t.pos.index, t.end)) return t.text;
  if (t.kind === K.punct) return OPERATORS[t.text] ?? t.text;
  const id = kwId(t);
  if (!policy.keywords || id === undefined) return t.text;
  return VI.get(id) ?? t.text;
}

function gap(prev: Piece, next: Piece, source: string): string {
  if (next.punct === ',' || next.punct === ':') return '';
  if (prev.punct === ',' || prev.punct === ':') return ' ';
  // `năm học 2020 - 2021` → `2020-2021` (the only dash between numbers outside phrases).
  if ((prev.punct === '-' && next.num) || (next.punct === '-' && prev.num)) return '';
  if ((next.punct !== undefined && ARROWS.has(next.punct)) || (prev.punct !== undefined && ARROWS.has(prev.punct)))
    return ' ';
  return /\s/u.test(source.slice(prev.end, next.start)) ? ' ' : '';
}
