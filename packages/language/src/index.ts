// Public API of @tdkt/language: the tdkt DSL's AST, parser, analysis, resolved model and diagnostics.
export * from './ast/index.js';
export { keywordTable, keyword, allSpellings, stripDiacritics, foldCase } from './keywords/index.js';
export type { KeywordEntry, KeywordCategory, Spelling } from './keywords/index.js';
