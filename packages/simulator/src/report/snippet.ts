// The quoted source line with a caret under the span, as compilers print it.
import { excerptLine } from '@tdkt/language';
import type { SourceSpan } from '../temporal/network.js';

/**
 * The line a span points at, with a caret line under it; empty when the line does not exist. With a
 * `width`, both lines fit in that many columns (a long line is cut to a window around the span).
 *
 * @example
 * sourceSnippet('a\n  hạn trước 20/5\n', { file: 'f', line: 2, col: 3, length: 3 })
 * // => [' 2 |   hạn trước 20/5', '   |   ^^^']
 */
export function sourceSnippet(text: string, span: SourceSpan, width?: number): string[] {
  const lines = text.split(/\r?\n/);
  const line = lines[span.line - 1];
  if (line === undefined) return [];
  const gutter = String(span.line).length + 1;
  // Both lines put their bar in the same column: ` 12 | text` above `    | ^^^`.
  const col = Math.max(1, Math.min(span.col, line.length + 1));
  const rest = line.length - (col - 1);
  // Without a length, underline the word at the column.
  const word = /^\S+/.exec(line.slice(col - 1))?.[0].length ?? 1;
  const underline = Math.max(1, Math.min(span.length ?? word, Math.max(1, rest)));
  // Long lines (activity texts run to a paragraph) are cut to a window around the span.
  // The gutter, ` | ` and the two `…` an excerpt may add take their columns from the width.
  const excerpt =
    width === undefined
      ? excerptLine(line, col - 1, underline)
      : excerptLine(line, col - 1, underline, Math.max(20, width - gutter - 3 - 2));
  return [
    `${' '.repeat(gutter - String(span.line).length)}${span.line} | ${excerpt.text}`,
    `${' '.repeat(gutter)} | ${' '.repeat(excerpt.column)}${'^'.repeat(excerpt.width)}`,
  ];
}

/**
 * `file:line:col`.
 *
 * @example
 * formatLocation({ file: 'a.tdkt', line: 3, col: 5 }) // => 'a.tdkt:3:5'
 */
export function formatLocation(span: SourceSpan): string {
  return `${span.file}:${span.line}:${span.col}`;
}
