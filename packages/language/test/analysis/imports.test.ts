// `dùng` imports every declaration of a file (levels, units, roles, councils, procedures), or `chỉ` those named.

import { loadWorkspace, renderDiagnostic } from '@tdkt/language';
import { dedent } from '@tdkt/language/test';
import { describe, expect, it } from 'vitest';

const files: Record<string, string> = {
  'lib/cap.tdkt': dedent(`
    tổ chức
      cấp cá_nhân < tổ < trường < phòng
  `),
  'lib/vai.tdkt': dedent(`
    dùng "cap.tdkt"
    tổ chức
      vai trò giáo_viên "Giáo viên" cấp cá_nhân
      vai trò hiệu_trưởng "Hiệu trưởng" cấp trường
      vai trò chuyên_viên "Chuyên viên" cấp phòng
  `),
  'lib/quy.tdkt': dedent(`
    quy trình xét "Xét"
      bước tự_đánh_giá do giáo_viên
        nộp -> duyệt_hs
      bước duyệt_hs do thủ_trưởng
        duyệt -> xong_xét
      kết thúc xong_xét
  `),
};
const read =
  (extra: Record<string, string>) =>
  (p: string): string | undefined =>
    extra[p] ?? files[p];

describe('dùng: modules', () => {
  it('imports levels and roles (through the file that imports them), and a plan’s levels continue the chain', () => {
    const r = loadWorkspace(
      ['kh.tdkt'],
      read({
        'kh.tdkt': dedent(`
        dùng "lib/vai.tdkt"
        tổ chức
          cấp sở < bộ
          vai trò giám_đốc "Giám đốc" cấp sở
        quy trình q
          bước a do giáo_viên
            nộp -> b
          bước b do giám_đốc
            duyệt -> xong_q
          kết thúc xong_q
      `),
      }),
    );
    expect(r.diagnostics).toEqual([]);
    const steps = r.model.procedures[0]!.steps;
    expect(steps.map((s) => [s.level, s.levelRank])).toEqual([
      ['cá_nhân', 0],
      ['sở', 4],
    ]);
  });

  it('`chỉ a, b` imports only those names; an unknown one is reported with a suggestion', () => {
    const r = loadWorkspace(
      ['kh.tdkt'],
      read({
        'kh.tdkt': dedent(`
        dùng "lib/vai.tdkt" chỉ giáo_viên, hieu_truongg
        tổ chức
          vai trò chuyên_viên "Chuyên viên của tôi"
      `),
      }),
    );
    expect(r.diagnostics.map((d) => [d.code, d.data['name'], d.data['suggestion']])).toEqual([
      ['link.unknown-name', 'hieu_truongg', 'hiệu_trưởng'],
    ]);
  });

  it('a name declared here and imported differently is an error naming both places', () => {
    const r = loadWorkspace(
      ['kh.tdkt'],
      read({
        'kh.tdkt': dedent(`
        dùng "lib/vai.tdkt"
        tổ chức
          vai trò hieu_truong "Hiệu trưởng khác" cấp trường
      `),
      }),
    );
    expect(r.diagnostics.map((d) => [d.code, d.data['file'], d.data['line']])).toEqual([
      ['link.duplicate-name', 'lib/vai.tdkt', 4],
    ]);
  });

  it('two imports that declare one name differently clash; the same declaration reached twice does not', () => {
    const twice = loadWorkspace(['kh.tdkt'], read({ 'kh.tdkt': 'dùng "lib/vai.tdkt"\ndùng "lib/cap.tdkt"\n' }));
    expect(twice.diagnostics).toEqual([]);
    const clash = loadWorkspace(
      ['kh.tdkt'],
      read({
        'kh.tdkt': 'dùng "lib/vai.tdkt"\ndùng "lib/khac.tdkt"\n',
        'lib/khac.tdkt': 'tổ chức\n  cấp trường < tỉnh\n',
      }),
    );
    expect(clash.diagnostics.map((d) => [d.code, d.data['first'], d.data['second']])).toEqual([
      ['link.import-clash', 'lib/cap.tdkt:2', 'lib/khac.tdkt:2'],
    ]);
  });

  it('a problem inside an imported file is reported there, saying through which `dùng` or `theo quy trình` it was reached', () => {
    const r = loadWorkspace(
      ['kh.tdkt'],
      read({
        'kh.tdkt': dedent(`
        dùng "lib/vai.tdkt"
        dùng "lib/quy.tdkt"
        kế hoạch "KH"
          năm học 2020-2021
          tiến độ
            cả năm
              x: "X" theo quy trình xét
      `),
      }),
    );
    const missing = r.diagnostics.filter((d) => d.code === 'link.unknown-name');
    expect(missing.map((d) => [d.file, d.data['name'], d.data['via']])).toEqual([
      ['lib/quy.tdkt', 'thủ_trưởng', 'kh.tdkt:7'],
    ]);
    const text = renderDiagnostic(missing[0]!, 'lib/quy.tdkt', r.files.get('lib/quy.tdkt')!.index, { lang: 'en' });
    expect(text).toContain('reached through: kh.tdkt:7');
  });
});
