// Test helpers for packages that build on the language (`@tdkt/language/test`).
import type { Diagnostic } from '@tdkt/calendar';
import { type AnalysisResult, analyze, type ReadFile } from '../analysis/workspace.js';
import type { SourceFile } from '../ast/index.js';
import { parse } from '../syntax/parse.js';

/** Removes indentation common to all non-blank lines, so tests can write files inline. */
export function dedent(text: string): string {
  const lines = text.replace(/^\n/u, '').split('\n');
  const indents = lines.filter((l) => l.trim() !== '').map((l) => /^[ \t]*/u.exec(l)![0].length);
  const cut = indents.length > 0 ? Math.min(...indents) : 0;
  return lines.map((l) => l.slice(cut)).join('\n');
}

/**
 * Parses and analyses `text`; throws (in tests) listing the diagnostics if there is any error.
 *
 * @example
 * const { model } = parseOk('kế hoạch "KH"\n  năm 2024\n')
 */
export function parseOk(text: string, file = 'test.tdkt', readFile?: ReadFile): AnalysisResult & { ast: SourceFile } {
  const result = analyze(text, file, readFile);
  const errors = result.diagnostics.filter((d) => d.severity === 'error');
  if (errors.length > 0)
    throw new Error(
      `expected no errors, got:\n${errors.map((d) => `${d.code} ${JSON.stringify(d.data)} @${d.span.start}`).join('\n')}`,
    );
  return { ...result, ast: result.files.get(file)!.ast };
}

/** Every diagnostic of `text` (parse and analysis). */
export function diagnosticsOf(text: string, file = 'test.tdkt', readFile?: ReadFile): readonly Diagnostic[] {
  return analyze(text, file, readFile).diagnostics;
}

/** The codes of `text`'s diagnostics, sorted by position. */
export function codesOf(text: string, file = 'test.tdkt'): string[] {
  return diagnosticsOf(text, file).map((d) => d.code);
}

/**
 * Throws unless `text` yields exactly these codes (in position order).
 *
 * @example
 * expectCodes('kế hoạch "KH"\n', ['validate.no-period'])
 */
export function expectCodes(text: string, codes: readonly string[], file = 'test.tdkt'): void {
  const got = codesOf(text, file);
  if (JSON.stringify(got) !== JSON.stringify(codes))
    throw new Error(`expected codes ${JSON.stringify(codes)}, got ${JSON.stringify(got)}`);
}

/** The AST without spans and with calendar-parsed phrase texts dropped: equal across vi/ascii/en spellings (the formatter's own). */
export { stripSpans } from '../format/ast-equal.js';

/** Parses without analysis (for syntax-only tests). */
export function parseAst(text: string, file = 'test.tdkt'): SourceFile {
  return parse(text, file).ast;
}
