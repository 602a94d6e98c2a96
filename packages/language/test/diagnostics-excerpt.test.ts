import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { excerptLine, MAX_EXCERPT } from '../src/diagnostics/excerpt.js';

describe('excerptLine', () => {
  it('keeps short lines whole', () => {
    expect(excerptLine('  duyệt -> tổ_xet', 11, 6)).toEqual({ text: '  duyệt -> tổ_xet', column: 11, width: 6 });
  });

  it('cuts a long line around the span and keeps the caret under the same text', () => {
    fc.assert(
      fc.property(
        fc.string({ minLength: 0, maxLength: 800 }),
        fc.nat(),
        fc.integer({ min: 1, max: 40 }),
        (raw, at, w) => {
          const line = raw.replace(/\t/g, ' ');
          const column = line.length === 0 ? 0 : at % line.length;
          const width = Math.max(1, Math.min(w, line.length - column));
          const e = excerptLine(line, column, width);
          expect(e.text.length).toBeLessThanOrEqual(MAX_EXCERPT + 2);
          expect(e.text.slice(e.column, e.column + e.width)).toBe(line.slice(column, column + e.width));
        },
      ),
      { numRuns: 300 },
    );
  });
});
