import { describe, expect, it } from 'vitest';
import { layout } from '../../src/syntax/layout.js';
import { lexLine, toArray } from '../../src/syntax/tokens.js';

const kinds = (text: string): string[] => toArray(lexLine(text, 0)).map((t) => t.kind);

describe('lexLine', () => {
  it('folds multi-word keywords in all three spellings, longest match first', () => {
    expect(kinds('quy trình x')).toEqual(['kw:procedure', 'word']);
    expect(kinds('theo quy trinh x')).toEqual(['kw:per-procedure', 'word']);
    expect(kinds('không duyệt -> x')).toEqual(['kw:reject', 'punct', 'word']);
    expect(kinds('không a')).toEqual(['kw:no', 'word']);
    expect(kinds('no later than 2 days after e')).toEqual([
      'kw:time.no-later-than',
      'num',
      'kw:day',
      'kw:after',
      'word',
    ]);
    expect(kinds('Tháng 10/2020')).toEqual(['kw:time.month', 'num', 'punct', 'num']);
  });

  it('keeps names with underscores and diacritics whole, and never throws on odd characters', () => {
    expect(toArray(lexLine('tự_đánh_giá', 0)).map((t) => t.text)).toEqual(['tự_đánh_giá']);
    expect(kinds('a ☃ “b”')).toEqual(['word', 'other', 'other', 'word', 'other']);
  });

  it('gives absolute offsets', () => {
    const [a, b] = toArray(lexLine('bước x', 10));
    expect([a?.pos.index, a?.end, b?.pos.index]).toEqual([10, 14, 15]);
  });
});

describe('layout', () => {
  it('nests lines by indentation and strips comments outside strings', () => {
    const { roots, diagnostics } = layout('a # c\n  b "x # y" // z\n  c\nd\n');
    expect(diagnostics).toEqual([]);
    expect(roots.map((r) => r.text)).toEqual(['a', 'd']);
    expect(roots[0]!.children.map((c) => c.text)).toEqual(['b "x # y"', 'c']);
  });

  it('reports tabs mixed with spaces and dedents to unknown columns', () => {
    expect(layout('a\n  b\n \tc\n').diagnostics.map((d) => d.code)).toContain('layout.mixed-indent');
    expect(layout('a\n    b\n  c\n').diagnostics.map((d) => d.code)).toEqual(['layout.bad-dedent']);
  });
});
