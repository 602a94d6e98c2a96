// Public API of @tdkt/language-service: editor features for tdkt workflow files, for LSP servers and the playground.

export { serviceMessages, word } from './messages.js';
export type {
  CodeAction,
  CompletionItem,
  CompletionList,
  DiagnosticSeverity,
  DocumentSymbol,
  EditorDiagnostic,
  Hover,
  Location,
  Position,
  Range,
  RelatedInformation,
  RenameResult,
  TextEdit,
  WorkspaceEdit,
} from './protocol.js';
export { CompletionKind, SymbolKind } from './protocol.js';
export { createLanguageService, LanguageService, type LanguageServiceOptions } from './service.js';
export type { SimulateResult } from './simulate.js';
export { nameKey, Snapshot } from './snapshot.js';
export type { Declaration, DeclarationKind, Namespace, Reference } from './symbols.js';
export { DocumentText } from './text.js';
export { timeHover } from './time-hover.js';
