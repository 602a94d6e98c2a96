// Edits that cannot change an analysis: typing inside a string's text or a comment moves the diagnostics after it, nothing else.
import type { EditorDiagnostic, Range } from './protocol.js';
import type { DocumentText } from './text.js';

/** The one region where two texts differ: `[start, oldEnd)` of the old became `[start, newEnd)` of the new. */
export interface ChangedRegion {
  readonly start: number;
  readonly oldEnd: number;
  readonly newEnd: number;
}

/**
 * The smallest region outside which two texts are equal (common prefix and suffix).
 *
 * @example
 * changedRegion('do "ab" x', 'do "abc" x') // => { start: 6, oldEnd: 6, newEnd: 7 }
 */
export function changedRegion(a: string, b: string): ChangedRegion {
  let start = 0;
  const max = Math.min(a.length, b.length);
  while (start < max && a.charCodeAt(start) === b.charCodeAt(start)) start++;
  let endA = a.length;
  let endB = b.length;
  while (endA > start && endB > start && a.charCodeAt(endA - 1) === b.charCodeAt(endB - 1)) {
    endA--;
    endB--;
  }
  return { start, oldEnd: endA, newEnd: endB };
}

/** Characters that change how a line is read when typed or deleted inside a string or a comment. */
const STRUCTURAL = /["“”\\\r\n#]/u;

/**
 * Whether `[start, end)` of a line lies inside the text of one string (between its quotes) or inside a
 * comment, read as the language reads lines: `"…"` with `\` escapes, and `#` or `//` outside strings (curly
 * quotes are no string delimiters: the language reports them).
 */
function insideTextOrComment(line: string, start: number, end: number): boolean {
  let i = 0;
  while (i < line.length) {
    const c = line[i]!;
    if (c === '#' || (c === '/' && line[i + 1] === '/')) return start > i;
    if (c === '"') {
      let j = i + 1;
      while (j < line.length && line[j] !== '"') j += line[j] === '\\' ? 2 : 1;
      if (start > i && end <= j) return true;
      i = j + 1;
      continue;
    }
    i++;
  }
  return false;
}

/**
 * The diagnostics of `now` from those of `old` when the only change between them is text typed or deleted
 * inside one string or one comment of one line (no quote, backslash, `#` or line break typed or removed), on
 * a line that is not a `dùng` import: such an edit changes no name, time or structure, so the analysis of
 * `old` holds and only the ranges after the edit move. Undefined when that is not so (analyse again).
 *
 * @example
 * shiftedDiagnostics(oldText, newText, diagnostics) // the same diagnostics, those after the edit moved
 */
export function shiftedDiagnostics(
  old: DocumentText,
  now: DocumentText,
  diagnostics: readonly EditorDiagnostic[],
): EditorDiagnostic[] | undefined {
  if (old.text === now.text) return [...diagnostics];
  if (old.nfc !== old.text || now.nfc !== now.text) return undefined;
  const r = changedRegion(old.text, now.text);
  if (STRUCTURAL.test(old.text.slice(r.start, r.oldEnd)) || STRUCTURAL.test(now.text.slice(r.start, r.newEnd)))
    return undefined;
  const { column, text } = old.nfcLineAt(r.start);
  const lineStart = r.start - column;
  if (r.oldEnd > lineStart + text.length) return undefined;
  if (/^\s*(?:dùng|dung|use)\s/iu.test(text)) return undefined;
  if (!insideTextOrComment(text, column, r.oldEnd - lineStart)) return undefined;
  const delta = r.newEnd - r.oldEnd;
  // A range starting inside the edit starts where it starts; one ending inside it ends where the new text ends.
  const moveStart = (o: number): number => (o <= r.start ? o : o >= r.oldEnd ? o + delta : r.start);
  const moveEnd = (o: number): number => (o <= r.start ? o : o >= r.oldEnd ? o + delta : r.newEnd);
  const range = (x: Range): Range => ({
    start: now.position(moveStart(old.offsetAt(x.start))),
    end: now.position(moveEnd(old.offsetAt(x.end))),
  });
  return diagnostics.map((d) => ({ ...d, range: range(d.range) }));
}
