// Where the cursor is, read from the text around it: the enclosing block, the clause before the word, the word.
import { foldDiacritics } from '@tdkt/calendar';
import { allSpellings, keywordTable } from '@tdkt/language';
import type { DocumentText } from './text.js';

/** The kind of block a line sits in. */
export type Block =
  | 'top'
  | 'organisation'
  | 'council'
  | 'plan'
  | 'schedule'
  | 'section'
  | 'activity'
  | 'procedure'
  | 'params'
  | 'dossier'
  | 'step'
  | 'parallel'
  | 'branch'
  | 'other';

const BLOCK_OF_KEYWORD: Readonly<Record<string, Block>> = {
  organisation: 'organisation',
  plan: 'plan',
  procedure: 'procedure',
  schedule: 'schedule',
  dossier: 'dossier',
  params: 'params',
  step: 'step',
  parallel: 'parallel',
  branch: 'branch',
  council: 'council',
};

/** Folded spellings by keyword id, longest first. */
const SPELLINGS: ReadonlyMap<string, readonly string[]> = (() => {
  const map = new Map<string, string[]>();
  for (const s of allSpellings) {
    const list = map.get(s.id) ?? [];
    const f = foldDiacritics(s.text);
    if (!list.includes(f)) list.push(f);
    map.set(s.id, list);
  }
  for (const list of map.values()) list.sort((a, b) => b.length - a.length);
  return map;
})();

/** A regular-expression alternation of a keyword's folded spellings. */
export function spellingPattern(id: string): string {
  return (SPELLINGS.get(id) ?? [id])
    .map((s) => s.replace(/[.*+?^${}()|[\]\\]/gu, '\\$&').replace(/\s+/gu, '\\s+'))
    .join('|');
}

/** The keyword a (folded, trimmed) line starts with, longest spelling first. */
function leadingKeyword(line: string): string | undefined {
  let best: { id: string; length: number } | undefined;
  for (const k of keywordTable) {
    for (const s of SPELLINGS.get(k.id) ?? []) {
      if (s.length > (best?.length ?? 0) && (line === s || line.startsWith(`${s} `) || line.startsWith(`${s}\t`)))
        best = { id: k.id, length: s.length };
    }
  }
  return best?.id;
}

const indentOf = (line: string): number => /^[ \t]*/u.exec(line)![0].length;
const isBlank = (line: string): boolean => /^\s*(?:$|#|\/\/)/u.test(line);
const ACTIVITY_LINE = /^[\p{L}\p{N}_]+\s*:\s*(?:"|“)|^(?:"|“)/u;

export interface CursorContext {
  /** The word being typed (letters, marks, digits, `_`) and where it starts (NFC offset). */
  readonly word: string;
  readonly wordStart: number;
  /** The line before the word, folded. */
  readonly head: string;
  /** The line before the word, as written. */
  readonly rawHead: string;
  readonly block: Block;
  /** The line's own leading keyword, if any. */
  readonly lineKeyword: string | undefined;
  /** Whether the line (before the cursor) reads as an activity (`id: "…"`). */
  readonly activityLine: boolean;
  /** The procedure the cursor is in (its name, as written). */
  readonly procedure: string | undefined;
  /** The procedure a `theo quy trình` on this line or the lines just above links. */
  readonly linkedProcedure: string | undefined;
  /** Inside a string or a comment: nothing to complete. */
  readonly quiet: boolean;
}

/** The block of the line `line` with indentation `indent`: its parent's keyword, recursively. */
function blockOf(text: DocumentText, line: number, indent: number): Block {
  for (let l = line - 1; l >= 0; l--) {
    const t = text.nfcLine(l);
    if (isBlank(t)) continue;
    const i = indentOf(t);
    if (i >= indent) continue;
    const trimmed = t.trim();
    const id = leadingKeyword(foldDiacritics(trimmed));
    const parentBlock = i === 0 ? 'top' : blockOf(text, l, i);
    if (id !== undefined && BLOCK_OF_KEYWORD[id] !== undefined && !(id === 'council' && parentBlock === 'schedule'))
      return BLOCK_OF_KEYWORD[id]!;
    if (ACTIVITY_LINE.test(trimmed) && (parentBlock === 'section' || parentBlock === 'schedule')) return 'activity';
    if (parentBlock === 'schedule') return 'section';
    return 'other';
  }
  return 'top';
}

/**
 * Reads the cursor's context at an NFC offset of a document.
 *
 * @example
 * cursorContext(text, offset).block // 'step' on a line under `bước tổ_xét`
 */
export function cursorContext(text: DocumentText, offset: number): CursorContext {
  const { line, column, text: lineText } = text.nfcLineAt(offset);
  const before = lineText.slice(0, column);
  const word = /[\p{L}\p{M}\p{N}_]*$/u.exec(before)![0];
  const rawHead = before.slice(0, before.length - word.length);
  const quotes = (rawHead.match(/["“”]/gu) ?? []).length;
  const quiet = quotes % 2 === 1 || /(?:^|\s)(?:#|\/\/)/u.test(rawHead.replace(/"[^"]*"/gu, '""'));
  const indent = indentOf(lineText);
  let procedure: string | undefined;
  for (let l = line; l >= 0; l--) {
    const t = text.nfcLine(l);
    if (indentOf(t) !== 0 || isBlank(t)) continue;
    procedure = nameAfterKeyword(t.trim(), 'procedure');
    break;
  }
  let linkedProcedure: string | undefined;
  for (let l = line; l >= Math.max(0, line - 4) && linkedProcedure === undefined; l--) {
    const t = l === line ? before : text.nfcLine(l);
    linkedProcedure = nameAfterKeyword(t.trim(), 'per-procedure', true);
  }
  return {
    word,
    wordStart: offset - word.length,
    head: foldDiacritics(rawHead),
    rawHead,
    block: blockOf(text, line, indent),
    lineKeyword: leadingKeyword(foldDiacritics(lineText.trim())),
    activityLine: ACTIVITY_LINE.test(lineText.trim()),
    procedure,
    linkedProcedure,
    quiet,
  };
}

/** The name written after a keyword in a line (`quy trình xét_cuối_năm "…"` → `xét_cuối_năm`). */
function nameAfterKeyword(line: string, id: string, anywhere = false): string | undefined {
  const folded = foldDiacritics(line);
  const m = new RegExp(`${anywhere ? '(?:^|\\s)' : '^'}(?:${spellingPattern(id)})\\s+`, 'u').exec(folded);
  if (!m) return undefined;
  // Folding keeps lengths for Vietnamese letters in NFC, so the offset carries over to the written line.
  const rest = line.slice(m.index + m[0].length);
  return /^[\p{L}\p{M}\p{N}_]+/u.exec(rest)?.[0];
}
