import { readFileSync } from 'node:fs';
import { analyze } from '@tdkt/language';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';

const base = ['sketch.tdkt', 'constructs.tdkt'].map((n) =>
  readFileSync(new URL(`../fixtures/${n}`, import.meta.url), 'utf8'),
);
const STRAY = ['“', '”', '–', '…', '"', '\t', '  ', '->', '#', ':', 'đ', '\u0301', '\n'];

const mutation = fc.oneof(
  fc.record({ op: fc.constant('delete-char' as const), at: fc.nat() }),
  fc.record({ op: fc.constant('dup-char' as const), at: fc.nat() }),
  fc.record({ op: fc.constant('swap-chars' as const), at: fc.nat() }),
  fc.record({ op: fc.constant('delete-line' as const), at: fc.nat() }),
  fc.record({ op: fc.constant('dup-line' as const), at: fc.nat() }),
  fc.record({ op: fc.constant('swap-lines' as const), at: fc.nat() }),
  fc.record({ op: fc.constant('nfd' as const), at: fc.nat() }),
  fc.record({ op: fc.constant('insert' as const), at: fc.nat(), s: fc.constantFrom(...STRAY) }),
);

function apply(text: string, m: { op: string; at: number; s?: string }): string {
  const i = text.length === 0 ? 0 : m.at % text.length;
  const lines = text.split('\n');
  const l = lines.length === 0 ? 0 : m.at % lines.length;
  switch (m.op) {
    case 'delete-char':
      return text.slice(0, i) + text.slice(i + 1);
    case 'dup-char':
      return text.slice(0, i + 1) + text.slice(i);
    case 'swap-chars':
      return text.slice(0, i) + text.slice(i + 1, i + 2) + text.slice(i, i + 1) + text.slice(i + 2);
    case 'delete-line':
      return [...lines.slice(0, l), ...lines.slice(l + 1)].join('\n');
    case 'dup-line':
      return [...lines.slice(0, l + 1), ...lines.slice(l)].join('\n');
    case 'swap-lines':
      return [...lines.slice(0, l), lines[l + 1] ?? '', lines[l] ?? '', ...lines.slice(l + 2)].join('\n');
    case 'nfd':
      return text.slice(0, i) + text.slice(i).normalize('NFD');
    default:
      return text.slice(0, i) + (m.s ?? '') + text.slice(i);
  }
}

describe('fuzz: mutated files', () => {
  it('never throw and always give diagnostics with valid spans', () => {
    fc.assert(
      fc.property(fc.constantFrom(...base), fc.array(mutation, { minLength: 1, maxLength: 4 }), (text, ms) => {
        const mutated = ms.reduce(apply, text);
        const r = analyze(mutated, 'm.tdkt');
        const len = r.files.get('m.tdkt')!.text.length;
        for (const d of r.diagnostics) {
          expect(d.span.start).toBeGreaterThanOrEqual(0);
          expect(d.span.end).toBeGreaterThanOrEqual(d.span.start);
          expect(d.span.end).toBeLessThanOrEqual(len);
          expect(typeof d.code).toBe('string');
        }
      }),
      { numRuns: 150, seed: 20261123 },
    );
  });
});
