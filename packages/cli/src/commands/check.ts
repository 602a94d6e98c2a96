// `tdkt check FILE...`: parse and validate workflow files; every problem with its position, source line and caret.
import {
  diagnosticHelp,
  diagnosticMessage,
  type FileDiagnostic,
  loadWorkspace,
  renderDiagnostic,
} from '@tdkt/language';
import { fileReader } from '../files.js';
import { type CliIo, ExitCode } from '../io.js';
import { say } from '../messages/catalog.js';
import type { CommandInput } from '../spec.js';

/**
 * Runs the check. Exit 0 when there are no errors (warnings allowed), 2 on any error or a missing file.
 *
 * @example
 * await run({ command: 'check', positionals: ['kh.tdkt'], options: {}, lang: 'vi' }, io)
 */
export async function run(input: CommandInput, io: CliIo): Promise<ExitCode> {
  const result = loadWorkspace(input.positionals, fileReader(io.cwd));
  const errors = result.diagnostics.filter((d) => d.severity === 'error').length;
  const warnings = result.diagnostics.filter((d) => d.severity === 'warning').length;
  const infos = result.diagnostics.filter((d) => d.severity === 'info').length;
  if (input.options['json'] === true) {
    const list = result.diagnostics.map((d) => json(d, result.files.get(d.file)?.index, input.lang));
    io.stdout(
      `${JSON.stringify({ files: [...result.files.keys()], errors, warnings, infos, diagnostics: list }, null, 2)}\n`,
    );
    return errors > 0 ? ExitCode.BadInput : ExitCode.Ok;
  }
  for (const d of result.diagnostics) {
    const file = result.files.get(d.file);
    const text = file
      ? renderDiagnostic(d, d.file, file.index, { lang: input.lang })
      : `${d.file}:1:1: ${d.severity} ${d.code}: ${diagnosticMessage(d, input.lang)}`;
    io.stdout(`${text}\n`);
  }
  const n = result.files.size;
  io.stdout(`${say(input.lang, 'check.summary', { errors, warnings, infos, files: n })}\n`);
  return errors > 0 ? ExitCode.BadInput : ExitCode.Ok;
}

function json(
  d: FileDiagnostic,
  index: { lineCol(o: number): { line: number; col: number } } | undefined,
  lang: 'vi' | 'en',
): Record<string, unknown> {
  const pos = index?.lineCol(d.span.start) ?? { line: 1, col: 1 };
  const end = index?.lineCol(d.span.end) ?? pos;
  const help = diagnosticHelp(d, lang);
  return {
    file: d.file,
    line: pos.line,
    col: pos.col,
    endLine: end.line,
    endCol: end.col,
    severity: d.severity,
    code: d.code,
    message: diagnosticMessage(d, lang),
    ...(help ? { help } : {}),
    data: d.data,
  };
}
