// Makes user text safe to print on a terminal: control and direction-changing characters shown as `\u{…}`.

/**
 * C0 controls and DEL, C1 controls, the bidirectional marks, embeddings, overrides and isolates, the line
 * and paragraph separators, and lone surrogates. Tab is one of the C0 controls: callers that want it keep
 * it out first (a source excerpt turns tabs into spaces).
 */
const UNSAFE = /[\u0000-\u001F\u007F-\u009F\u061C\u200E\u200F\u2028\u2029\u202A-\u202E\u2066-\u2069\uD800-\uDFFF]/gu;

/**
 * `text` with every character that could move the cursor, recolour the terminal or reorder what is shown
 * (ESC, CR, C1, bidi overrides, …) written as `\u{HEX}`. Plain text, Vietnamese included, is unchanged.
 *
 * @example
 * escapeControls('a\u001B[31mb\r') // => 'a\\u{1B}[31mb\\u{D}'
 * escapeControls('kế hoạch') // => 'kế hoạch'
 */
export function escapeControls(text: string): string {
  return text.replace(UNSAFE, (c) => `\\u{${c.charCodeAt(0).toString(16).toUpperCase()}}`);
}
