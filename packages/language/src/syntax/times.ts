// After parsing: hands every time and duration phrase to the calendar's parser and keeps its result.
import { type Diagnostic, parseDuration, parseTimePhrase, shiftDiagnostic } from '@tdkt/calendar';
import type { DurationPhrase, SourceFile, TimePhrase, Value } from '../ast/index.js';
import type { LineMemo } from './line-memo.js';

const NAME_ONLY = /^[\p{L}_][\p{L}\p{M}\p{N}_]*$/u;

/** Whether a phrase is a lone name, which may be a procedure parameter (`hạn hạn_tổ`) rather than a time. */
export function isNameOnly(text: string): boolean {
  return NAME_ONLY.test(text);
}

/**
 * Parses each `Time` and `Duration` node's text with `@tdkt/calendar` and stores the expression in `expr`
 * (its spans are relative to the phrase). Calendar diagnostics are moved to file offsets. A lone name is
 * left for analysis (it may be a parameter) unless the calendar reads it.
 *
 * @example
 * attachTimes(ast, diagnostics) // every Time node gets `expr` when the calendar parses it
 */
export function attachTimes(file: SourceFile, diagnostics: Diagnostic[], memo?: LineMemo): void {
  // The calendar's readings are pure functions of the phrase's text: an editor's memo keeps them.
  const readTime = memo ? (text: string) => memo.phrase('t', text, () => parseTimePhrase(text)) : parseTimePhrase;
  const readDuration = memo ? (text: string) => memo.phrase('d', text, () => parseDuration(text)) : parseDuration;
  const visit = (node: unknown): void => {
    if (Array.isArray(node)) {
      for (const x of node) visit(x);
      return;
    }
    if (node === null || typeof node !== 'object') return;
    const n = node as { kind?: unknown };
    if (n.kind === 'Time') attachTime(node as TimePhrase, diagnostics, readTime);
    else if (n.kind === 'Duration') attachDuration(node as DurationPhrase, diagnostics, readDuration);
    else if (n.kind === 'Value' && (node as Value).type === 'phrase')
      attachValue(node as Extract<Value, { type: 'phrase' }>, readTime, readDuration);
    else for (const value of Object.values(node)) if (value !== null && typeof value === 'object') visit(value);
  };
  visit(file.items);
}

type ReadTime = typeof parseTimePhrase;
type ReadDuration = typeof parseDuration;

function attachTime(node: TimePhrase, diagnostics: Diagnostic[], readTime: ReadTime): void {
  const { expr, diagnostics: ds } = readTime(node.text);
  if (isNameOnly(node.text) && (expr === undefined || ds.length > 0)) return;
  if (expr !== undefined) node.expr = expr;
  for (const d of ds) diagnostics.push(shiftDiagnostic(d, node.span.start));
}

function attachDuration(node: DurationPhrase, diagnostics: Diagnostic[], readDuration: ReadDuration): void {
  if (isNameOnly(node.text)) return;
  const { duration, diagnostics: ds } = readDuration(node.text);
  if (duration !== undefined) node.expr = duration;
  for (const d of ds) diagnostics.push(shiftDiagnostic(d, node.span.start));
}

/** A parameter value written as a phrase: keep the calendar's reading (time first, then duration), silently. */
function attachValue(node: Extract<Value, { type: 'phrase' }>, readTime: ReadTime, readDuration: ReadDuration): void {
  const time = readTime(node.value);
  if (time.expr !== undefined && time.diagnostics.length === 0) {
    node.expr = time.expr;
    return;
  }
  const duration = readDuration(node.value);
  if (duration.duration !== undefined) node.expr = duration.duration;
}
