// Re-emits a parsed file line by line: canonical indentation, respelt lines, split clauses, comments, blanks.
import type { SourceFile } from '../ast/index.js';
import { useSource } from '../syntax/combinators.js';
import { type LineNode, layout } from '../syntax/layout.js';
import { lexLine } from '../syntax/tokens.js';
import { type ClauseLine, lineClauses } from './clauses.js';
import { formatRange, type SpellingPolicy } from './segments.js';

export interface RenderSettings {
  readonly indent: string;
  readonly newline: string;
  readonly policy: SpellingPolicy;
  /** Put one clause per line on steps and activities. */
  readonly splitClauses: boolean;
}

interface CodeLine {
  readonly node: LineNode;
  readonly depth: number;
  readonly parent: CodeLine | undefined;
  readonly kind: ClauseLine | undefined;
}

/** Head lines of steps and activities, by their start offset (their AST span starts there). */
function clauseHeads(ast: SourceFile): Map<number, 'step' | 'activity'> {
  const heads = new Map<number, 'step' | 'activity'>();
  const visit = (node: unknown): void => {
    if (Array.isArray(node)) {
      node.forEach(visit);
      return;
    }
    if (node === null || typeof node !== 'object') return;
    const n = node as { kind?: unknown; span?: { start: number } };
    if (n.kind === 'Step' && n.span) heads.set(n.span.start, 'step');
    if (n.kind === 'Activity' && n.span) heads.set(n.span.start, 'activity');
    for (const v of Object.values(node)) if (v !== null && typeof v === 'object') visit(v);
  };
  visit(ast.items);
  return heads;
}

function codeLines(text: string, ast: SourceFile): Map<number, CodeLine> {
  const heads = clauseHeads(ast);
  const byLine = new Map<number, CodeLine>();
  const walk = (nodes: readonly LineNode[], depth: number, parent: CodeLine | undefined): void => {
    for (const node of nodes) {
      const head = heads.get(node.start);
      const parentHead = parent?.kind?.endsWith('-head') ? parent.kind : undefined;
      const kind: ClauseLine | undefined = head
        ? `${head}-head`
        : parentHead === 'step-head'
          ? 'step-more'
          : parentHead === 'activity-head'
            ? 'activity-more'
            : undefined;
      const line: CodeLine = { node, depth, parent, kind };
      byLine.set(node.line, line);
      walk(node.children, depth + 1, line);
    }
  };
  walk(layout(text).roots, 0, undefined);
  return byLine;
}

/**
 * Depth of a comment-only line: the next code line's, unless the comment is indented deeper than that
 * line, in which case it stays with the previous code line (one deeper when indented past it).
 */
function commentDepth(indent: number, prev: CodeLine | undefined, next: CodeLine | undefined): number {
  if (next && (indent <= next.node.indent || !prev)) return next.depth;
  if (!prev) return 0;
  if (indent > prev.node.indent) return prev.depth + 1;
  let a = prev;
  while (a.parent && a.node.indent > indent) a = a.parent;
  return a.depth;
}

/** One code line's output lines as [depth, text] pairs (a split line gives several). */
function renderCode(line: CodeLine, text: string, settings: RenderSettings): Array<[number, string]> {
  const { node } = line;
  const first = lexLine(node.text, node.start);
  const range = (from: number, to: number): string => formatRange(first, from, to, text, settings.policy);
  const clauses = settings.splitClauses && line.kind ? lineClauses(line.kind, first, node) : undefined;
  if (!clauses || clauses.length === 0) return [[line.depth, range(node.start, node.end)]];
  if (line.kind === 'step-more' || line.kind === 'activity-more') {
    return clauses.map((c) => [line.depth, range(c.start, c.end)]);
  }
  const head = [
    range(node.start, clauses[0]!.start),
    ...clauses.filter((c) => c.keepOnHead).map((c) => range(c.start, c.end)),
  ];
  const moved = clauses
    .filter((c) => !c.keepOnHead)
    .map((c): [number, string] => [line.depth + 1, range(c.start, c.end)]);
  return [[line.depth, head.filter((s) => s !== '').join(' ')], ...moved];
}

/**
 * The formatted text of a file that parsed without syntax errors (`text` is its NFC text, `ast` its AST).
 *
 * @example
 * renderFile(parsed.text, parsed.ast, settings)
 */
export function renderFile(text: string, ast: SourceFile, settings: RenderSettings): string {
  useSource({ text });
  const lines = codeLines(text, ast);
  const raw = text.split('\n');
  const out: string[] = [];
  let blank = false;
  let prev: CodeLine | undefined;
  let offset = 0;
  const emit = (depth: number, content: string): void => {
    if (blank && out.length > 0) out.push('');
    blank = false;
    out.push(settings.indent.repeat(depth) + content);
  };
  raw.forEach((rawLine, lineNo) => {
    const lineStart = offset;
    offset += rawLine.length + 1;
    const code = lines.get(lineNo);
    if (code) {
      const comment = rawLine.slice(code.node.end - lineStart).trim();
      renderCode(code, text, settings).forEach(([depth, content], i) => {
        emit(depth, i === 0 && comment !== '' ? `${content} ${comment}` : content);
      });
      prev = code;
      return;
    }
    const trimmed = rawLine.trim();
    if (trimmed === '') {
      blank = true;
      return;
    }
    const indent = rawLine.length - rawLine.trimStart().length;
    let next: CodeLine | undefined;
    for (let n = lineNo + 1; n < raw.length && !next; n++) next = lines.get(n);
    emit(commentDepth(indent, prev, next), trimmed);
  });
  return out.length === 0 ? '' : out.join(settings.newline) + settings.newline;
}
