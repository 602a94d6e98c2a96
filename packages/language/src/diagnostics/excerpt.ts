// Cuts a long source line down to a window around the span, so a caret line stays readable; control characters escaped.
import { escapeControls } from '@tdkt/calendar';

/** The widest source line a diagnostic quotes; activity texts copied from Word run to 1,000 characters. */
export const MAX_EXCERPT = 110;

export interface Excerpt {
  /** The (possibly shortened) line, tabs as spaces. */
  readonly text: string;
  /** 0-based column of the span in `text`. */
  readonly column: number;
  /** Caret width in `text`. */
  readonly width: number;
}

/**
 * The part of `line` around a span at 0-based `column` with `width` characters, at most `max` wide,
 * marked with `…` where it was cut.
 *
 * @example
 * excerptLine('x'.repeat(300) + ' lỗi ở đây', 301, 3).text.length <= 110 // => true
 */
export function excerptLine(line: string, column: number, width: number, max: number = MAX_EXCERPT): Excerpt {
  const cut = windowOf(line, column, width, max);
  // Escaped after cutting (an escape is never cut in half); the caret moves with the widened text.
  const before = escapeControls(cut.text.slice(0, cut.column));
  const under = escapeControls(cut.text.slice(cut.column, cut.column + cut.width));
  return { text: escapeControls(cut.text), column: before.length, width: Math.max(1, under.length) };
}

function windowOf(line: string, column: number, width: number, max: number): Excerpt {
  const flat = line.replace(/\t/gu, ' ');
  const w = Math.max(1, Math.min(width, flat.length - column || 1));
  if (flat.length <= max) return { text: flat, column, width: w };
  const keep = Math.min(w, max - 20);
  const before = Math.max(0, Math.min(column - 20, flat.length - max));
  const start = Math.max(0, Math.min(before, column));
  const end = Math.min(flat.length, Math.max(start + max, column + keep + 1));
  const head = start > 0 ? '…' : '';
  const tail = end < flat.length ? '…' : '';
  return { text: `${head}${flat.slice(start, end)}${tail}`, column: column - start + head.length, width: keep };
}
