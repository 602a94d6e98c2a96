// Splits a file into logical lines (comments stripped) and nests them by indentation into a tree.
import type { Diagnostic } from '@tdkt/calendar';

/** One non-blank line: its content range (absolute offsets, comment and trailing blanks excluded). */
export interface LineNode {
  readonly line: number;
  readonly indent: number;
  readonly start: number;
  readonly end: number;
  readonly text: string;
  readonly children: LineNode[];
}

/**
 * Builds the indentation tree. Tabs and spaces must not be mixed in one file (the first indented line
 * decides); a dedent must return to a column some enclosing line uses.
 *
 * @example
 * layout('a\n  b\n').roots[0]?.children.length // => 1
 */
export function layout(text: string): { roots: LineNode[]; diagnostics: Diagnostic[] } {
  const diagnostics: Diagnostic[] = [];
  const roots: LineNode[] = [];
  const stack: LineNode[] = [];
  let indentChar: string | undefined;
  let offset = 0;
  let lineNo = 0;
  while (offset <= text.length) {
    const nl = text.indexOf('\n', offset);
    const lineEnd = nl === -1 ? text.length : nl;
    const raw = text.slice(offset, lineEnd);
    const contentEnd = offset + commentStart(raw);
    let i = 0;
    while (i < raw.length && (raw[i] === ' ' || raw[i] === '\t')) i++;
    let end = contentEnd;
    while (end > offset + i && /\s/u.test(text[end - 1]!)) end--;
    if (end > offset + i) {
      const ws = raw.slice(0, i);
      if (ws.length > 0) {
        const kinds = new Set(ws);
        if (kinds.size > 1 || (indentChar !== undefined && !kinds.has(indentChar))) {
          diagnostics.push({
            code: 'layout.mixed-indent',
            severity: 'error',
            span: { start: offset, end: offset + i },
            data: { first: indentChar === '\t' ? 'tab' : 'space' },
          });
        } else indentChar ??= ws[0];
      }
      const node: LineNode = {
        line: lineNo,
        indent: i,
        start: offset + i,
        end,
        text: text.slice(offset + i, end),
        children: [],
      };
      let dedented = false;
      while (stack.length > 0 && stack[stack.length - 1]!.indent > i) {
        stack.pop();
        dedented = true;
      }
      const top = stack[stack.length - 1];
      if (top !== undefined && top.indent === i) stack.pop();
      else if (dedented && (top !== undefined ? top.indent < i : i > 0)) {
        // Dedented to a column no enclosing line uses: attach to the nearest enclosing line anyway.
        diagnostics.push({
          code: 'layout.bad-dedent',
          severity: 'error',
          span: { start: offset, end: offset + i },
          data: {},
        });
      }
      if (stack.length === 0) roots.push(node);
      else stack[stack.length - 1]!.children.push(node);
      stack.push(node);
    }
    if (nl === -1) break;
    offset = nl + 1;
    lineNo++;
  }
  return { roots, diagnostics };
}

/** Index of a `#` or `//` comment outside strings, or the line length. */
function commentStart(line: string): number {
  let inString = false;
  for (let i = 0; i < line.length; i++) {
    const c = line[i];
    if (inString) {
      if (c === '\\') i++;
      else if (c === '"') inString = false;
    } else if (c === '"') inString = true;
    else if (c === '#' || (c === '/' && line[i + 1] === '/')) return i;
  }
  return line.length;
}
