// Properties: generated programs survive format → parse with an equal AST, and format is idempotent.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { astEqual, format, isBlocking } from '../../src/format/index.js';
import { parse } from '../../src/syntax/parse.js';
import { programArb } from './generate.js';

const blocking = (text: string): string[] =>
  parse(text, 'g.tdkt')
    .diagnostics.filter(isBlocking)
    .map((d) => `${d.code} ${JSON.stringify(d.data)} @${d.span.start}`);

describe('format properties', () => {
  it('the generator writes programs without syntax errors', () => {
    fc.assert(
      fc.property(programArb, ({ text }) => {
        expect(blocking(text), text).toEqual([]);
      }),
      { numRuns: 30, endOnFailure: true },
    );
  });

  it('format keeps the AST (modulo spans), uses the full mode, and is idempotent', () => {
    fc.assert(
      fc.property(programArb, fc.constantFrom<'auto' | 'tab' | number>('auto', 'tab', 4), ({ text }, indent) => {
        const once = format(text, { indent });
        expect(once.mode, text).toBe('full');
        expect(astEqual(parse(once.text, 'g.tdkt').ast, parse(text, 'g.tdkt').ast)).toBe(true);
        expect(format(once.text, { indent }).text, once.text).toBe(once.text);
        if (indent === 'auto')
          expect(format(once.text, { indent: 'tab' }).text).toBe(format(text, { indent: 'tab' }).text);
      }),
      { numRuns: 60, endOnFailure: true },
    );
  });

  it('NFD input formats to the same text as NFC input', () => {
    fc.assert(
      fc.property(programArb, ({ text }) => {
        expect(format(text.normalize('NFD')).text).toBe(format(text).text);
      }),
      { numRuns: 15, endOnFailure: true },
    );
  });
});

/** Random edits of a valid program: deleted, duplicated, swapped characters and lines, Word punctuation. */
const mutated = fc
  .tuple(
    programArb,
    fc.array(fc.tuple(fc.nat(), fc.nat(), fc.constantFrom('del', 'dup-line', 'swap', 'insert', 'del-line', 'tab')), {
      minLength: 1,
      maxLength: 4,
    }),
  )
  .map(([{ text }, edits]) => {
    let t = text;
    for (const [a, b, kind] of edits) {
      const i = t.length === 0 ? 0 : a % t.length;
      const lines = t.split('\n');
      const l = b % Math.max(1, lines.length);
      if (kind === 'del') t = t.slice(0, i) + t.slice(i + 1);
      else if (kind === 'swap' && i + 1 < t.length) t = t.slice(0, i) + t[i + 1]! + t[i]! + t.slice(i + 2);
      else if (kind === 'insert')
        t = t.slice(0, i) + ['“', '”', '–', '…', '"', '#', '->', ':', ' ', '\u00a0'][b % 10]! + t.slice(i);
      else if (kind === 'dup-line') t = [...lines.slice(0, l + 1), ...lines.slice(l)].join('\n');
      else if (kind === 'del-line') t = [...lines.slice(0, l), ...lines.slice(l + 1)].join('\n');
      else if (kind === 'tab') t = lines.map((x, k) => (k === l ? `\t${x.trimStart()}` : x)).join('\n');
    }
    return t;
  });

describe('format on broken input', () => {
  it('never throws; leaves a file with syntax errors untouched, else keeps its AST', () => {
    fc.assert(
      fc.property(mutated, (text) => {
        const r = format(text);
        if (r.diagnostics.length > 0) expect(r.text).toBe(text);
        else expect(astEqual(parse(r.text, 'g.tdkt').ast, parse(text, 'g.tdkt').ast), text).toBe(true);
        if (r.mode === 'full') expect(format(r.text).text, r.text).toBe(r.text);
      }),
      { numRuns: 50, endOnFailure: true },
    );
  });
});
