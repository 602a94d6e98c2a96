// The language's diagnostics of one document as editor diagnostics (ranges, messages in the chosen language).
import type { Diagnostic, Lang } from '@tdkt/calendar';
import { diagnosticHelp, diagnosticMessage, type FileDiagnostic } from '@tdkt/language';
import { serviceMessages } from './messages.js';
import type { DiagnosticSeverity, EditorDiagnostic } from './protocol.js';
import type { Snapshot } from './snapshot.js';
import type { DocumentText } from './text.js';

const SEVERITY: Readonly<Record<Diagnostic['severity'], DiagnosticSeverity>> = { error: 1, warning: 2, info: 3 };

/** The message of any diagnostic the service shows (the language's catalogs, then the service's). */
function messageOf(d: Diagnostic, lang: Lang): string {
  const own = serviceMessages[d.code];
  if (own) return own[lang](d.data);
  const message = diagnosticMessage(d, lang);
  const help = diagnosticHelp(d, lang);
  return help === '' ? message : `${message} (${help})`;
}

/**
 * An editor diagnostic from a language diagnostic of a document.
 *
 * @example
 * toEditorDiagnostic(d, text, 'en') // { range: …, severity: 1, code: 'link.unknown-name', message: 'no step `tổ_xet` (did you mean `tổ_xét`?)' }
 */
export function toEditorDiagnostic(d: Diagnostic, text: DocumentText, lang: Lang): EditorDiagnostic {
  return {
    range: text.rangeOf(d.span),
    severity: SEVERITY[d.severity],
    code: d.code,
    source: 'tdkt',
    message: messageOf(d, lang),
    data: d.data,
  };
}

/**
 * A document's own diagnostics, plus one on each `dùng` line whose file has errors (they are the imported
 * file's to show, but the designer must learn they exist).
 *
 * @example
 * documentDiagnostics(snapshot, 'kh.tdkt', 'vi').length
 */
export function documentDiagnostics(snapshot: Snapshot, file: string, lang: Lang): EditorDiagnostic[] {
  const text = snapshot.text(file);
  if (!text) return [];
  const own: FileDiagnostic[] = snapshot.analysis.diagnostics.filter((d) => d.file === file);
  const out = own.map((d) => toEditorDiagnostic(d, text, lang));
  for (const use of snapshot.symbols.get(file)?.uses ?? []) {
    const errors = snapshot.analysis.diagnostics.filter((d) => d.file === use.target && d.severity === 'error').length;
    if (errors > 0)
      out.push(
        toEditorDiagnostic(
          { code: 'editor.import-has-errors', severity: 'error', span: use.span, data: { path: use.target, errors } },
          text,
          lang,
        ),
      );
  }
  return out;
}
