// The editor-facing shapes the service answers with: structurally the Language Server Protocol's, as plain data.

/** 0-based line and UTF-16 character, as the LSP and CodeMirror count. */
export interface Position {
  readonly line: number;
  readonly character: number;
}

export interface Range {
  readonly start: Position;
  readonly end: Position;
}

/** A place in a workspace file; `file` is the name the service was given (a path, not a URI). */
export interface Location {
  readonly file: string;
  readonly range: Range;
}

/** LSP DiagnosticSeverity: 1 error, 2 warning, 3 information. */
export type DiagnosticSeverity = 1 | 2 | 3;

export interface RelatedInformation {
  readonly location: Location;
  readonly message: string;
}

export interface EditorDiagnostic {
  readonly range: Range;
  readonly severity: DiagnosticSeverity;
  readonly code: string;
  readonly source: 'tdkt';
  readonly message: string;
  readonly relatedInformation?: readonly RelatedInformation[];
  /** The diagnostic's data, as the language reported it (codes' messages are rendered from it). */
  readonly data?: Readonly<Record<string, unknown>>;
}

export interface Hover {
  /** Markdown. */
  readonly contents: string;
  readonly range: Range;
}

/** LSP CompletionItemKind values used here. */
export const CompletionKind = {
  Function: 3,
  Field: 5,
  Variable: 6,
  Class: 7,
  Module: 9,
  Property: 10,
  Value: 12,
  Keyword: 14,
  Snippet: 15,
  File: 17,
  EnumMember: 20,
  Constant: 21,
  Event: 23,
} as const;
export type CompletionKind = (typeof CompletionKind)[keyof typeof CompletionKind];

export interface TextEdit {
  readonly range: Range;
  readonly newText: string;
}

export interface CompletionItem {
  readonly label: string;
  readonly kind: CompletionKind;
  readonly detail?: string;
  readonly documentation?: string;
  /** Replaces the word at the cursor; a snippet (`${1:…}`) when `snippet`. */
  readonly textEdit: TextEdit;
  readonly snippet: boolean;
  readonly sortText: string;
  /** What the client filters on: the server already filtered by folded prefix. */
  readonly filterText: string;
}

export interface CompletionList {
  readonly items: readonly CompletionItem[];
  /** The word being completed (its range is every item's edit range). */
  readonly word: string;
}

/** LSP SymbolKind values used here. */
export const SymbolKind = {
  File: 1,
  Module: 2,
  Namespace: 3,
  Class: 5,
  Method: 6,
  Property: 7,
  Field: 8,
  Enum: 10,
  Function: 12,
  Variable: 13,
  Constant: 14,
  Key: 20,
  EnumMember: 22,
  Struct: 23,
  Event: 24,
} as const;
export type SymbolKind = (typeof SymbolKind)[keyof typeof SymbolKind];

export interface DocumentSymbol {
  readonly name: string;
  readonly detail?: string;
  readonly kind: SymbolKind;
  readonly range: Range;
  readonly selectionRange: Range;
  readonly children: readonly DocumentSymbol[];
}

/** Edits per file name. */
export type WorkspaceEdit = Readonly<Record<string, readonly TextEdit[]>>;

export interface CodeAction {
  readonly title: string;
  readonly kind: 'quickfix';
  readonly diagnostic: EditorDiagnostic;
  readonly edit: WorkspaceEdit;
  readonly isPreferred: boolean;
}

/** Why a rename cannot be done, as a message in the service's language. */
export type RenameResult =
  | { readonly ok: true; readonly edit: WorkspaceEdit }
  | { readonly ok: false; readonly message: string };
