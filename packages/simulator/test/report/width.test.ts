// Display width of report text: Vietnamese in NFC or NFD, wide characters, clipping and wrapping to a width.

import { displayWidth } from '@tdkt/simulator';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { clip, fitTable, renderTable } from '../../src/report/table.js';
import { headToWidth, tailToWidth, wrapLine } from '../../src/report/width.js';

const WORDS = [
  'Hội',
  'đồng',
  'thi',
  'đua',
  'khen',
  'thưởng',
  'xét,',
  'trình',
  'Sở',
  'GD&ĐT',
  '20/5/2019',
  '„trước”',
  'tổ_chuyên_môn',
  '学校',
  'x',
];
const text = fc.array(fc.constantFrom(...WORDS), { minLength: 1, maxLength: 40 }).map((ws) => ws.join(' '));

describe('display width', () => {
  it('counts a Vietnamese letter as one column whether its marks are composed (NFC) or not (NFD)', () => {
    expect(displayWidth('Hội đồng thi đua')).toBe(16);
    expect(displayWidth('Hội đồng thi đua'.normalize('NFD'))).toBe(16);
    expect('Hội đồng thi đua'.normalize('NFD').length).toBeGreaterThan(16);
    expect(displayWidth('学校 ✔ – …')).toBe(10);
    expect(displayWidth('a\u200Bb')).toBe(2);
  });

  it('cuts to a width without splitting a letter from its marks', () => {
    const nfd = 'Trường THCS'.normalize('NFD');
    expect(headToWidth(nfd, 6).normalize('NFC')).toBe('Trường');
    expect(tailToWidth(nfd, 4).normalize('NFC')).toBe('THCS');
    expect(tailToWidth('sở_xét'.normalize('NFD'), 3).normalize('NFC')).toBe('xét');
    expect(clip(nfd, 8).normalize('NFC')).toBe('Trường…');
    expect(clip('khen@hồ_sơ_2020.sở_xét'.normalize('NFD'), 12, 'middle').normalize('NFC')).toBe('khen@…sở_xét');
  });

  it('aligns table columns by display width, so NFD text lines up with NFC text', () => {
    const lines = renderTable(
      ['Cấp', 'Số'],
      [
        ['Trường'.normalize('NFD'), '7'],
        ['Sở', '1.234'],
      ],
    );
    expect(lines.map(displayWidth)).toEqual([10, 13, 13, 13]);
    const fitted = fitTable(
      ['Cấp', 'Số'],
      [['Trường, cơ sở giáo dục thuộc UBND xã, phường'.normalize('NFD'), '1.234']],
      20,
    );
    expect(Math.max(...fitted.map(displayWidth))).toBe(20);
  });

  it('clips any text to at most the width asked', () => {
    fc.assert(
      fc.property(
        text,
        fc.integer({ min: 1, max: 60 }),
        fc.constantFrom('end' as const, 'middle' as const),
        fc.boolean(),
        (t, w, where, nfd) => {
          const s = nfd ? t.normalize('NFD') : t;
          const clipped = clip(s, w, where);
          expect(displayWidth(clipped)).toBeLessThanOrEqual(Math.max(w, 1));
          if (displayWidth(s) <= w) expect(clipped).toBe(s);
        },
      ),
    );
  });

  it('wraps a line at spaces within the width, losing no word, a continuation indented', () => {
    fc.assert(
      fc.property(text, fc.integer({ min: 12, max: 80 }), fc.boolean(), (t, w, nfd) => {
        const s = nfd ? t.normalize('NFD') : t;
        const lines = wrapLine(s, w, '    ');
        for (const [i, l] of lines.entries()) {
          const words = l.trim().split(' ');
          // A line is too wide only when it holds a single word longer than the line.
          if (displayWidth(l) > w) expect(words.length).toBe(1);
          if (i > 0) expect(l.startsWith('    ')).toBe(true);
        }
        expect(lines.map((l) => l.trim()).join(' ')).toBe(s);
      }),
    );
  });
});
