import { describe, expect, it } from 'vitest';
import { parse, renderDiagnostics } from '../../src/index.js';

describe('renderDiagnostics', () => {
  it('escapes control characters from the input in the message and the excerpt, caret kept under the span (issue 18)', () => {
    const source = 'kế hoạch "K"\n  năm 2024\n  \u001B[31mxx\r yy\n';
    const result = parse(source, 'x.tdkt');
    const text = renderDiagnostics(result.diagnostics, 'x.tdkt', result.text, { lang: 'en' });
    expect(text).not.toMatch(/[\u0000-\u0009\u000B-\u001F\u007F-\u009F]/u);
    expect(text).toContain('\\u{1B}[31mxx\\u{D} yy');
    const [excerpt, caret] = text.split('\n').slice(1, 3) as [string, string];
    // The caret starts under the escaped character, as wide as its escape.
    expect(caret.indexOf('^')).toBe(excerpt.indexOf('\\u{1B}'));
  });

  it('escapes a bidi override in a quoted name', () => {
    const result = parse('kế hoạch "K"\n  năm 2024\n  đơn vị \u202Eabc\n', 'x.tdkt');
    const text = renderDiagnostics(result.diagnostics, 'x.tdkt', result.text, { lang: 'vi' });
    expect(text).not.toContain('\u202E');
  });
});
