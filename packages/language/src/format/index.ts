// The formatter's public surface: format, its options/result, and AST comparison modulo spans.
export { format, isBlocking, type FormatOptions, type FormatResult, type FormatMode } from './format.js';
export { astEqual, stripSpans } from './ast-equal.js';
