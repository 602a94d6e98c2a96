// format(text): the canonical form of a .tdkt file, proven to keep the AST, or the input untouched.
import type { Diagnostic } from '@tdkt/calendar';
import { type ParseResult, parse } from '../syntax/parse.js';
import { astEqual } from './ast-equal.js';
import { collectRegions } from './regions.js';
import { renderFile } from './render.js';
import type { SpellingPolicy } from './segments.js';
import { canonicalPhrase } from './time-canon.js';

export interface FormatOptions {
  /**
   * Indentation per level: a number of spaces, `'tab'`, or `'auto'` (default): a file indented with tabs
   * keeps tabs (one per level), any other file gets 2 spaces.
   */
  readonly indent?: number | 'tab' | 'auto';
  /** The file name diagnostics are reported under (default `input.tdkt`). */
  readonly file?: string;
}

/**
 * How much was respelt: `full` (keywords, time phrases, one clause per line), `keywords` (time phrases
 * kept as written), `layout` (indentation, spacing and comments only), `none` (left as it was).
 * Lower modes are fallbacks, used only when a higher one would not re-parse to the same AST.
 */
export type FormatMode = 'full' | 'keywords' | 'layout' | 'none';

export interface FormatResult {
  readonly text: string;
  /** The syntax and layout errors that kept the file from being formatted (then `text` is the input). */
  readonly diagnostics: Diagnostic[];
  readonly changed: boolean;
  readonly mode: FormatMode;
}

/**
 * Diagnostics that make a file unsafe to reformat: its lines or blocks were not understood.
 *
 * @example
 * isBlocking({ code: 'syntax.unknown-line', severity: 'error', span: { start: 0, end: 1 }, data: {} }) // => true
 */
export function isBlocking(d: Diagnostic): boolean {
  return d.severity === 'error' && (d.code.startsWith('syntax.') || d.code.startsWith('layout.'));
}

function indentUnit(text: string, option: FormatOptions['indent']): string {
  if (typeof option === 'number') return ' '.repeat(Math.max(1, Math.min(16, Math.floor(option))));
  if (option === 'tab') return '\t';
  const first = /\n([ \t])[ \t]*[^\s#/]/u.exec(`\n${text}`);
  return first?.[1] === '\t' ? '\t' : '  ';
}

function policyFor(parsed: ParseResult, mode: FormatMode): SpellingPolicy {
  const regions = collectRegions(parsed.ast);
  const phrases = new Map<number, { end: number; text: string }>();
  for (const p of regions.phrases)
    phrases.set(p.span.start, { end: p.span.end, text: mode === 'full' ? canonicalPhrase(p) : p.text });
  for (const r of regions.raw) phrases.set(r.start, { end: r.end, text: parsed.text.slice(r.start, r.end) });
  return { keywords: mode !== 'layout', phrases, verbatim: regions.verbatim };
}

function codes(ds: readonly Diagnostic[]): string {
  return ds
    .map((d) => d.code)
    .sort()
    .join(' ');
}

/**
 * Formats a .tdkt file: indentation by nesting (2 spaces, or tabs when the file uses tabs), every keyword
 * in its Vietnamese spelling, time phrases in the calendar's canonical spelling when that provably means
 * the same, one clause per line on steps and activities, comments and (single) blank lines kept, strings
 * and names verbatim. Never throws. A file with syntax or layout errors comes back unchanged with those
 * errors. The result always parses to the same AST (modulo spans) and formatting it again changes nothing.
 *
 * @example
 * format('ke hoach "KH"\n    nam 2024\n').text // => 'kế hoạch "KH"\n  năm 2024\n'
 */
export function format(input: string, options: FormatOptions = {}): FormatResult {
  const file = options.file ?? 'input.tdkt';
  try {
    const parsed = parse(input, file);
    const blocking = parsed.diagnostics.filter(isBlocking);
    if (blocking.length > 0) return { text: input, diagnostics: blocking, changed: false, mode: 'none' };
    const indent = indentUnit(parsed.text, options.indent ?? 'auto');
    const newline = input.includes('\r\n') ? '\r\n' : '\n';
    for (const mode of ['full', 'keywords', 'layout'] as const) {
      const text = renderFile(parsed.text, parsed.ast, {
        indent,
        newline,
        policy: policyFor(parsed, mode),
        splitClauses: mode !== 'layout',
      });
      const again = parse(text, file);
      if (codes(again.diagnostics) === codes(parsed.diagnostics) && astEqual(again.ast, parsed.ast)) {
        return { text, diagnostics: [], changed: text !== input, mode };
      }
    }
  } catch {
    // A formatter bug must never cost the user their file: fall through to "unchanged".
  }
  return { text: input, diagnostics: [], changed: false, mode: 'none' };
}
