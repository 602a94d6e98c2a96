// LineIndex: offsets ↔ 1-based line/column, both ways, clamped.

import { LineIndex } from '@tdkt/language';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';

describe('LineIndex', () => {
  it('turns a line and column back into the offset', () => {
    const index = new LineIndex('ab\r\ncd\n');
    expect(index.offset(2, 2)).toBe(5);
    expect(index.offset(1, 99)).toBe(3);
    expect(index.offset(9, 1)).toBe(7);
    expect(index.offset(0, 5)).toBe(0);
  });

  it('offset(lineCol(o)) is o for every offset', () => {
    fc.assert(
      fc.property(fc.string({ unit: fc.constantFrom('a', 'ế', '\n', '\r\n', ' ') }), (text) => {
        const index = new LineIndex(text);
        for (let o = 0; o <= text.length; o++) {
          const { line, col } = index.lineCol(o);
          expect(index.offset(line, col)).toBe(o);
        }
      }),
    );
  });
});
