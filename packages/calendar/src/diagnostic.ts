// The shape every tdkt diagnostic shares: data keyed by a stable code, rendered per language later.

export type Severity = 'error' | 'warning' | 'info';
export type Lang = 'vi' | 'en';

/** Offsets in UTF-16 code units into the text that was analysed; `end` is exclusive. */
export interface TextSpan {
  readonly start: number;
  readonly end: number;
}

/**
 * A problem found in user input. Errors are data (as in zod): a stable `code`, the offending `span`,
 * and the `data` its message is rendered from, in Vietnamese or English, by a message catalog.
 */
export interface Diagnostic<Code extends string = string> {
  readonly code: Code;
  readonly severity: Severity;
  readonly span: TextSpan;
  readonly data: Readonly<Record<string, string | number | boolean | readonly string[]>>;
}

/** How one code's message and optional help line are written in each language. */
export interface MessageTemplate {
  readonly vi: (data: Diagnostic['data']) => string;
  readonly en: (data: Diagnostic['data']) => string;
  readonly help?: {
    readonly vi: (data: Diagnostic['data']) => string;
    readonly en: (data: Diagnostic['data']) => string;
  };
}

export type MessageCatalog = Readonly<Record<string, MessageTemplate>>;

/**
 * Moves a diagnostic's span by `offset`, e.g. from a phrase to the file that contains it.
 *
 * @example
 * shiftDiagnostic(d, 120) // span { start: 3, end: 7 } becomes { start: 123, end: 127 }
 */
export function shiftDiagnostic<D extends Diagnostic>(diagnostic: D, offset: number): D {
  return { ...diagnostic, span: { start: diagnostic.span.start + offset, end: diagnostic.span.end + offset } };
}
