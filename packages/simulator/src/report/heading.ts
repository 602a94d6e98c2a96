// The heading line of one plan's text report (`═══ file — title`), fitted to the report's 100 columns.
import { TEXT_WIDTH } from './population-text.js';
import { clip } from './table.js';
import { wrapWords } from './width.js';

/**
 * `═══ file — title` within 100 display columns: a long title wraps at spaces onto lines indented under
 * the file name; a file name too long for a line is shortened in its middle.
 *
 * @example
 * reportHeading('kh.tdkt', 'Kế hoạch thi đua') // => ['═══ kh.tdkt — Kế hoạch thi đua']
 */
export function reportHeading(file: string, title: string): string[] {
  const head = `═══ ${clip(file, TEXT_WIDTH - 6, 'middle')} —`;
  const words = title.split(/\s+/u).filter((w) => w !== '');
  // A single word wider than a line is clipped: nothing in the heading may pass the report's width.
  const parts = [head, ...words.map((w) => clip(w, TEXT_WIDTH - 4))];
  return wrapWords(parts, TEXT_WIDTH, '    ', ' ');
}
