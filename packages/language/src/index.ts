// Public API of @tdkt/language: the tdkt DSL's AST, parser, analysis, resolved model and diagnostics.
export * from './ast/index.js';
export { keywordTable, keyword, allSpellings, timeSpellings, foldCase } from './keywords/index.js';
export { actionLabel } from './keywords/index.js';
export type { KeywordEntry, KeywordCategory, Spelling } from './keywords/index.js';
export { parse, normalizeSource, type ParseResult, type ParseOptions } from './syntax/parse.js';
export { createLineMemo, type LineMemo } from './syntax/line-memo.js';
export { loadWorkspace, analyze, type ReadFile, type LoadedFile, type AnalysisResult, type LoadOptions } from './analysis/workspace.js';
export { resolveImport } from './analysis/paths.js';
export type * from './model/types.js';
export { LineIndex, type LineCol } from './diagnostics/line-index.js';
export { excerptLine, MAX_EXCERPT, type Excerpt } from './diagnostics/excerpt.js';
export { languageMessages } from './diagnostics/messages.js';
export { renderDiagnostic, renderDiagnostics, diagnosticMessage, diagnosticHelp, type FileDiagnostic, type RenderOptions } from './diagnostics/render.js';
export { closest } from './diagnostics/suggest.js';
export { format, isBlocking, astEqual, stripSpans, type FormatOptions, type FormatResult, type FormatMode } from './format/index.js';
export { forwardEdges, entrySteps, stepTargets, type FlowEdge } from './model/flow.js';
