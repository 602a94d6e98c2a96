import {
  foldDiacritics,
  formatIsoDate,
  occasionById,
  occasionDay,
  occasionOnDate,
  occasions,
  parseTimePhrase,
  tetDay,
} from '@tdkt/calendar';
import { describe, expect, it } from 'vitest';

describe('occasions', () => {
  it('names every occasion of domain.md, Tết included', () => {
    expect(occasions.map((o) => o.id).sort()).toEqual(
      ['1-5', '1-6', '11-6', '19-5', '2-9', '20-10', '20-11', '22-12', '26-3', '3-2', '30-4', '8-3', 'tet'].sort(),
    );
    expect(occasionOnDate(20, 11)?.name.vi).toBe('Ngày Nhà giáo Việt Nam');
  });

  it('reads every name and alias as its occasion, with or without diacritics', () => {
    for (const o of occasions) {
      for (const name of [o.name.vi, ...o.aliases]) {
        for (const text of [`dịp ${name}`, `dip ${foldDiacritics(name)}`]) {
          const { expr, diagnostics } = parseTimePhrase(text);
          expect(diagnostics, text).toEqual([]);
          expect(expr?.kind === 'occasion' && expr.occasion, text).toBe(o.id);
        }
      }
    }
  });

  it('finds Tết through the lunar calendar', () => {
    const tet = occasionById('tet')!;
    expect(formatIsoDate(occasionDay(tet, 2021, tetDay)!)).toBe('2021-02-12');
    expect(formatIsoDate(occasionDay(tet, 2030, tetDay)!)).toBe('2030-02-02');
    expect(occasionDay(tet, 2021, undefined)).toBeUndefined();
  });
});
