// The language service: open documents, analysis cached per version, and every editor feature over them.
import type { Lang } from '@tdkt/calendar';
import { createLineMemo, type LineMemo, type ParseResult, parse, type ReadFile } from '@tdkt/language';
import { complete } from './completion.js';
import { documentDiagnostics } from './diagnostics.js';
import { codeActions, formatDocument } from './edits.js';
import { hoverAt } from './hover.js';
import { definitionAt, referencesOf, rename } from './navigation.js';
import { documentSymbols } from './outline.js';
import type {
  CodeAction,
  CompletionList,
  DocumentSymbol,
  EditorDiagnostic,
  Hover,
  Location,
  Position,
  Range,
  RenameResult,
  TextEdit,
} from './protocol.js';
import { type SimulateResult, simulateSnapshot } from './simulate.js';
import { Snapshot } from './snapshot.js';
import { DocumentText } from './text.js';
import { shiftedDiagnostics } from './text-edit.js';

export interface LanguageServiceOptions {
  /** Reads files that are not open (imports): the file system in a server, bundled files in a browser. */
  readonly readFile: ReadFile;
  /** The language of messages and hovers (default Vietnamese). */
  readonly lang?: Lang;
}

interface OpenDocument {
  readonly version: number;
  readonly text: DocumentText;
}

interface CachedSnapshot {
  readonly snapshot: Snapshot;
  /** The open version of every loaded file when analysed (-1: it was read, not open). */
  readonly versions: ReadonlyMap<string, number>;
  /** The document's diagnostics from this analysis, once asked for, in the language they were asked in. */
  diagnostics?: { readonly lang: Lang; readonly list: EditorDiagnostic[] };
}

/**
 * Editor features for tdkt workflow files, pure: documents come in as text, answers go out as data. The
 * LSP server (`tdkt lsp`) and the browser playground drive the same service.
 *
 * @example
 * const service = createLanguageService({ readFile: (p) => files.get(p) });
 * service.open('kh.tdkt', text);
 * service.diagnostics('kh.tdkt'); service.hover('kh.tdkt', { line: 12, character: 30 });
 */
export class LanguageService {
  private readonly docs = new Map<string, OpenDocument>();
  private readonly cache = new Map<string, CachedSnapshot>();
  private readonly parses = new Map<string, { text: string; result: ParseResult; memo: LineMemo }>();
  private lang: Lang;

  constructor(private readonly options: LanguageServiceOptions) {
    this.lang = options.lang ?? 'vi';
  }

  /** Sets the language of messages and hovers. */
  setLang(lang: Lang): void {
    this.lang = lang;
  }

  get language(): Lang {
    return this.lang;
  }

  /** Opens (or replaces) a document with its full text. */
  open(file: string, text: string, version = 0): void {
    this.docs.set(file, { version, text: new DocumentText(text) });
  }

  /** A new full text of an open document (a keystroke). Cheap: analysis waits for the next question. */
  change(file: string, text: string, version?: number): void {
    const prev = this.docs.get(file);
    this.docs.set(file, { version: version ?? (prev?.version ?? 0) + 1, text: new DocumentText(text) });
  }

  close(file: string): void {
    this.docs.delete(file);
    this.cache.delete(file);
  }

  /** Drops every analysis: files that are not open changed on disk (an editor's file watcher says so). */
  forget(): void {
    this.cache.clear();
  }

  /** The open documents' names. */
  openFiles(): string[] {
    return [...this.docs.keys()];
  }

  /** The editor text of an open document. */
  document(file: string): DocumentText | undefined {
    return this.docs.get(file)?.text;
  }

  /** The analysis of a document at its current version (computed at most once per version). */
  snapshot(file: string): Snapshot | undefined {
    const cached = this.cache.get(file);
    if (cached && this.fresh(cached)) return cached.snapshot;
    if (!this.docs.has(file) && this.options.readFile(file) === undefined) return undefined;
    const read: ReadFile = (f) => this.docs.get(f)?.text.text ?? this.options.readFile(f);
    const snapshot = new Snapshot(file, read, (f) => this.docs.get(f)?.text, {
      parse: (text, f) => this.parsed(text, f),
    });
    const versions = new Map<string, number>();
    for (const f of snapshot.analysis.files.keys()) versions.set(f, this.docs.get(f)?.version ?? -1);
    this.cache.set(file, { snapshot, versions });
    return snapshot;
  }

  /**
   * The parse of a file's text, kept per file while its text is unchanged (imports are parsed once, not per
   * keystroke); after an edit, the file's line memo re-parses only the lines that changed.
   */
  private parsed(text: string, file: string): ParseResult {
    const known = this.parses.get(file);
    if (known?.text === text) return known.result;
    const memo = known?.memo ?? createLineMemo();
    const result = parse(text, file, { memo });
    this.parses.set(file, { text, result, memo });
    return result;
  }

  private fresh(c: CachedSnapshot): boolean {
    for (const [f, v] of c.versions) if ((this.docs.get(f)?.version ?? -1) !== v) return false;
    return true;
  }

  private textOf(file: string): DocumentText | undefined {
    return this.docs.get(file)?.text ?? this.snapshot(file)?.text(file);
  }

  private offset(file: string, position: Position): number | undefined {
    return this.textOf(file)?.offsetAt(position);
  }

  /**
   * Syntax, name and validation problems of a document (and one per `dùng` of a file with errors). Typing
   * inside a string's text or a comment changes no analysis: then the last one's diagnostics are moved
   * past the edit instead of analysing again (see `shiftedDiagnostics`).
   */
  diagnostics(file: string): EditorDiagnostic[] {
    const cached = this.cache.get(file);
    const now = this.docs.get(file)?.text;
    const old = cached?.snapshot.text(file);
    if (cached && now && old && cached.diagnostics?.lang === this.lang && this.onlyChanged(cached, file)) {
      if (this.fresh(cached)) return cached.diagnostics.list;
      const shifted = shiftedDiagnostics(old, now, cached.diagnostics.list);
      if (shifted) return shifted;
    }
    const s = this.snapshot(file);
    if (!s) return [];
    const list = documentDiagnostics(s, file, this.lang);
    const entry = this.cache.get(file);
    if (entry) entry.diagnostics = { lang: this.lang, list };
    return list;
  }

  /** Whether, of the files a cached analysis read, only `file` has a new version since. */
  private onlyChanged(c: CachedSnapshot, file: string): boolean {
    for (const [f, v] of c.versions) if (f !== file && (this.docs.get(f)?.version ?? -1) !== v) return false;
    return true;
  }

  hover(file: string, position: Position): Hover | undefined {
    const s = this.snapshot(file);
    const offset = this.offset(file, position);
    return s && offset !== undefined ? hoverAt(s, file, offset, this.lang) : undefined;
  }

  /**
   * Completion at a position. Names come from the latest analysis of the document, even one a keystroke
   * old, so that typing never waits for a re-analysis; the context is read from the current text. `explicit`
   * false: the editor asked by itself after a space (see `complete`).
   */
  complete(file: string, position: Position, explicit = true): CompletionList {
    const text = this.textOf(file);
    if (!text) return { items: [], word: '' };
    const snapshot = this.cache.get(file)?.snapshot ?? this.snapshot(file);
    return complete(snapshot, text, file, text.offsetAt(position), this.lang, explicit);
  }

  definition(file: string, position: Position): Location[] {
    const s = this.snapshot(file);
    const offset = this.offset(file, position);
    return s && offset !== undefined ? definitionAt(s, file, offset) : [];
  }

  /** Every use of the name at a position, in this document, what it imports, and the other open documents. */
  references(file: string, position: Position, includeDeclaration = true): Location[] {
    const s = this.snapshot(file);
    const offset = this.offset(file, position);
    const target = s && offset !== undefined ? s.nameAt(file, offset)?.declaration : undefined;
    return target ? referencesOf(target, this.snapshotsFor(file), includeDeclaration) : [];
  }

  /** The range and current text of the name a rename would change, if there is one at the position. */
  prepareRename(file: string, position: Position): { range: Range; placeholder: string } | undefined {
    const s = this.snapshot(file);
    const offset = this.offset(file, position);
    const hit = s && offset !== undefined ? s.nameAt(file, offset) : undefined;
    const text = this.textOf(file);
    if (!hit || !text) return undefined;
    const span = hit.reference?.span ?? hit.declaration.span;
    return { range: text.rangeOf(span), placeholder: text.nfc.slice(span.start, span.end) };
  }

  rename(file: string, position: Position, newName: string): RenameResult {
    const s = this.snapshot(file);
    const offset = this.offset(file, position);
    const target = s && offset !== undefined ? s.nameAt(file, offset)?.declaration : undefined;
    return rename(target, this.snapshotsFor(file), newName, this.lang);
  }

  documentSymbols(file: string): DocumentSymbol[] {
    const s = this.snapshot(file);
    const ast = s?.analysis.files.get(file)?.ast;
    const text = this.textOf(file);
    return ast && text ? documentSymbols(ast, text) : [];
  }

  /** The `tdkt fmt` formatting of a document as edits (none when it has syntax errors). */
  format(file: string, indent?: number | 'tab'): TextEdit[] {
    const text = this.textOf(file);
    return text ? formatDocument(text, file, indent) : [];
  }

  codeActions(file: string, range: Range): CodeAction[] {
    const s = this.snapshot(file);
    return s ? codeActions(s, file, range, this.lang) : [];
  }

  /** The simulate checks of a document (completion, deadlines) as diagnostics, with the reports behind them. */
  simulate(file: string): SimulateResult {
    const s = this.snapshot(file);
    return s
      ? simulateSnapshot(s, this.lang)
      : { diagnostics: new Map(), reports: [], compiled: undefined, ran: false };
  }

  /** The document's snapshot first, then every other open document's (they may use its names). */
  private snapshotsFor(file: string): Snapshot[] {
    const out: Snapshot[] = [];
    for (const f of [file, ...this.docs.keys()]) {
      if (out.some((s) => s.entry === f)) continue;
      const s = this.snapshot(f);
      if (s) out.push(s);
    }
    return out;
  }
}

/**
 * Creates a language service.
 *
 * @example
 * const service = createLanguageService({ readFile: (p) => (existsSync(p) ? readFileSync(p, 'utf8') : undefined), lang: 'en' });
 */
export function createLanguageService(options: LanguageServiceOptions): LanguageService {
  return new LanguageService(options);
}
