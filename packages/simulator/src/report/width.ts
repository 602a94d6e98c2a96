// Terminal text by display width: Vietnamese marks take no column, CJK takes two; cutting and wrapping to a width.

/** Combining marks (Vietnamese text in NFD), zero-width spaces and joiners, the BOM: no column. */
const ZERO_WIDTH = /^[\p{Mn}\p{Me}\u200B-\u200F\u2060\uFEFF]$/u;
/** East Asian wide and fullwidth characters, and emoji: two columns. */
const WIDE =
  /^[\u1100-\u115F\u2E80-\u303E\u3041-\u33FF\u3400-\u4DBF\u4E00-\u9FFF\uA000-\uA4CF\uAC00-\uD7A3\uF900-\uFAFF\uFE30-\uFE4F\uFF00-\uFF60\uFFE0-\uFFE6\u{1F300}-\u{1F64F}\u{1F900}-\u{1F9FF}\u{20000}-\u{3FFFD}]$/u;
/** Text every character of which takes exactly one column (the common case, measured without a loop). */
const NARROW = /^[\x20-\x7E\u00A0-\u02FF\u1E00-\u1EFF\u2010-\u2027\u2190-\u21FF\u2500-\u25FF]*$/u;

const charWidth = (ch: string): number => (ZERO_WIDTH.test(ch) ? 0 : WIDE.test(ch) ? 2 : 1);

/**
 * The columns `text` takes in a terminal: "Hội đồng" is 8 whether written in NFC or NFD.
 *
 * @example
 * displayWidth('Hội đồng'.normalize('NFD')) // => 8
 */
export function displayWidth(text: string): number {
  if (NARROW.test(text)) return text.length;
  let width = 0;
  for (const ch of text) width += charWidth(ch);
  return width;
}

/**
 * The longest start of `text` that fits in `width` columns (marks stay with their letter).
 *
 * @example
 * headToWidth('Trường THCS', 6) // => 'Trường'
 */
export function headToWidth(text: string, width: number): string {
  let used = 0;
  let end = 0;
  for (const ch of text) {
    const w = charWidth(ch);
    if (used + w > width) break;
    used += w;
    end += ch.length;
  }
  return text.slice(0, end);
}

/**
 * The longest end of `text` that fits in `width` columns (a letter is kept with its marks or not at all).
 *
 * @example
 * tailToWidth('khen@hồ_sơ.sở_xét', 6) // => 'sở_xét'
 */
export function tailToWidth(text: string, width: number): string {
  const chars = [...text];
  let used = 0;
  let start = chars.length;
  // Walking back we meet a letter's marks before the letter: they are kept exactly when the letter is.
  for (let i = chars.length - 1; i >= 0; i--) {
    const w = charWidth(chars[i] as string);
    if (w === 0) continue;
    if (used + w > width) break;
    used += w;
    start = i;
  }
  return chars.slice(start).join('');
}

/**
 * Parts joined by `separator` into lines of at most `width` columns; a continuation line starts with
 * `indent`. A part wider than the line stays whole.
 *
 * @example
 * wrapWords('một hai ba bốn'.split(' '), 8, '  ', ' ') // => ['một hai', '  ba bốn']
 */
export function wrapWords(parts: readonly string[], width: number, indent: string, separator: string): string[] {
  const lines: string[] = [];
  let line = '';
  for (const part of parts) {
    const next = line === '' ? part : `${line}${separator}${part}`;
    if (displayWidth(next) > width && line !== '') {
      lines.push(line);
      line = `${indent}${part}`;
    } else line = next;
  }
  if (line !== '') lines.push(line);
  return lines;
}

/**
 * A line of text wrapped at spaces to `width` columns, continuation lines indented by `indent`.
 *
 * @example
 * wrapLine('✔ Hoàn thành: không có vấn đề', 16, '  ') // => ['✔ Hoàn thành:', '  không có vấn đề']
 */
export function wrapLine(text: string, width: number, indent: string): string[] {
  return displayWidth(text) <= width ? [text] : wrapWords(text.split(' '), width, indent, ' ');
}
