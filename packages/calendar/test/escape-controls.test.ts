import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { escapeControls } from '../src/escape-controls.js';

describe('escapeControls (issue 18)', () => {
  it('writes ESC, CR, C1, bidi overrides and lone surrogates as \\u{…}', () => {
    expect(escapeControls('a\u001B[31mb\r\n')).toBe('a\\u{1B}[31mb\\u{D}\\u{A}');
    expect(escapeControls('x\u0085y\u009Bz')).toBe('x\\u{85}y\\u{9B}z');
    expect(escapeControls('\u202Eabc\u2066d\u2069')).toBe('\\u{202E}abc\\u{2066}d\\u{2069}');
    expect(escapeControls('\uD800')).toBe('\\u{D800}');
  });

  it('leaves printable text (Vietnamese, emoji) alone', () => {
    expect(escapeControls('kế hoạch “năm học” 🎓')).toBe('kế hoạch “năm học” 🎓');
  });

  it('never leaves a control character behind', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary' }), (s) => {
        expect(escapeControls(s)).not.toMatch(/[\u0000-\u001F\u007F-\u009F\u202A-\u202E\u2066-\u2069]/u);
      }),
    );
  });
});
