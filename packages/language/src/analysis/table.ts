// A name table: case-insensitive NFC lookup, duplicate detection and "did you mean" suggestions.
import type { Diagnostic } from '@tdkt/calendar';
import type { Span } from '../ast/index.js';
import { closest } from '../diagnostics/suggest.js';
import type { LineIndex } from '../diagnostics/line-index.js';

/** The lookup key of a name: NFC, lower case. */
export function nameKey(name: string): string {
  return name.normalize('NFC').toLowerCase();
}

export class Table<T> {
  private readonly items = new Map<string, { item: T; span: Span; name: string }>();

  constructor(readonly what: string) {}

  /** Adds a name; reports `link.duplicate-name` (with the first line) when taken. */
  add(name: string, item: T, span: Span, diagnostics: Diagnostic[], index: LineIndex): boolean {
    const key = nameKey(name);
    const prev = this.items.get(key);
    if (prev) {
      diagnostics.push({ code: 'link.duplicate-name', severity: 'error', span, data: { name, what: this.what, line: index.lineCol(prev.span.start).line } });
      return false;
    }
    this.items.set(key, { item, span, name });
    return true;
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

  names(): string[] {
    return [...this.items.values()].map((v) => v.name);
  }

  values(): T[] {
    return [...this.items.values()].map((v) => v.item);
  }

  /** `link.unknown-name` with a suggestion from this table (and any extra candidates). */
  unknown(name: string, span: Span, extra: readonly string[] = [], what = this.what): Diagnostic {
    const suggestion = closest(name, [...this.names(), ...extra]);
    return { code: 'link.unknown-name', severity: 'error', span, data: { name, what, ...(suggestion ? { suggestion } : {}) } };
  }
}
