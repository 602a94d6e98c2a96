// Formatting (the `tdkt fmt` formatter) as one minimal edit, and quick fixes for diagnostics that suggest a name.
import type { Lang } from '@tdkt/calendar';
import { format } from '@tdkt/language';
import { toEditorDiagnostic } from './diagnostics.js';
import { word } from './messages.js';
import type { CodeAction, Range, TextEdit } from './protocol.js';
import type { Snapshot } from './snapshot.js';
import type { DocumentText } from './text.js';
import { changedRegion } from './text-edit.js';

/**
 * The edit that formats a document, or none when it is formatted already or has syntax errors (the
 * formatter then leaves it untouched, as `tdkt fmt` does). The edit covers only what changed.
 *
 * @example
 * formatDocument(new DocumentText('ke hoach "KH"\n    nam 2024\n'), 'kh.tdkt') // one edit: 'kế hoạch "KH"\n  năm 2024\n'
 */
export function formatDocument(text: DocumentText, file: string, indent?: number | 'tab'): TextEdit[] {
  const result = format(text.text, { file, ...(indent === undefined ? {} : { indent }) });
  if (result.diagnostics.length > 0 || result.text === text.text) return [];
  // The formatter answers in NFC: when the editor's text is not NFC, replace it whole.
  if (text.nfc !== text.text) return [{ range: text.fullRange, newText: result.text }];
  const r = changedRegion(text.text, result.text);
  return [{ range: text.rangeOf({ start: r.start, end: r.oldEnd }), newText: result.text.slice(r.start, r.newEnd) }];
}

const overlaps = (a: Range, b: Range): boolean =>
  !(
    a.end.line < b.start.line ||
    (a.end.line === b.start.line && a.end.character < b.start.character) ||
    b.end.line < a.start.line ||
    (b.end.line === a.start.line && b.end.character < a.start.character)
  );

/**
 * Quick fixes for the diagnostics of a document that touch a range: each diagnostic carrying a suggestion
 * ("did you mean `tổ_xét`?") offers to write the suggestion in place of what was written.
 *
 * @example
 * codeActions(snapshot, 'kh.tdkt', range, 'vi')[0]?.title // 'Sửa thành `tổ_xét`'
 */
export function codeActions(snapshot: Snapshot, file: string, range: Range, lang: Lang): CodeAction[] {
  const text = snapshot.text(file);
  if (!text) return [];
  const out: CodeAction[] = [];
  for (const d of snapshot.analysis.diagnostics) {
    if (d.file !== file) continue;
    const suggestion = d.data['suggestion'];
    if (typeof suggestion !== 'string' || d.span.end <= d.span.start) continue;
    const editor = toEditorDiagnostic(d, text, lang);
    if (!overlaps(editor.range, range)) continue;
    const written = text.nfc.slice(d.span.start, d.span.end);
    if (written === suggestion) continue;
    out.push({
      title: `${word('fixTo', lang)} \`${suggestion}\``,
      kind: 'quickfix',
      diagnostic: editor,
      edit: { [file]: [{ range: editor.range, newText: suggestion }] },
      isPreferred: true,
    });
  }
  return out;
}
