// Never a crash: every feature answers on randomly damaged text (deleted, inserted and swapped pieces).
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { fixture, PLAN } from './fixture.js';

const pieces = [
  '',
  ' ',
  '\n',
  '  ',
  '"',
  '->',
  'do ',
  'sau ',
  'với ',
  'trước ',
  '30/6',
  'tháng 13/2020',
  'bước',
  'quy trình',
  'x',
  'đ',
  '\u0301',
  '#',
  ':',
  ',',
];

describe('the service on damaged text', () => {
  it('answers every request without throwing', () => {
    fc.assert(
      fc.property(
        fc.array(fc.tuple(fc.nat(), fc.nat({ max: 12 }), fc.constantFrom(...pieces)), { minLength: 1, maxLength: 6 }),
        fc.array(fc.tuple(fc.nat(), fc.nat()), { minLength: 1, maxLength: 4 }),
        (edits, positions) => {
          let text = PLAN;
          for (const [at, cut, insert] of edits) {
            const i = at % (text.length + 1);
            text = text.slice(0, i) + insert + text.slice(Math.min(text.length, i + cut));
          }
          const s = fixture();
          s.change('kh.tdkt', text);
          expect(Array.isArray(s.diagnostics('kh.tdkt'))).toBe(true);
          const lines = text.split('\n');
          for (const [l, c] of positions) {
            const line = l % lines.length;
            const position = { line, character: c % (lines[line]!.length + 1) };
            s.hover('kh.tdkt', position);
            s.complete('kh.tdkt', position);
            s.complete('kh.tdkt', position, false);
            s.definition('kh.tdkt', position);
            s.references('kh.tdkt', position);
            s.prepareRename('kh.tdkt', position);
            s.rename('kh.tdkt', position, 'tên_mới');
            s.codeActions('kh.tdkt', { start: position, end: position });
          }
          s.documentSymbols('kh.tdkt');
          s.format('kh.tdkt');
          s.simulate('kh.tdkt');
        },
      ),
      { numRuns: 60 },
    );
  });
});
