// Phrase tokens: words, numbers, date separators, quoted strings, other punctuation; spans in the input.
import type { TextSpan } from '../diagnostic.js';
import { foldDiacritics, normalizePhrase } from './normalize.js';

type TokenKind = 'word' | 'number' | 'sep' | 'string' | 'punct';

export interface Token {
  readonly kind: TokenKind;
  /** Normalised text (NFC, lower case); for strings, the content between the quotes as written. */
  readonly text: string;
  /** Words: diacritics folded, for keyword matching. Others: same as `text`. */
  readonly folded: string;
  /** Span in the original input. */
  readonly span: TextSpan;
  /** Whitespace came right before this token. */
  readonly spaceBefore: boolean;
  /** For strings: whether the closing quote was found. */
  readonly closed?: boolean;
}

const WORD_START_RE = /[\p{L}\p{M}_]/u;
const WORD_PART_RE = /[\p{L}\p{M}\p{N}_]/u;
const SPACE_RE = /\s/u;
// ASCII fast paths before the Unicode classes (most phrase characters are ASCII).
const isDigit = (ch: string): boolean => ch >= '0' && ch <= '9';
const isAsciiLetter = (ch: string): boolean => (ch >= 'a' && ch <= 'z') || ch === '_';
const DIGIT = { test: isDigit };
const WORD_START = { test: (ch: string): boolean => isAsciiLetter(ch) || (ch > '\x7f' && WORD_START_RE.test(ch)) };
const WORD_PART = {
  test: (ch: string): boolean => isAsciiLetter(ch) || isDigit(ch) || (ch > '\x7f' && WORD_PART_RE.test(ch)),
};
const SPACE = {
  test: (ch: string): boolean => ch === ' ' || (ch < ' ' ? SPACE_RE.test(ch) : ch > '\x7f' && SPACE_RE.test(ch)),
};
const SEPARATORS = new Set(['/', '-', '.', '–', '—', '‐', '−']);
const QUOTES: Readonly<Record<string, string>> = { '"': '"', '“': '”', '«': '»', "'": "'" };

/**
 * Splits a phrase into tokens. Never throws; anything unexpected becomes a `punct` token.
 *
 * @example
 * tokenizePhrase('trước 30/6').map((t) => t.kind) // => ['word', 'number', 'sep', 'number']
 */
export function tokenizePhrase(input: string): Token[] {
  const { text, offsets } = normalizePhrase(input);
  const at = (i: number): number => offsets[i] ?? input.length;
  const tokens: Token[] = [];
  let i = 0;
  let spaceBefore = false;
  while (i < text.length) {
    const ch = text[i] as string;
    if (SPACE.test(ch)) {
      i++;
      spaceBefore = true;
      continue;
    }
    const start = i;
    let kind: TokenKind;
    let value: string;
    let closed: boolean | undefined;
    if (DIGIT.test(ch)) {
      while (i < text.length && DIGIT.test(text[i] as string)) i++;
      kind = 'number';
      value = text.slice(start, i);
    } else if (WORD_START.test(ch)) {
      while (i < text.length && WORD_PART.test(text[i] as string)) i++;
      kind = 'word';
      value = text.slice(start, i);
    } else if (SEPARATORS.has(ch)) {
      i++;
      kind = 'sep';
      value = ch === '.' || ch === '/' ? ch : '-';
    } else if (QUOTES[ch] !== undefined) {
      const close = QUOTES[ch] as string;
      let j = i + 1;
      while (j < text.length && text[j] !== close) j++;
      closed = j < text.length;
      // Keep the string as the user wrote it (not lower-cased): take it from the input.
      value = input.slice(at(i + 1), at(j)).normalize('NFC');
      i = closed ? j + 1 : j;
      kind = 'string';
    } else {
      const cp = text.codePointAt(i) ?? 0;
      i += cp > 0xffff ? 2 : 1;
      kind = 'punct';
      value = text.slice(start, i);
    }
    const span = { start: at(start), end: at(i) };
    const token: Token =
      closed === undefined
        ? { kind, text: value, folded: kind === 'word' ? foldDiacritics(value) : value, span, spaceBefore }
        : { kind, text: value, folded: value, span, spaceBefore, closed };
    tokens.push(token);
    spaceBefore = false;
  }
  return tokens;
}
