// The language service over a plan and the library procedure it imports: every editor feature, in vi and en.
import { describe, expect, it } from 'vitest';
import { applyEdits, fixture, LIB, PLAN, pos, typeAfter } from './fixture.js';

describe('diagnostics', () => {
  it('has none for a valid plan, and ranges for a misspelt name', () => {
    const s = fixture();
    expect(s.diagnostics('kh.tdkt')).toEqual([]);
    const broken = PLAN.replace('do hđ_trường', 'do hđ_truonq');
    s.change('kh.tdkt', broken);
    const [d] = s.diagnostics('kh.tdkt');
    expect(d?.code).toBe('link.unknown-name');
    expect(d?.severity).toBe(1);
    expect(d?.range).toEqual({ start: pos(broken, 'hđ_truonq'), end: pos(broken, 'hđ_truonq', 'hđ_truonq'.length) });
    expect(d?.message).toContain('hđ_trường');
  });

  it('renders messages in English on request', () => {
    const s = fixture({}, 'en');
    s.change('kh.tdkt', PLAN.replace('tháng 10/2020', 'tháng 13/2020'));
    expect(
      s
        .diagnostics('kh.tdkt')
        .map((d) => d.message)
        .join('\n'),
    ).toMatch(/month 13 does not exist/u);
  });

  it('flags a `dùng` line whose file has errors', () => {
    const s = fixture({ 'lib/xet.tdkt': LIB.replace('-> tổ_xét', '-> tổ_xett') });
    const d = s.diagnostics('kh.tdkt').find((x) => x.code === 'editor.import-has-errors');
    expect(d?.range.start).toEqual(pos(PLAN, '"lib/xet.tdkt"'));
    expect(d?.message).toMatch(/^tệp được dùng `lib\/xet.tdkt` có \d+ lỗi$/u);
  });
});

describe('hover', () => {
  it('shows the window, last day, weekday and softness of a time phrase', () => {
    const s = fixture();
    const h = s.hover('kh.tdkt', pos(PLAN, 'trước 30/6', 2));
    expect(h?.contents).toContain('**trước 30/6** — hạn chót');
    expect(h?.contents).toContain('Ngày cuối: **29/6/2021 (thứ Ba)**');
    expect(h?.contents).toContain('cứng');
    expect(h?.range).toEqual({ start: pos(PLAN, 'trước 30/6'), end: pos(PLAN, 'trước 30/6', 10) });
    const soft = s.hover('kh.tdkt', pos(PLAN, 'dự kiến tháng 9', 3))?.contents;
    expect(soft).toContain('1/9/2020 (thứ Ba) – 30/9/2020 (thứ Tư)');
    expect(soft).toContain('mềm');
  });

  it('speaks English with the setting', () => {
    const s = fixture({}, 'en');
    expect(s.hover('kh.tdkt', pos(PLAN, 'trước 30/6', 2))?.contents).toContain('Last day: **29/6/2021 (Tuesday)**');
  });

  it('resolves a relative phrase through its event, and a heading', () => {
    const s = fixture();
    expect(s.hover('kh.tdkt', pos(PLAN, 'chậm nhất 2 ngày', 1))?.contents).toContain(
      '`hội_nghị` dự kiến 1/9/2020 – 30/9/2020',
    );
    expect(s.hover('kh.tdkt', pos(PLAN, 'tháng 10/2020', 1))?.contents).toContain(
      '1/10/2020 (thứ Năm) – 31/10/2020 (thứ Bảy)',
    );
  });

  it('shows a procedure with its steps, across `dùng`', () => {
    const s = fixture();
    const h = s.hover('kh.tdkt', pos(PLAN, 'theo quy trình xét', 16))?.contents;
    expect(h).toContain('**quy trình** `xét` — “Xét cuối năm”');
    expect(h).toContain('1. `tự_đánh_giá` — Cá nhân tự đánh giá · do cá_nhân');
    expect(h).toContain('2. `tổ_xét` — Tổ xét, đề nghị · do tổ_trưởng · hạn hạn_tổ');
    expect(h).toContain('_khai báo ở lib/xet.tdkt:1_');
  });

  it('shows a role and a parameter', () => {
    const s = fixture();
    expect(s.hover('kh.tdkt', pos(PLAN, 'do hđ_trường', 4))?.contents).toContain(
      '**hội đồng** `hđ_trường` — “Hội đồng TĐKT”',
    );
    expect(s.hover('kh.tdkt', pos(PLAN, 'hạn_tổ =', 1))?.contents).toContain('`trước 15/5`');
  });
});

describe('completion', () => {
  const labels = (s: ReturnType<typeof fixture>, text: string, at: { line: number; character: number }): string[] => {
    s.change('kh.tdkt', text);
    return s.complete('kh.tdkt', at).items.map((i) => i.label);
  };

  it('offers actors after `do`, by folded prefix', () => {
    const s = fixture();
    s.diagnostics('kh.tdkt');
    const t = typeAfter(PLAN, 'do cá_nhân', ', hd');
    expect(labels(s, t.text, t.cursor)).toEqual(['hđ_trường']);
    const all = typeAfter(PLAN, '"Đăng ký thi đua" do ', '');
    expect(labels(s, all.text, all.cursor)).toEqual(
      expect.arrayContaining(['cá_nhân', 'tổ_trưởng', 'hđ_trường', 'trường']),
    );
  });

  it('offers procedures after `theo quy trình` and their parameters after `với`', () => {
    const s = fixture();
    s.diagnostics('kh.tdkt');
    const t = typeAfter(PLAN, 'theo quy trình ', '');
    expect(labels(s, t.text, t.cursor)).toContain('xét');
    const w = typeAfter(PLAN, 'với ', '');
    const items = (s.change('kh.tdkt', w.text), s.complete('kh.tdkt', w.cursor).items);
    const param = items.find((i) => i.label === 'hạn_tổ');
    expect(param?.textEdit.newText).toBe('hạn_tổ = ${1:trước 15/5}');
    expect(param?.snippet).toBe(true);
  });

  it('offers the procedure’s steps and finals after `->`', () => {
    const s = fixture();
    s.open('lib/xet.tdkt', LIB);
    const t = typeAfter(LIB, 'nộp -> ', '');
    s.change('lib/xet.tdkt', t.text);
    expect(s.complete('lib/xet.tdkt', t.cursor).items.map((i) => i.label)).toEqual(
      expect.arrayContaining(['tự_đánh_giá', 'tổ_xét', 'đạt', 'không_đạt']),
    );
  });

  it('offers the keywords a block allows at the start of a line, typed without diacritics too', () => {
    const s = fixture();
    s.open('lib/xet.tdkt', LIB);
    const t = typeAfter(LIB, '  trả lại -> tự_đánh_giá\n', '    tra');
    s.change('lib/xet.tdkt', t.text);
    const items = s.complete('lib/xet.tdkt', t.cursor).items;
    expect(items.map((i) => i.label)).toEqual(['trả lại']);
    const top = typeAfter(PLAN, '', 'ke');
    expect(labels(s, top.text, top.cursor)).toEqual(['kế hoạch']);
  });

  it('offers time phrase templates where a time may be written', () => {
    const s = fixture();
    const t = typeAfter(PLAN, '"Đăng ký thi đua" do cá_nhân', ' ');
    const items = (s.change('kh.tdkt', t.text), s.complete('kh.tdkt', t.cursor).items);
    expect(items.find((i) => i.label === 'trước D')?.textEdit.newText).toBe('trước ${1:30/6}');
    expect(items.find((i) => i.label === 'chậm nhất N ngày sau sự kiện')?.textEdit.newText).toBe(
      'chậm nhất ${1:2} ngày sau ${2:hội_nghị}',
    );
    expect(items.find((i) => i.label === 'tháng M/YYYY')?.textEdit.newText).toBe('tháng ${1:9/2020}');
  });

  it('opens by itself after a space only where a name is expected', () => {
    const s = fixture();
    const after = typeAfter(PLAN, '"Đăng ký thi đua" do cá_nhân', ' ');
    s.change('kh.tdkt', after.text);
    expect(s.complete('kh.tdkt', after.cursor, false).items).toEqual([]);
    expect(s.complete('kh.tdkt', after.cursor, true).items.length).toBeGreaterThan(0);
    const by = typeAfter(PLAN, '"Đăng ký thi đua" do ', '');
    s.change('kh.tdkt', by.text);
    expect(s.complete('kh.tdkt', by.cursor, false).items.map((i) => i.label)).toContain('hđ_trường');
  });

  it('is quiet inside strings and comments', () => {
    const s = fixture();
    const t = typeAfter(PLAN, '"Đăng ký ', '');
    expect(labels(s, t.text, t.cursor)).toEqual([]);
  });
});

describe('navigation', () => {
  it('goes to a procedure across `dùng`, and to the imported file from its path', () => {
    const s = fixture();
    expect(s.definition('kh.tdkt', pos(PLAN, 'theo quy trình xét', 16))).toEqual([
      { file: 'lib/xet.tdkt', range: { start: pos(LIB, 'xét'), end: pos(LIB, 'xét', 3) } },
    ]);
    expect(s.definition('kh.tdkt', pos(PLAN, 'lib/xet', 2))[0]?.file).toBe('lib/xet.tdkt');
    expect(s.definition('kh.tdkt', pos(PLAN, 'hạn_tổ =', 1))[0]?.range.start).toEqual(pos(LIB, 'hạn_tổ ='));
  });

  it('finds every reference, in the plan and in the library', () => {
    const s = fixture();
    const refs = s.references('kh.tdkt', pos(PLAN, 'vai trò tổ_trưởng', 9));
    expect(refs.map((r) => `${r.file}:${r.range.start.line}`)).toEqual(['kh.tdkt:5', 'lib/xet.tdkt:7']);
    expect(s.references('kh.tdkt', pos(PLAN, 'sau đăng_ký', 5), false).map((r) => r.range.start)).toEqual([
      pos(PLAN, 'đăng_ký', 0, 1),
    ]);
  });

  it('renames a declaration and its uses, and refuses bad or taken names', () => {
    const s = fixture();
    const r = s.rename('kh.tdkt', pos(PLAN, 'đăng_ký:', 1), 'đăng_ký_thi_đua');
    expect(r.ok && Object.fromEntries(Object.entries(r.edit).map(([f, es]) => [f, es.length]))).toEqual({
      'kh.tdkt': 2,
    });
    expect(s.rename('kh.tdkt', pos(PLAN, 'đăng_ký:', 1), '2x')).toEqual({
      ok: false,
      message: expect.stringContaining('không hợp lệ'),
    });
    expect(s.rename('kh.tdkt', pos(PLAN, 'đăng_ký:', 1), 'bình_xét').ok).toBe(false);
    const step = s.rename('kh.tdkt', pos(PLAN, 'vai trò tổ_trưởng', 9), 'tổ_trưởng_cm');
    expect(step.ok && Object.keys(step.edit).sort()).toEqual(['kh.tdkt', 'lib/xet.tdkt']);
  });
});

describe('outline, formatting, quick fixes, simulate', () => {
  it('outlines the organisation, the plan’s sections and activities, and procedures with steps', () => {
    const s = fixture();
    const plan = s.documentSymbols('kh.tdkt');
    expect(plan.map((x) => x.name)).toEqual(['tổ chức', 'Kế hoạch thử']);
    const schedule = plan[1]?.children.find((c) => c.name === 'tiến độ');
    expect(schedule?.children.map((c) => `${c.name}: ${c.children.map((a) => a.name).join(', ')}`)).toEqual([
      'tháng 10/2020: đăng_ký',
      'tháng 6/2021: bình_xét',
    ]);
    s.open('lib/xet.tdkt', LIB);
    expect(s.documentSymbols('lib/xet.tdkt')[0]?.children.map((c) => c.name)).toEqual([
      'hạn_tổ',
      'tự_đánh_giá',
      'tổ_xét',
      'đạt',
      'không_đạt',
    ]);
  });

  it('formats with the tdkt fmt formatter as one minimal edit, and not a broken file', () => {
    const s = fixture();
    expect(s.format('kh.tdkt')).toEqual([]);
    s.change('kh.tdkt', PLAN.replace('  năm học 2020-2021', '  nam hoc 2020-2021'));
    const edits = s.format('kh.tdkt');
    expect(edits).toHaveLength(1);
    expect(edits[0]?.range.start.line).toBe(pos(PLAN, 'năm học').line);
    expect(applyEdits(s.document('kh.tdkt')!.text, edits)).toBe(PLAN);
    s.change('kh.tdkt', `${PLAN}\n  ???\n`);
    expect(s.format('kh.tdkt')).toEqual([]);
  });

  it('offers "did you mean" as a quick fix', () => {
    const s = fixture();
    const broken = PLAN.replace('sau đăng_ký', 'sau dang_kyy');
    s.change('kh.tdkt', broken);
    const at = pos(broken, 'dang_kyy');
    const [action] = s.codeActions('kh.tdkt', { start: at, end: at });
    expect(action?.title).toBe('Sửa thành `đăng_ký`');
    expect(action?.edit).toEqual({
      'kh.tdkt': [{ range: { start: at, end: pos(broken, 'dang_kyy', 8) }, newText: 'đăng_ký' }],
    });
  });

  it('reports a deadline conflict found by simulate where it was written', () => {
    const s = fixture();
    expect(s.simulate('kh.tdkt').diagnostics.get('kh.tdkt') ?? []).toEqual([]);
    const late = PLAN.replace('chậm nhất 2 ngày sau hội_nghị', 'chậm nhất 2 ngày sau hội_nghị\n        sau bình_xét');
    s.change('kh.tdkt', late);
    const result = s.simulate('kh.tdkt');
    expect(result.ran).toBe(true);
    const found = result.diagnostics.get('kh.tdkt') ?? [];
    expect(found.length).toBeGreaterThan(0);
    expect(found[0]?.source).toBe('tdkt');
  });

  it('warns where a step row is shortened by a library default, and not once the row sets it with `với`', () => {
    const s = fixture();
    const row = PLAN.replace('tháng 6/2021', 'tháng 5/2021')
      .replace('        trước 30/6\n', '')
      .replace('theo quy trình xét\n        với hạn_tổ = trước 20/6', 'theo quy trình xét bước tự_đánh_giá');
    expect(row).not.toMatch(/trước 30\/6|với/u);
    s.change('kh.tdkt', row);
    const found = (s.simulate('kh.tdkt').diagnostics.get('kh.tdkt') ?? []).filter(
      (d) => d.code === 'temporal.default-shortens-row',
    );
    expect(found).toHaveLength(1);
    expect(found[0]?.severity).toBe(2);
    expect(found[0]?.range.start).toEqual(pos(row, 'bình_xét:'));
    expect(found[0]?.message).toMatch(/`với hạn_tổ = …`/u);
    expect(found[0]?.relatedInformation?.map((r) => r.location.file)).toContain('lib/xet.tdkt');
    s.change('kh.tdkt', row.replace('bước tự_đánh_giá', 'bước tự_đánh_giá\n        với hạn_tổ = trước 31/5'));
    const after = s.simulate('kh.tdkt');
    expect(after.ran).toBe(true);
    expect((after.diagnostics.get('kh.tdkt') ?? []).map((d) => d.code)).toEqual([]);
  });
});
