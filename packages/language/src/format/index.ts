// The formatter's public surface: format, its options/result, and AST comparison modulo spans.

export { astEqual, stripSpans } from './ast-equal.js';
export { type FormatMode, type FormatOptions, type FormatResult, format, isBlocking } from './format.js';
