// Public API of @tdkt/language: the tdkt DSL's AST, parser, analysis, resolved model and diagnostics.

export { resolveImport } from './analysis/paths.js';
export {
  type AnalysisResult,
  analyze,
  type LoadedFile,
  type LoadOptions,
  loadWorkspace,
  type ReadFile,
} from './analysis/workspace.js';
export * from './ast/index.js';
export { type Excerpt, excerptLine, MAX_EXCERPT } from './diagnostics/excerpt.js';
export { type LineCol, LineIndex } from './diagnostics/line-index.js';
export { languageMessages } from './diagnostics/messages.js';
export {
  diagnosticHelp,
  diagnosticMessage,
  type FileDiagnostic,
  type RenderOptions,
  renderDiagnostic,
  renderDiagnostics,
} from './diagnostics/render.js';
export { closest } from './diagnostics/suggest.js';
export {
  astEqual,
  type FormatMode,
  type FormatOptions,
  type FormatResult,
  format,
  isBlocking,
  stripSpans,
} from './format/index.js';
export type { KeywordCategory, KeywordEntry, Spelling } from './keywords/index.js';
export { actionLabel, allSpellings, foldCase, keyword, keywordTable, timeSpellings } from './keywords/index.js';
export { ownStepAnchor } from './model/anchor.js';
export { entrySteps, type FlowEdge, forwardEdges, stepTargets } from './model/flow.js';
export type * from './model/types.js';
export { createLineMemo, type LineMemo } from './syntax/line-memo.js';
export { normalizeSource, type ParseOptions, type ParseResult, parse } from './syntax/parse.js';
