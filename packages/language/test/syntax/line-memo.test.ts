import { readFileSync } from 'node:fs';
import { createLineMemo, parse } from '@tdkt/language';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';

const read = (path: string): string => readFileSync(new URL(`../../../../${path}`, import.meta.url), 'utf8');
const texts = [
  read('workflows/kim-son-2020-2021.tdkt'),
  read('workflows/lai-chau-2020-2021.tdkt'),
  read('dsl/lib/xet-cuoi-nam.tdkt'),
  readFileSync(new URL('../fixtures/constructs.tdkt', import.meta.url), 'utf8'),
];

/** One edit as an editor makes it: insert, delete or replace a few characters or a whole line. */
const edit = fc.record({
  at: fc.nat(),
  cut: fc.nat({ max: 12 }),
  insert: fc.constantFrom(
    '',
    ' ',
    'x',
    '\n',
    '  ',
    'trước 30/6',
    '"',
    '\n      mới: "Việc mới" do hđ_trường',
    '#',
    'đ',
  ),
});

function applyEdit(text: string, e: { at: number; cut: number; insert: string }): string {
  const i = text.length === 0 ? 0 : e.at % text.length;
  return text.slice(0, i) + e.insert + text.slice(i + e.cut);
}

describe('parse with a line memo', () => {
  it('gives exactly what a parse without it gives, edit after edit', () => {
    fc.assert(
      fc.property(fc.constantFrom(...texts), fc.array(edit, { minLength: 1, maxLength: 6 }), (text, edits) => {
        const memo = createLineMemo();
        let current = text;
        parse(current, 'a.tdkt', { memo });
        for (const e of edits) {
          current = applyEdit(current, e);
          const plain = parse(current, 'a.tdkt');
          const memoised = parse(current, 'a.tdkt', { memo });
          expect(memoised.ast).toEqual(plain.ast);
          expect(memoised.diagnostics).toEqual(plain.diagnostics);
        }
      }),
      { numRuns: 60 },
    );
  });

  it('reuses lines moved by an insertion above them, with their spans moved', () => {
    const memo = createLineMemo();
    const text = texts[0] as string;
    parse(text, 'a.tdkt', { memo });
    const shifted = `# một dòng chú thích mới\n${text}`;
    expect(parse(shifted, 'a.tdkt', { memo })).toEqual(parse(shifted, 'a.tdkt'));
  });

  it('does not let a caller change what it remembers', () => {
    const memo = createLineMemo();
    const text = texts[2] as string;
    const first = parse(text, 'a.tdkt', { memo });
    // Whatever a caller does to its copy of the tree, the next parse is unaffected.
    (first.ast.items as unknown[]).length = 0;
    JSON.stringify(first.ast, (_k, v: unknown) => {
      if (v && typeof v === 'object' && 'span' in v) (v as { span: { start: number } }).span.start = -1;
      return v;
    });
    expect(parse(`${text} `, 'a.tdkt', { memo }).ast).toEqual(parse(`${text} `, 'a.tdkt').ast);
  });
});
