// Prints the language's diagnostics the way every command does: file:line:col, code, message, caret.
import { type AnalysisResult, diagnosticMessage, renderDiagnostic } from '@tdkt/language';
import type { CliIo, Lang } from './io.js';

/**
 * Prints every diagnostic of an analysis to stderr and returns the number of errors.
 *
 * @example
 * if (printDiagnostics(result, io, 'vi') > 0) return ExitCode.BadInput;
 */
export function printDiagnostics(
  result: AnalysisResult,
  io: CliIo,
  lang: Lang,
  only: 'errors' | 'all' = 'all',
): number {
  let errors = 0;
  for (const d of result.diagnostics) {
    if (d.severity === 'error') errors++;
    else if (only === 'errors') continue;
    const file = result.files.get(d.file);
    io.stderr(
      `${file ? renderDiagnostic(d, d.file, file.index, { lang }) : `${d.file}:1:1: ${d.severity} ${d.code}: ${diagnosticMessage(d, lang)}`}\n`,
    );
  }
  return errors;
}
