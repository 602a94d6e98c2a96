// The parser's cursor over phrase tokens: keyword and occasion matching, diagnostics collection.
import type { Diagnostic, TextSpan } from '../diagnostic.js';
import { occasions } from '../occasions.js';
import { type PhraseKeywordId, phraseKeywords } from './keywords.js';
import { foldDiacritics } from './normalize.js';
import type { Token } from './tokenize.js';

interface Spelling {
  readonly id: string;
  readonly words: readonly string[];
}

function spellings(entries: readonly { id: string; texts: readonly string[] }[]): Map<string, Spelling[]> {
  const byFirst = new Map<string, Spelling[]>();
  for (const { id, texts } of entries) {
    for (const text of texts) {
      const words = foldDiacritics(text)
        .split(/[\s,]+/)
        .filter((w) => w.length > 0);
      const first = words[0];
      if (first === undefined) continue;
      const list = byFirst.get(first) ?? [];
      list.push({ id, words });
      byFirst.set(first, list);
    }
  }
  // Longest spelling first, so `ngày làm việc` wins over `ngày`.
  for (const list of byFirst.values()) list.sort((a, b) => b.words.length - a.words.length);
  return byFirst;
}

const keywordSpellings = spellings(
  phraseKeywords.map((k) => ({ id: k.id, texts: [k.vi, k.ascii, ...(k.variants ?? []), ...k.en] })),
);
const occasionSpellings = spellings(occasions.map((o) => ({ id: o.id, texts: [o.name.vi, ...o.aliases] })));

export interface Match<Id extends string = string> {
  readonly id: Id;
  readonly length: number;
  readonly span: TextSpan;
}

/** A position in the token list plus the diagnostics found so far. */
export class Cursor {
  pos = 0;
  readonly diagnostics: Diagnostic[] = [];

  constructor(
    readonly input: string,
    readonly tokens: readonly Token[],
  ) {}

  peek(offset = 0): Token | undefined {
    return this.tokens[this.pos + offset];
  }

  atEnd(): boolean {
    return this.pos >= this.tokens.length;
  }

  next(): Token | undefined {
    const token = this.tokens[this.pos];
    if (token !== undefined) this.pos++;
    return token;
  }

  /** Span from token `from` to the last consumed token. */
  spanFrom(from: number): TextSpan {
    const first = this.tokens[from];
    const last = this.tokens[Math.max(from, this.pos - 1)];
    if (first === undefined || last === undefined) return this.endSpan();
    return { start: first.span.start, end: Math.max(first.span.end, last.span.end) };
  }

  /** An empty span at the end of the input (for "expected more"). */
  endSpan(): TextSpan {
    return { start: this.input.length, end: this.input.length };
  }

  /** The span of the current token, or the end of the input. */
  hereSpan(): TextSpan {
    return this.peek()?.span ?? this.endSpan();
  }

  error(code: string, span: TextSpan, data: Diagnostic['data'] = {}): void {
    this.diagnostics.push({ code, severity: 'error', span, data });
  }

  private matchAt(table: Map<string, Spelling[]>, offset: number): Match | undefined {
    const first = this.peek(offset);
    if (first === undefined || first.kind !== 'word') return undefined;
    for (const spelling of table.get(first.folded) ?? []) {
      // Commas inside a multi-word name ("Giải phóng miền Nam, thống nhất đất nước") are skipped.
      let at = offset + 1;
      let ok = true;
      for (let k = 1; k < spelling.words.length && ok; k++) {
        if (this.peek(at)?.text === ',') at++;
        const token = this.peek(at);
        ok = token !== undefined && token.kind === 'word' && token.folded === spelling.words[k];
        at++;
      }
      if (ok) {
        const last = this.peek(at - 1) as Token;
        return { id: spelling.id, length: at - offset, span: { start: first.span.start, end: last.span.end } };
      }
    }
    return undefined;
  }

  /** Keyword and occasion matches by token index (`null`: none), computed once: the parser looks ahead often. */
  private readonly keywordAt: (Match | null | undefined)[] = [];
  private readonly occasionAt: (Match | null | undefined)[] = [];

  private cached(
    cache: (Match | null | undefined)[],
    table: Map<string, Spelling[]>,
    offset: number,
  ): Match | undefined {
    const at = this.pos + offset;
    // Numbers and punctuation never begin a keyword: no lookup, no cache entry.
    if (this.tokens[at]?.kind !== 'word') return undefined;
    let found = cache[at];
    if (found === undefined) {
      found = this.matchAt(table, offset) ?? null;
      cache[at] = found;
    }
    return found ?? undefined;
  }

  /** The keyword at the cursor (+offset tokens), longest spelling first. */
  keyword(offset = 0): Match<PhraseKeywordId> | undefined {
    return this.cached(this.keywordAt, keywordSpellings, offset) as Match<PhraseKeywordId> | undefined;
  }

  /** Whether the keyword at the cursor is one of `ids`. */
  isKeyword(...ids: PhraseKeywordId[]): boolean {
    const k = this.keyword();
    return k !== undefined && ids.includes(k.id);
  }

  /** Consumes the keyword if it is one of `ids`. */
  eat(...ids: PhraseKeywordId[]): Match<PhraseKeywordId> | undefined {
    const k = this.keyword();
    if (k === undefined || !ids.includes(k.id)) return undefined;
    this.pos += k.length;
    return k;
  }

  /** Consumes a plain word whose folded spelling is one of `folded` (words that are not keywords). */
  eatWord(...folded: string[]): Token | undefined {
    const t = this.peek();
    if (t?.kind !== 'word' || !folded.includes(t.folded)) return undefined;
    this.pos++;
    return t;
  }

  /** The named occasion at the cursor (+offset tokens), if any. */
  occasion(offset = 0): Match | undefined {
    return this.cached(this.occasionAt, occasionSpellings, offset);
  }
}
