// A name table: case-insensitive NFC lookup, duplicate detection and "did you mean" suggestions.
import { type Diagnostic, foldDiacritics } from '@tdkt/calendar';
import type { Span } from '../ast/index.js';
import type { LineIndex } from '../diagnostics/line-index.js';
import { closest } from '../diagnostics/suggest.js';

/**
 * The lookup key of a name: one spelling for every way of typing it (NFC or NFD, any case, with or without
 * diacritics, đ or d), so `kỷ_niệm_chương`, `ky_niem_chuong` and `KY_NIEM_CHUONG` are one name.
 *
 * @example
 * nameKey('Kỷ_Niệm_Chương') === nameKey('ky_niem_chuong') // => true
 */
export function nameKey(name: string): string {
  return foldDiacritics(name.normalize('NFC'));
}

export class Table<T> {
  private readonly items = new Map<
    string,
    { item: T; span: Span; name: string; from?: { file: string; line: number } }
  >();

  constructor(readonly what: string) {}

  /**
   * Adds a name; reports `link.duplicate-name` when a name of the same folded spelling is taken, naming the
   * first declaration (its spelling, line, and file when it came from another file).
   */
  add(
    name: string,
    item: T,
    span: Span,
    diagnostics: Diagnostic[],
    index: LineIndex,
    from?: { file: string; line: number },
  ): boolean {
    const key = nameKey(name);
    const prev = this.items.get(key);
    if (prev) {
      const where = prev.from ?? { line: index.lineCol(prev.span.start).line };
      diagnostics.push({
        code: 'link.duplicate-name',
        severity: 'error',
        span,
        data: {
          name,
          what: this.what,
          line: where.line,
          ...(prev.name !== name ? { first: prev.name } : {}),
          ...(prev.from ? { file: prev.from.file } : {}),
        },
      });
      return false;
    }
    this.items.set(key, { item, span, name, ...(from ? { from } : {}) });
    return true;
  }

  /** Where a name was declared when it came from another file (imports). */
  origin(name: string): { file: string; line: number } | undefined {
    return this.items.get(nameKey(name))?.from;
  }

  get(name: string): T | undefined {
    return this.items.get(nameKey(name))?.item;
  }

  /** The name as declared (case may differ from a reference's). */
  declared(name: string): string | undefined {
    return this.items.get(nameKey(name))?.name;
  }

  has(name: string): boolean {
    return this.items.has(nameKey(name));
  }

  /** Every entry with its declared name and, for an imported one, where it was declared. */
  entries(): { name: string; item: T; from?: { file: string; line: number } }[] {
    return [...this.items.values()].map((v) => ({ name: v.name, item: v.item, ...(v.from ? { from: v.from } : {}) }));
  }

  names(): string[] {
    return [...this.items.values()].map((v) => v.name);
  }

  values(): T[] {
    return [...this.items.values()].map((v) => v.item);
  }

  /** `link.unknown-name` with a suggestion from this table (and any extra candidates). */
  unknown(name: string, span: Span, extra: readonly string[] = [], what = this.what): Diagnostic {
    const suggestion = closest(name, [...this.names(), ...extra]);
    return {
      code: 'link.unknown-name',
      severity: 'error',
      span,
      data: { name, what, ...(suggestion ? { suggestion } : {}) },
    };
  }
}
