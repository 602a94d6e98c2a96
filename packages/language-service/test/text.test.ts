// Offsets and positions between the editor's text and the NFC text the language analyses.

import { DocumentText } from '@tdkt/language-service';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';

describe('DocumentText', () => {
  it('is the identity on NFC text', () => {
    const t = new DocumentText('kế hoạch "KH"\n  năm 2024\n');
    expect(t.nfc).toBe(t.text);
    expect(t.position(15)).toEqual({ line: 1, character: 1 });
    expect(t.offsetAt({ line: 1, character: 1 })).toBe(15);
  });

  it('maps decomposed diacritics and a byte-order mark onto the NFC offsets', () => {
    const raw = '\uFEFFke\u0302\u0301 hoa\u0323ch';
    const t = new DocumentText(raw);
    expect(t.nfc).toBe('kế hoạch');
    // `hoạch` starts at NFC offset 3 and raw offset 6 (BOM, k, e, two marks, space).
    expect(t.position(3)).toEqual({ line: 0, character: 6 });
    expect(t.offsetAt({ line: 0, character: 6 })).toBe(3);
    expect(t.rangeOf({ start: 0, end: 2 })).toEqual({
      start: { line: 0, character: 1 },
      end: { line: 0, character: 5 },
    });
  });

  it('round-trips every NFC offset that starts a character, for any decomposed text', () => {
    // Vowels take a tone mark (they compose into one NFC letter); other characters stand alone.
    const vowel = fc.constantFrom('a', 'e', 'o', 'u', 'ê', 'ơ', 'ư');
    const mark = fc.constantFrom('', '\u0300', '\u0301', '\u0303', '\u0309', '\u0323');
    const other = fc.constantFrom('d', 'đ', ' ', '\n', '_', '1');
    const part = fc.oneof(
      fc.tuple(vowel, mark).map(([v, m]) => v + m),
      other,
    );
    fc.assert(
      fc.property(fc.array(part, { maxLength: 40 }), (parts) => {
        const raw = parts.map((p) => p.normalize('NFD')).join('');
        const t = new DocumentText(raw);
        for (let o = 0; o <= t.nfc.length; o++) expect(t.offsetAt(t.position(o))).toBe(o);
      }),
    );
  });
});
