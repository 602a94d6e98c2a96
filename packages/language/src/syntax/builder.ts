// Shared machinery of the block walkers: lexing a line, running a line grammar, reporting unknown lines.
import type { Diagnostic } from '@tdkt/calendar';
import { suggestKeyword } from '../diagnostics/suggest.js';
import type { LineNode } from './layout.js';
import type { LineMemo } from './line-memo.js';
import { type P, runLine } from './parsec.js';
import { K, kwId, lexFolded, linkAt, type Tok } from './tokens.js';

export class Builder {
  readonly diagnostics: Diagnostic[] = [];

  /** `memo`: line results of earlier parses to reuse (an editor's re-parse after a keystroke). */
  constructor(private readonly memo?: LineMemo) {}

  /** Tokens of a line (lexed on demand). */
  tokens(node: LineNode): Tok | undefined {
    const folded = this.memo ? this.memo.tokens(node.text, () => lexFolded(node.text)) : lexFolded(node.text);
    return linkAt(folded, node.start);
  }

  /** Runs a line grammar; on failure records the diagnostic and returns undefined. */
  run<R>(parser: P<R>, node: LineNode, first: Tok | undefined, expected: string): R | undefined {
    // A line's result depends on its text only; the memo moves a known one to where the line now starts.
    const out = this.memo
      ? this.memo.outcome(parser, expected, node.text, node.start, () => runLine(parser, first, node, expected))
      : runLine(parser, first, node, expected);
    if (out.ok) return out.value;
    this.diagnostics.push(out.diagnostic);
    return undefined;
  }

  /** A line this context does not accept; suggests the nearest allowed keyword. */
  unknownLine(node: LineNode, first: Tok | undefined, context: string, allowed: readonly string[]): void {
    const words: string[] = [];
    let end = node.start;
    for (let t = first; t && words.length < 3 && (t.kind === K.word || kwId(t) !== undefined); t = t.next) {
      words.push(t.text);
      end = t.end;
    }
    const id = kwId(first);
    if (first && id !== undefined && !allowed.includes(id)) {
      this.diagnostics.push({
        code: 'syntax.misplaced-keyword',
        severity: 'error',
        span: { start: first.pos.index, end: first.end },
        data: { found: first.text, context },
      });
      return;
    }
    const suggestion = words.length > 0 ? suggestKeyword(words, allowed) : undefined;
    const firstEnd = first ? first.end : node.end;
    this.diagnostics.push({
      code: 'syntax.unknown-line',
      severity: 'error',
      span: { start: node.start, end: suggestion ? Math.max(end, firstEnd) : firstEnd },
      data: { context, found: first ? first.text : '', ...(suggestion ? { suggestion } : {}) },
    });
  }

  /** Children a construct does not accept at all. */
  noChildren(node: LineNode, context: string): void {
    for (const child of node.children) {
      this.diagnostics.push({
        code: 'layout.unexpected-child',
        severity: 'error',
        span: { start: child.start, end: child.end },
        data: { context },
      });
    }
  }

  duplicate(what: string, span: { start: number; end: number }): void {
    this.diagnostics.push({ code: 'syntax.duplicate-clause', severity: 'error', span, data: { clause: what } });
  }
}
