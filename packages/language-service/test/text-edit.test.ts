// Typing inside a string's text or a comment: the moved diagnostics are exactly those a new analysis gives.

import { createLanguageService } from '@tdkt/language-service';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { LIB, PLAN, pos } from './fixture.js';

// Two misspelt names after the strings, so their ranges have to move with every edit before them.
const BROKEN = `${PLAN.replace('sau đăng_ký', 'sau dang_kyy').replace('do hđ_trường', 'do hđ_truonq')}# ghi chú cuối\n`;
const SAFE = fc.constantFrom('a', 'ế', ' ', 'Tổ', 'đ', '1', '-', '.', 'ngày 30/6');

function service(reads: { n: number }) {
  const files: Record<string, string> = { 'lib/xet.tdkt': LIB };
  const s = createLanguageService({ readFile: (p) => (reads.n++, files[p]) });
  s.open('kh.tdkt', BROKEN);
  return s;
}

/** Offsets strictly inside string texts and comments of the text (where typing changes no analysis). */
function quietOffsets(text: string): number[] {
  const out: number[] = [];
  for (const m of text.matchAll(/"([^"\\\n]*)"|#[^\n]*/gu)) {
    if (/^\s*dùng/u.test(text.slice(text.lastIndexOf('\n', m.index) + 1, m.index))) continue;
    const from = m.index + 1;
    const to = m.index + m[0].length - (m[0].startsWith('"') ? 1 : 0);
    for (let o = from; o <= to; o++) out.push(o);
  }
  return out;
}

describe('edits inside strings and comments', () => {
  const offsets = quietOffsets(BROKEN);

  it('move the diagnostics exactly as a new analysis would place them', () => {
    fc.assert(
      fc.property(fc.constantFrom(...offsets), fc.nat({ max: 3 }), SAFE, (at, cut, insert) => {
        const reads = { n: 0 };
        const s = service(reads);
        expect(s.diagnostics('kh.tdkt').map((d) => d.code)).toEqual(['link.unknown-name', 'link.unknown-name']);
        // Never cut through the closing quote: stay inside the string or the comment.
        const closing =
          BROKEN.indexOf('"', at) < 0
            ? BROKEN.indexOf('\n', at)
            : Math.min(BROKEN.indexOf('"', at), BROKEN.indexOf('\n', at));
        const end = Math.min(at + cut, closing);
        const next = BROKEN.slice(0, at) + insert + BROKEN.slice(end);
        s.change('kh.tdkt', next);
        const readsBefore = reads.n;
        const moved = s.diagnostics('kh.tdkt');
        expect(reads.n, 'no new analysis').toBe(readsBefore);
        const fresh = createLanguageService({ readFile: (p) => (p === 'lib/xet.tdkt' ? LIB : undefined) });
        fresh.open('kh.tdkt', next);
        expect(moved).toEqual(fresh.diagnostics('kh.tdkt'));
      }),
      { numRuns: 40 },
    );
  });

  it('analyse again when a quote, a line break or a name changes', () => {
    const reads = { n: 0 };
    const s = service(reads);
    s.diagnostics('kh.tdkt');
    for (const next of [
      BROKEN.replace('"Kế hoạch thử"', '"Kế hoạch "thử"'),
      BROKEN.replace('Đăng ký thi đua', 'Đăng ký\nthi đua'),
      BROKEN.replace('dang_kyy', 'đăng_ký'),
    ]) {
      s.change('kh.tdkt', next);
      const before = reads.n;
      const fresh = createLanguageService({ readFile: (p) => (p === 'lib/xet.tdkt' ? LIB : undefined) });
      fresh.open('kh.tdkt', next);
      expect(s.diagnostics('kh.tdkt')).toEqual(fresh.diagnostics('kh.tdkt'));
      expect(reads.n).toBeGreaterThan(before);
    }
    expect(pos(BROKEN, 'dang_kyy').line).toBeGreaterThan(0);
  });
});
