// Go to definition (names and `dùng` paths), find references, rename: over one or more analysed snapshots.
import { foldDiacritics, type Lang } from '@tdkt/calendar';
import { word } from './messages.js';
import type { Location, RenameResult, TextEdit } from './protocol.js';
import { type Snapshot, sameDeclaration } from './snapshot.js';
import type { Declaration } from './symbols.js';

/**
 * Where the name (or the `dùng` path) at an NFC offset is declared.
 *
 * @example
 * definitionAt(snapshot, 'kh.tdkt', offset) // [{ file: 'dsl/lib/xet-cuoi-nam.tdkt', range: … }]
 */
export function definitionAt(snapshot: Snapshot, file: string, offset: number): Location[] {
  const use = snapshot.symbols.get(file)?.uses.find((u) => offset >= u.span.start && offset <= u.span.end);
  if (use)
    return snapshot.analysis.files.has(use.target)
      ? [{ file: use.target, range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } } }]
      : [];
  const hit = snapshot.nameAt(file, offset);
  if (!hit) return [];
  const text = snapshot.text(hit.declaration.file);
  return text ? [{ file: hit.declaration.file, range: text.rangeOf(hit.declaration.span) }] : [];
}

/**
 * Every use of the declaration at an offset, over several snapshots (the open documents that may use it),
 * deduplicated, with the declaration itself when asked.
 *
 * @example
 * referencesOf(target, [snapshotA, snapshotB], true).map((l) => l.file)
 */
export function referencesOf(
  target: Declaration,
  snapshots: readonly Snapshot[],
  includeDeclaration: boolean,
): Location[] {
  const seen = new Set<string>();
  const out: Location[] = [];
  const push = (snapshot: Snapshot, file: string, span: { start: number; end: number }): void => {
    const key = `${file}:${span.start}`;
    if (seen.has(key)) return;
    const text = snapshot.text(file);
    if (!text) return;
    seen.add(key);
    out.push({ file, range: text.rangeOf(span) });
  };
  for (const s of snapshots) {
    if (includeDeclaration && s.analysis.files.has(target.file)) push(s, target.file, target.span);
    for (const r of s.referencesTo(target)) push(s, r.file, r.span);
  }
  return out;
}

const IDENT = /^[\p{L}_][\p{L}\p{M}\p{N}_]*$/u;

/**
 * The edits that rename a declaration and every reference to it. Refuses a new name that is not an
 * identifier or that another declaration of the same namespace and scope already has.
 *
 * @example
 * renameAt(target, [snapshot], 'tổ_thẩm_định', 'vi') // { ok: true, edit: { 'kh.tdkt': [...] } }
 */
export function rename(
  target: Declaration | undefined,
  snapshots: readonly Snapshot[],
  newName: string,
  lang: Lang,
): RenameResult {
  if (!target) return { ok: false, message: word('renameNothing', lang) };
  const name = newName.normalize('NFC').trim();
  if (!IDENT.test(name)) return { ok: false, message: word('renameInvalid', lang) };
  for (const s of snapshots) {
    const clash = s
      .visible(target.namespace, target.file, target.procedure)
      .find((d) => !sameDeclaration(d, target) && foldDiacritics(d.name) === foldDiacritics(name));
    if (clash) return { ok: false, message: word('renameTaken', lang) };
  }
  const edit: Record<string, TextEdit[]> = {};
  for (const loc of referencesOf(target, snapshots, true))
    (edit[loc.file] ??= []).push({ range: loc.range, newText: name });
  return { ok: true, edit };
}
