// Public API of @tdkt/language-service: editor features for tdkt workflow files, for LSP servers and the playground.
export { createLanguageService, LanguageService, type LanguageServiceOptions } from './service.js';
export { DocumentText } from './text.js';
export { Snapshot, nameKey } from './snapshot.js';
export type { SimulateResult } from './simulate.js';
export { serviceMessages, word } from './messages.js';
export { timeHover } from './time-hover.js';
export { CompletionKind, SymbolKind } from './protocol.js';
export type {
  Position,
  Range,
  Location,
  DiagnosticSeverity,
  RelatedInformation,
  EditorDiagnostic,
  Hover,
  TextEdit,
  CompletionItem,
  CompletionList,
  DocumentSymbol,
  WorkspaceEdit,
  CodeAction,
  RenameResult,
} from './protocol.js';
export type { Declaration, DeclarationKind, Namespace, Reference } from './symbols.js';
