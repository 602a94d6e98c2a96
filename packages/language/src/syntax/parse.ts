// parse(text, file): NFC-normalise, lay out lines, parse every top-level block with recovery.
import type { Diagnostic } from '@tdkt/calendar';
import type { SourceFile, TopItem } from '../ast/index.js';
import { blockSpan, buildOrganisation, buildPlan } from './build-plan.js';
import { buildProcedure } from './build-procedure.js';
import { Builder } from './builder.js';
import { useSource } from './combinators.js';
import { layout } from './layout.js';
import type { LineMemo } from './line-memo.js';
import * as L from './lines.js';
import { attachTimes } from './times.js';
import { kwId } from './tokens.js';

export interface ParseResult {
  readonly ast: SourceFile;
  /** The NFC text every span points into (render diagnostics against this, not the raw input). */
  readonly text: string;
  readonly diagnostics: Diagnostic[];
}

export interface ParseOptions {
  /** Line results of earlier parses to reuse (`createLineMemo`): the result is the same, only faster. */
  readonly memo?: LineMemo;
}

const TOP_KEYWORDS = ['use', 'organisation', 'plan', 'procedure'];

/** NFC, without a byte-order mark; line ends kept (CRLF is handled by the layout). */
export function normalizeSource(text: string): string {
  return (text.charCodeAt(0) === 0xfeff ? text.slice(1) : text).normalize('NFC');
}

/** The most lone surrogates reported in one file (a text full of them gets the first ones). */
const MAX_SURROGATE_REPORTS = 20;

/**
 * Lone UTF-16 surrogates (never in text read from UTF-8, but possible from an editor or the API): each is
 * `syntax.lone-surrogate`, since a name holding one would not survive storage as UTF-8.
 *
 * @example
 * loneSurrogates('a\uD800b') // => [syntax.lone-surrogate at 1–2, { unit: 'U+D800' }]
 */
function loneSurrogates(text: string): Diagnostic[] {
  const out: Diagnostic[] = [];
  // With the `u` flag a well-formed pair is one code point, so this class matches lone halves only.
  for (const m of text.matchAll(/[\uD800-\uDFFF]/gu)) {
    const unit = `U+${m[0].charCodeAt(0).toString(16).toUpperCase()}`;
    out.push({
      code: 'syntax.lone-surrogate',
      severity: 'error',
      span: { start: m.index, end: m.index + 1 },
      data: { unit },
    });
    if (out.length === MAX_SURROGATE_REPORTS) break;
  }
  return out;
}

/**
 * Parses one file. Never throws on user input: every problem is a diagnostic, and a broken line or block
 * does not hide the errors of the next ones.
 *
 * @example
 * parse('kế hoạch "KH"\n  năm 2024\n', 'a.tdkt').diagnostics // => []
 * parse(edited, 'a.tdkt', { memo }) // an editor's re-parse: unchanged lines are not parsed again
 */
export function parse(input: string, file: string, options: ParseOptions = {}): ParseResult {
  const text = normalizeSource(input);
  useSource({ text });
  const { roots, diagnostics: layoutDiagnostics } = layout(text);
  options.memo?.begin();
  const b = new Builder(options.memo);
  const items: TopItem[] = [];
  let plans = 0;
  for (const node of roots) {
    const t = b.tokens(node);
    switch (kwId(t)) {
      case 'use': {
        b.noChildren(node, 'use');
        const u = b.run(L.useLine, node, t, 'string');
        if (u) items.push(u);
        break;
      }
      case 'organisation':
        items.push(buildOrganisation(b, node));
        break;
      case 'plan': {
        const p = buildPlan(b, node, t);
        if (p && ++plans > 1)
          b.diagnostics.push({ code: 'syntax.second-plan', severity: 'error', span: p.title.span, data: {} });
        if (p) items.push(p);
        break;
      }
      case 'procedure': {
        const p = buildProcedure(b, node, t);
        if (p) items.push(p);
        break;
      }
      default:
        b.unknownLine(node, t, 'file', TOP_KEYWORDS);
    }
  }
  const span =
    roots.length > 0 ? { start: roots[0]!.start, end: blockSpan(roots[roots.length - 1]!).end } : { start: 0, end: 0 };
  const ast: SourceFile = { kind: 'File', file, items, span };
  attachTimes(ast, b.diagnostics, options.memo);
  const diagnostics = [...loneSurrogates(text), ...layoutDiagnostics, ...b.diagnostics].sort(
    (x, y) => x.span.start - y.span.start,
  );
  return { ast, text, diagnostics };
}
