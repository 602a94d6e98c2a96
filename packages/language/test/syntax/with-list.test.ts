// `với A = x, B = y`: several parameter values on one line, and values that keep their own commas.

import { analyze, parse } from '@tdkt/language';
import { describe, expect, it } from 'vitest';

const plan = (withLine: string): string =>
  [
    'quy trình p "P"',
    '  tham số',
    '    hạn_a = trước 10/5',
    '    hạn_b = trước 20/5',
    '    tiêu_đề = "x"',
    '  bắt đầu a',
    '  bước a "A" do cá_nhân hạn hạn_a',
    '    nộp -> b',
    '  bước b "B" do cá_nhân hạn hạn_b',
    '    nộp -> xong',
    '  kết thúc xong "Xong"',
    'kế hoạch "K"',
    '  năm học 2024-2025',
    '  cấp cá_nhân "Cá nhân"',
    '  tiến độ',
    '    tháng 5/2025',
    `      x: "X" do cá_nhân theo quy trình p ${withLine}`,
    '',
  ].join('\n');

/** The overrides of the plan's only activity, as name → value text. */
function overrides(text: string): Record<string, string> {
  const r = parse(text, 'a.tdkt');
  expect(r.diagnostics).toEqual([]);
  const p = r.ast.items.find((i) => i.kind === 'Plan');
  const found: Record<string, string> = {};
  JSON.stringify(p, (_k, v: unknown) => {
    const o = v as { kind?: string; name?: { name: string }; value?: { value: unknown } } | null;
    if (o && o.kind === 'ParamOverride' && o.name && o.value) found[o.name.name] = String(o.value.value);
    return v;
  });
  return found;
}

describe('`với` lists', () => {
  it('reads several parameters separated by `, NAME =`', () => {
    expect(overrides(plan('với hạn_a = trước 5/5, hạn_b = trước 15/5'))).toEqual({
      hạn_a: 'trước 5/5',
      hạn_b: 'trước 15/5',
    });
  });

  it('keeps a comma that does not start a parameter inside the value', () => {
    expect(overrides(plan('với tiêu_đề = "a, b", hạn_a = trước 5/5'))).toEqual({ tiêu_đề: 'a, b', hạn_a: 'trước 5/5' });
    expect(overrides(plan('với hạn_a = trước 5/5, trước 6/5'))).toEqual({ hạn_a: 'trước 5/5, trước 6/5' });
  });

  it('checks each value on its own: a number for a deadline is reported at the number', () => {
    const text = plan('với hạn_a = 5, hạn_b = trước 15/5');
    const { diagnostics } = analyze(text, 'a.tdkt');
    const wrong = diagnostics.filter((d) => d.code === 'validate.override-type');
    expect(wrong).toHaveLength(1);
    expect(text.slice(wrong[0]!.span.start, wrong[0]!.span.end)).toBe('5');
  });
});
