import { readFileSync } from 'node:fs';
import { diagnosticHelp, LineIndex, loadWorkspace, renderDiagnostics } from '@tdkt/language';
import { dedent, expectCodes, parseOk } from '@tdkt/language/test';
import { describe, expect, it } from 'vitest';

const fixture = (name: string): string => readFileSync(new URL(`../fixtures/${name}`, import.meta.url), 'utf8');

describe('analysis: a broken file reports every error where it is', () => {
  const text = fixture('broken.tdkt');
  const r = loadWorkspace(['broken.tdkt'], (p) => (p === 'broken.tdkt' ? text : undefined));
  const index = new LineIndex(text);
  const at = r.diagnostics.map(
    (d) => `${index.lineCol(d.span.start).line}:${index.lineCol(d.span.start).col} ${d.code}`,
  );

  it('lists all of them with line:col', () => {
    expect(at).toEqual([
      '4:27 link.unknown-name',
      '6:1 syntax.unknown-line',
      '10:11 time.invalid-month',
      '12:18 validate.after-cycle',
      '17:12 link.unknown-name',
      '18:9 validate.guard-unknown-field',
      '21:3 syntax.unknown-line',
    ]);
  });

  it('suggests near names and keywords, also without diacritics', () => {
    const data = r.diagnostics.map((d) => d.data['suggestion']);
    expect(data).toContain('trường');
    expect(data).toContain('kế hoạch');
    expect(data).toContain('bước');
  });

  it('renders file:line:col, the source line and a caret, in Vietnamese by default', () => {
    const out = renderDiagnostics(r.diagnostics.slice(0, 1), 'broken.tdkt', text, { lang: 'vi' });
    expect(out).toBe(
      [
        'broken.tdkt:4:27: error link.unknown-name: không có cấp `truongg`',
        ' 4 |   vai trò hiệu_trưởng cấp truongg',
        '   |                           ^^^^^^^',
        '   = gợi ý: có phải ý bạn là `trường`?',
      ].join('\n'),
    );
    expect(renderDiagnostics(r.diagnostics.slice(0, 1), 'b', text, { lang: 'en' })).toContain(
      'unknown level `truongg`',
    );
  });
});

describe('analysis: one spelling for every name', () => {
  it('matches names without diacritics, in any case, NFD or NFC; two spellings of one name clash, naming both', () => {
    const ok = loadWorkspace(['a.tdkt'], () =>
      dedent(`
      tổ chức
        cấp cá_nhân < tổ < trường
        vai trò hiệu_trưởng cấp TRUONG
        vai trò tổ_trưởng cấp ${'tổ'.normalize('NFD')}
    `),
    );
    expect(ok.diagnostics).toEqual([]);
    const clash = loadWorkspace(['b.tdkt'], () =>
      dedent(`
      tổ chức
        cấp cá_nhân < trường
        vai trò kỷ_niệm cấp trường
        vai trò ky_niem cấp trường
    `),
    );
    expect(clash.diagnostics.map((d) => [d.code, d.data['first'], d.data['line']])).toEqual([
      ['link.duplicate-name', 'kỷ_niệm', 3],
    ]);
  });

  it('keywords are recognised by position: `to`, `so`, `nop`, `trình` are names where a name is expected', () => {
    const r = loadWorkspace(['c.tdkt'], () =>
      dedent(`
      to chuc
        cap ca_nhan < to "To chuyen mon" < so "So GD&DT"
        vai tro nop "Nguoi nop" cap ca_nhan
        vai tro trình "Nguoi trinh" cap so
      quy trinh q
        buoc nop_ho_so do nop
          nop -> trinh_so
        buoc trinh_so do trình
          trinh -> xong_viec
        ket thuc xong_viec
    `),
    );
    expect(r.diagnostics).toEqual([]);
    expect(r.model.procedures[0]?.steps.map((s) => s.by[0]?.level)).toEqual(['ca_nhan', 'so']);
  });
});

describe('analysis: imports, cycles, structure', () => {
  const lib = dedent(`
    quy trình đăng_ký "Đăng ký"
      tham số
        hạn_đk = chậm nhất 30/9
      bước nộp_đăng_ký do cá_nhân hạn hạn_đk
        nộp -> xong_đk
      kết thúc xong_đk
  `);
  const plan = dedent(`
    dùng "lib/dang-ky.tdkt"
    tổ chức
      cấp cá_nhân < trường
      vai trò cá_nhân cấp cá_nhân
    kế hoạch "KH"
      năm học 2020-2021
      tiến độ
        tháng 9/2020
          đk: "Đăng ký" theo quy trình đăng_ký với hạn_đk = chậm nhất 25/9
  `);
  const files: Record<string, string> = { 'w/plan.tdkt': plan, 'w/lib/dang-ky.tdkt': lib };

  it('links a procedure from another file and applies the override in the plan context', () => {
    const r = loadWorkspace(['w/plan.tdkt'], (p) => files[p]);
    expect(r.diagnostics).toEqual([]);
    const link = r.model.plans[0]!.activities[0]!.procedure!;
    expect(link.file).toBe('w/lib/dang-ky.tdkt');
    const step = link.instance!.steps[0]!;
    expect(step.deadline?.param).toBe('hạn_đk');
    expect(step.deadline?.time.text).toBe('chậm nhất 25/9');
    expect(step.deadline?.time.resolution?.lastDay).toBeGreaterThan(0);
    expect(step.by[0]).toMatchObject({ kind: 'role', id: 'cá_nhân' });
  });

  it('reports import cycles and missing files', () => {
    const cyc: Record<string, string> = { 'a.tdkt': 'dùng "b.tdkt"\n', 'b.tdkt': 'dùng "a.tdkt"\n' };
    expect(loadWorkspace(['a.tdkt'], (p) => cyc[p]).diagnostics.map((d) => d.code)).toEqual(['link.import-cycle']);
    expect(loadWorkspace(['x.tdkt'], () => undefined).diagnostics.map((d) => d.code)).toEqual([
      'link.import-not-found',
    ]);
  });

  it('finds duplicate names, unreachable steps, steps with no way out, level order running backwards', () => {
    expectCodes(
      dedent(`
      tổ chức
        cấp tổ < trường < phòng
        vai trò tổ cấp tổ
        vai trò phòng_gd cấp phòng
      quy trình q
        bước a do phòng_gd
          duyệt -> b
        bước b do tổ
          duyệt -> kq
        bước c do tổ
        bước a do tổ
          duyệt -> kq
        kết thúc kq
    `),
      ['validate.level-backwards', 'validate.no-way-out', 'validate.unreachable-step', 'link.duplicate-name'],
    );
  });

  it('reads the 2025 two-tier organisation without a district level', () => {
    const { model } = parseOk(fixture('constructs.tdkt'));
    expect(model.plans[0]!.levels.some((l) => l.id === 'phòng')).toBe(false);
  });
});

describe('analysis: recovery keeps names of broken lines', () => {
  it('a step with a broken head is still declared and its children still checked', () => {
    const text = dedent(`
      tổ chức
        cấp cá_nhân < tổ
        vai trò cá_nhân cấp cá_nhân
      quy trình q
        bước a do cá_nhân
          nộp -> b
        bước b do cá_nhân hann trước 20/5
          aprove -> đạt
        kết thúc đạt
    `);
    const r = loadWorkspace(['t.tdkt'], () => text);
    expect(r.diagnostics.map((d) => [d.code, d.data['suggestion']])).toEqual([
      ['syntax.unexpected', 'hạn'],
      ['validate.custom-action', 'approve'],
    ]);
  });

  it('a misspelt keyword swallowed into a name is pointed out', () => {
    const text = dedent(`
      tổ chức
        cấp cá_nhân
        vai trò cá_nhân cấp cá_nhân
      kế hoạch "KH"
        năm học 2020-2021
        tiến độ
          cả năm
            a: "A" do cá_nhân chamm nhat 3/10
            b: "B" sau a
    `);
    const r = loadWorkspace(['t.tdkt'], () => text);
    expect(r.diagnostics.map((d) => [d.code, d.data['keyword']])).toEqual([['link.unknown-name', 'chậm nhất']]);
  });

  it('a known name and one short word (`cá_nhân hann`): asks whether the word is a misspelt keyword', () => {
    const text = dedent(`
      tổ chức
        cấp cá_nhân
        vai trò cá_nhân cấp cá_nhân
      kế hoạch "KH"
        năm học 2020-2021
        tiến độ
          cả năm
            a: "A" do cá_nhân hann trước 20/5
    `);
    const [d, ...rest] = loadWorkspace(['t.tdkt'], () => text).diagnostics;
    expect(rest).toEqual([]);
    expect(d?.data).toMatchObject({ name: 'cá_nhân_hann', knownHead: 'cá_nhân', rest: 'hann' });
    expect(diagnosticHelp(d!, 'vi')).toContain('`hann` phía sau có phải một từ khoá viết sai');
    expect(diagnosticHelp(d!, 'en')).toContain('is `hann` after it a misspelt keyword');
  });

  it('a new name made of two known ones (`truong_phong`: trường, phòng) is not a swallowed keyword: declare it', () => {
    const text = dedent(`
      tổ chức
        cấp phòng
        cấp trường
      kế hoạch "KH"
        năm học 2020-2021
        tiến độ
          cả năm
            a: "A" do truong_phong
    `);
    const r = loadWorkspace(['t.tdkt'], () => text);
    expect(r.diagnostics.map((d) => [d.code, d.data['keyword']])).toEqual([['link.unknown-name', undefined]]);
    const [d] = r.diagnostics;
    expect(diagnosticHelp(d!, 'vi')).toContain('vai trò truong_phong');
    expect(diagnosticHelp(d!, 'en')).toContain('declare it');
  });

  it('answers an unknown 100 KB name of many `_`-separated words with one diagnostic, its prefixes tried a bounded number of times (issue 18)', () => {
    // Was quadratic (every prefix folded and looked up: 44 s at 100 KB); now the head is at most a few words.
    const name = `cá_nhân_${Array.from({ length: 25_000 }, () => 'hạn').join('_')}`;
    expect(name.length).toBeGreaterThan(100_000);
    const text = dedent(`
      tổ chức
        cấp cá_nhân
        vai trò cá_nhân cấp cá_nhân
      kế hoạch "KH"
        năm học 2020-2021
        tiến độ
          cả năm
            a: "A" do ${name}
    `);
    const r = loadWorkspace(['t.tdkt'], () => text);
    expect(r.diagnostics.map((d) => d.code)).toEqual(['link.unknown-name']);
    expect(r.diagnostics[0]?.data['suggestion']).toBeUndefined();
  });
});
