// Which source ranges the formatter must copy verbatim (names, values) and which are time/duration phrases.
import type { Span } from '../ast/index.js';

/** A time or duration phrase of the AST with what the calendar parsed from it. */
export interface PhraseRegion {
  /** `Value`: a parameter value the calendar read (as a time phrase, else as a duration). */
  readonly kind: 'Time' | 'Duration' | 'Value';
  readonly span: Span;
  readonly text: string;
  readonly expr: unknown;
}

export interface Regions {
  /** Ranges whose characters carry meaning (multi-word references, parameter values): copied as written. */
  readonly verbatim: Span[];
  readonly phrases: PhraseRegion[];
  /** Parameter values (other than yes/no): their text is the value, so even spacing is kept. */
  readonly raw: Span[];
}

/**
 * Walks an AST and collects the ranges the formatter may not respell: references (their words make the
 * name, even when a word is a keyword: `do hội đồng trường`), parameter values other than yes/no, and
 * time/duration phrases (respelt only through the calendar, see time-canon.ts).
 *
 * @example
 * collectRegions(parse(text, 'a.tdkt').ast).phrases.length
 */
export function collectRegions(ast: unknown): Regions {
  const verbatim: Span[] = [];
  const phrases: PhraseRegion[] = [];
  const raw: Span[] = [];
  const visit = (node: unknown): void => {
    if (Array.isArray(node)) {
      for (const x of node) visit(x);
      return;
    }
    if (node === null || typeof node !== 'object') return;
    const n = node as Record<string, unknown> & { span?: Span };
    const kind = n['kind'];
    if ((kind === 'Time' || kind === 'Duration') && n.span) {
      phrases.push({ kind, span: n.span, text: String(n['text'] ?? ''), expr: n['expr'] });
      return;
    }
    if (kind === 'Ref' && n.span) verbatim.push(n.span);
    else if (kind === 'Value' && n['type'] === 'phrase' && n['expr'] !== undefined && n.span) {
      verbatim.push(n.span);
      phrases.push({ kind: 'Value', span: n.span, text: String(n['value'] ?? ''), expr: n['expr'] });
    } else if (kind === 'Value' && n['type'] !== 'bool' && n.span) {
      verbatim.push(n.span);
      raw.push(n.span);
    }
    for (const [key, value] of Object.entries(n))
      if (key !== 'span' && key !== 'expr' && value !== null && typeof value === 'object') visit(value);
  };
  visit(ast);
  verbatim.sort((a, b) => a.start - b.start);
  phrases.sort((a, b) => a.span.start - b.span.start);
  return { verbatim, phrases, raw };
}

/**
 * Whether `[start, end)` lies inside one of the spans (sorted by start, not overlapping): binary search.
 *
 * @example
 * inside([{ start: 3, end: 9 }], 4, 6) // => true
 */
export function inside(spans: readonly Span[], start: number, end: number): boolean {
  let lo = 0;
  let hi = spans.length - 1;
  let found = -1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (spans[mid]!.start <= start) {
      found = mid;
      lo = mid + 1;
    } else hi = mid - 1;
  }
  const s = found >= 0 ? spans[found] : undefined;
  return s !== undefined && end <= s.end;
}
