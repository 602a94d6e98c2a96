// Properties: generated programs survive format → parse with an equal AST, and format is idempotent.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { astEqual, format, isBlocking } from '../../src/format/index.js';
import { parse } from '../../src/syntax/parse.js';
import { programArb } from './generate.js';

const blocking = (text: string): string[] => parse(text, 'g.tdkt').diagnostics.filter(isBlocking).map((d) => `${d.code} ${JSON.stringify(d.data)} @${d.span.start}`);

describe('format properties', () => {
  it('the generator writes programs without syntax errors', () => {
    fc.assert(fc.property(programArb, ({ text }) => {
          expect(blocking(text), text).toEqual([]);
        }), { numRuns: 60, endOnFailure: true });
  });

  it('format keeps the AST (modulo spans), uses the full mode, and is idempotent', () => {
    fc.assert(
      fc.property(programArb, ({ text }) => {
        const once = format(text);
        expect(once.mode, text).toBe('full');
        expect(astEqual(parse(once.text, 'g.tdkt').ast, parse(text, 'g.tdkt').ast)).toBe(true);
        expect(format(once.text).text, once.text).toBe(once.text);
      }),
      { numRuns: 60, endOnFailure: true },
    );
  });

  it('NFD input formats to the same text as NFC input', () => {
    fc.assert(fc.property(programArb, ({ text }) => {
          expect(format(text.normalize('NFD')).text).toBe(format(text).text);
        }), { numRuns: 20, endOnFailure: true });
  });
});
