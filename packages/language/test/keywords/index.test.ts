import { foldDiacritics } from '@tdkt/calendar';
import { allSpellings, keyword, LineIndex, timeSpellings } from '@tdkt/language';
import { describe, expect, it } from 'vitest';
import { resolveImport } from '../../src/analysis/paths.js';
import { closest, suggestAnyKeyword, suggestKeyword } from '../../src/diagnostics/suggest.js';

describe('keywords and suggestions', () => {
  it('has three spellings per keyword and reuses the calendar for time words', () => {
    expect(keyword('plan')).toMatchObject({ vi: 'kế hoạch', ascii: 'ke hoach', en: 'plan' });
    expect(timeSpellings.some((s) => s.id === 'time.no-later-than' && s.text === 'chậm nhất')).toBe(true);
    expect(allSpellings.every((s) => !s.id.startsWith('time.'))).toBe(true);
  });

  it('suggests keywords, also from text without diacritics or with wrong ones', () => {
    expect(foldDiacritics('Đợt học kỳ')).toBe('dot hoc ky');
    expect(suggestKeyword(['ke', 'hoac'], ['plan', 'procedure'])).toBe('kế hoạch');
    expect(suggestKeyword(['buớc'], ['step'])).toBe('bước');
    expect(suggestAnyKeyword(['chamm', 'nhat'])).toBe('chậm nhất');
    expect(suggestAnyKeyword(['chậm', 'nhất'])).toBeUndefined();
    expect(closest('tổ_xet', ['tổ_xét', 'hội_đồng'])).toBe('tổ_xét');
    expect(closest('zzz', ['tổ_xét'])).toBeUndefined();
  });

  it('resolves import paths and line/columns purely', () => {
    expect(resolveImport('workflows/a.tdkt', '../dsl/lib/x.tdkt')).toBe('dsl/lib/x.tdkt');
    expect(resolveImport('/w/a.tdkt', './b.tdkt')).toBe('/w/b.tdkt');
    const idx = new LineIndex('ab\r\ncd\n');
    expect(idx.lineCol(4)).toEqual({ line: 2, col: 1 });
    expect(idx.lineText(1)).toBe('ab');
  });
});
