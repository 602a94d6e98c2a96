// Renders diagnostics as `file:line:col: error CODE: message`, the source line and a caret underline.
import { type Diagnostic, escapeControls, type Lang, type MessageTemplate, phraseMessages } from '@tdkt/calendar';
import { excerptLine } from './excerpt.js';
import { LineIndex } from './line-index.js';
import { languageMessages } from './messages.js';

/** A diagnostic with the file it belongs to (what analysis returns for a workspace). */
export interface FileDiagnostic extends Diagnostic {
  readonly file: string;
}

function template(code: string): MessageTemplate | undefined {
  return languageMessages[code] ?? phraseMessages[code];
}

/**
 * The message of a diagnostic in one language (without position), e.g. for JSON output.
 *
 * @example
 * diagnosticMessage({ code: 'syntax.second-plan', severity: 'error', span: { start: 0, end: 1 }, data: {} }, 'en') // => 'a file holds one plan only'
 */
export function diagnosticMessage(d: Diagnostic, lang: Lang): string {
  const t = template(d.code);
  return t ? t[lang](d.data) : d.code;
}

/** The help line of a diagnostic, or '' when it has none. */
export function diagnosticHelp(d: Diagnostic, lang: Lang): string {
  return template(d.code)?.help?.[lang](d.data) ?? '';
}

export interface RenderOptions {
  readonly lang: Lang;
  /** Show the source line and caret (default true). */
  readonly source?: boolean;
}

/**
 * One diagnostic as text:
 * ```
 * kh.tdkt:12:5: error link.unknown-name: không có bước `tổ_xet`
 *    12 |     duyệt -> tổ_xet
 *       |              ^^^^^^
 *       = gợi ý: có phải ý bạn là `tổ_xét`?
 * ```
 *
 * @example
 * renderDiagnostic(d, 'kh.tdkt', new LineIndex(text), { lang: 'vi' })
 */
export function renderDiagnostic(d: Diagnostic, file: string, index: LineIndex, options: RenderOptions): string {
  const { line, col } = index.lineCol(d.span.start);
  // Names and words quoted from the input may hold ESC, CR or bidi overrides: never echoed raw.
  const head = escapeControls(`${file}:${line}:${col}: ${d.severity} ${d.code}: ${diagnosticMessage(d, options.lang)}`);
  if (options.source === false) return head;
  const lines = [head];
  const src = index.lineText(line);
  const gutter = String(line).length + 1;
  const endOnLine = Math.min(d.span.end, d.span.start + Math.max(0, src.length - col + 1));
  const excerpt = excerptLine(src, col - 1, Math.max(1, endOnLine - d.span.start));
  lines.push(`${String(line).padStart(gutter)} | ${excerpt.text}`);
  lines.push(`${' '.repeat(gutter)} | ${' '.repeat(excerpt.column)}${'^'.repeat(excerpt.width)}`);
  const help = diagnosticHelp(d, options.lang);
  if (help !== '')
    lines.push(`${' '.repeat(gutter)} = ${options.lang === 'vi' ? 'gợi ý' : 'help'}: ${escapeControls(help)}`);
  const via = d.data['via'];
  if (typeof via === 'string')
    lines.push(
      `${' '.repeat(gutter)} = ${options.lang === 'vi' ? 'đến đây qua' : 'reached through'}: ${escapeControls(via)}`,
    );
  return lines.join('\n');
}

/**
 * Renders many diagnostics of one text, sorted by position.
 *
 * @example
 * renderDiagnostics(result.diagnostics, 'kh.tdkt', result.text, { lang: 'en' })
 */
export function renderDiagnostics(
  ds: readonly Diagnostic[],
  file: string,
  text: string,
  options: RenderOptions,
): string {
  const index = new LineIndex(text);
  return [...ds]
    .sort((a, b) => a.span.start - b.span.start)
    .map((d) => renderDiagnostic(d, file, index, options))
    .join('\n');
}
