import { defaultWorkingCalendar, formatIsoDate } from '@tdkt/calendar';
import { loadWorkspace } from '@tdkt/language';
import { describe, expect, it } from 'vitest';
import { planNetwork } from '../../src/plan-network/build.js';
import { analyseTemporal } from '../../src/temporal/analyse.js';

const org = `tổ chức
  cấp trường "Trường" < phòng "Phòng GD&ĐT" < sở "Sở GD&ĐT"
  vai trò hiệu_trưởng "Hiệu trưởng" cấp trường
  vai trò chuyên_viên_phòng "Chuyên viên phòng" cấp phòng
  vai trò giám_đốc_sở "Giám đốc Sở" cấp sở
`;

function analyse(text: string) {
  const result = loadWorkspace(['p.tdkt'], (path) => (path === 'p.tdkt' ? text : undefined));
  const errors = result.diagnostics.filter((d) => d.severity === 'error');
  expect(errors.map((e) => `${e.code} ${JSON.stringify(e.data)} ${text.slice(e.span.start, e.span.end)}`)).toEqual([]);
  const plan = result.model.plans[0]!;
  return analyseTemporal(planNetwork(plan), defaultWorkingCalendar());
}

const plan = (year: string, schedule: string, procedures = '') => `${org}
kế hoạch "Kế hoạch thử"
  đơn vị "Phòng GD&ĐT thử" cấp phòng
  ${year}
  tiến độ
${schedule}
${procedures}`;

describe('planNetwork on planted defects', () => {
  it('stays silent on a consistent plan', () => {
    const a = analyse(
      plan(
        'năm 2019',
        `    tháng 5/2019
      a: "Các trường nộp hồ sơ" do hiệu_trưởng chậm nhất 10/5/2019
      b: "Phòng tổng hợp" do chuyên_viên_phòng chậm nhất 20/5/2019
        sau a`,
      ),
    );
    expect(a.conflicts).toEqual([]);
    expect(a.ok).toBe(true);
  });

  it('catches a deadline before its predecessor’s earliest finish, with the chain', () => {
    const a = analyse(
      plan(
        'năm 2019',
        `    tháng 5/2019
      a: "Các trường nộp hồ sơ" do hiệu_trưởng từ 15/5/2019 đến 20/5/2019
      b: "Phòng trình Sở" do chuyên_viên_phòng trước ngày 10/5/2019
        sau a`,
      ),
    );
    expect(a.conflicts.length).toBeGreaterThan(0);
    const phrases = a.conflicts[0]!.chain.map((l) => l.provenance.phrase).filter(Boolean);
    expect(phrases).toEqual(expect.arrayContaining(['trước ngày 10/5/2019']));
  });

  it('catches a working-day duration that crosses Tết and no longer fits', () => {
    const procedure = `quy trình thẩm_định "Thẩm định"
  bước sở_thẩm_định "Sở thẩm định" do giám_đốc_sở hạn chậm nhất 19/2/2021
    mất 5 ngày làm việc
    duyệt -> hoàn_tất
  kết thúc hoàn_tất`;
    const a = analyse(
      plan(
        'năm học 2020-2021',
        `    tháng 2/2021
      t: "Thẩm định hồ sơ" do giám_đốc_sở từ 8/2/2021 đến 28/2/2021 theo quy trình thẩm_định`,
        procedure,
      ),
    );
    // 8/2 + 5 working days skips Tết 2021 (10–16/2): 22/2, after the 19/2 deadline.
    expect(a.conflicts.length).toBe(1);
    expect(a.conflicts[0]!.chain.some((l) => l.provenance.phrase === '5 ngày làm việc')).toBe(true);
  });

  it('catches a fan-out whose units’ deadline is after the roll-up’s', () => {
    const procedure = `quy trình tổng_hợp "Tổng hợp"
  bước các_trường_nộp "Các trường nộp" do hiệu_trưởng hạn chậm nhất 25/5/2019
    cho mỗi trường
    gộp tất cả
    nộp -> phòng_tổng_hợp
  bước phòng_tổng_hợp "Phòng tổng hợp" do chuyên_viên_phòng hạn chậm nhất 20/5/2019
    duyệt -> hoàn_tất
  kết thúc hoàn_tất`;
    const a = analyse(
      plan(
        'năm 2019',
        `    tháng 5/2019
      t: "Tổng hợp hồ sơ các trường" do chuyên_viên_phòng theo quy trình tổng_hợp`,
        procedure,
      ),
    );
    expect(a.ok).toBe(false);
    const all = [...a.conflicts.flatMap((c) => c.chain), ...a.deadlineOrder.flatMap((c) => c.chain)].map(
      (l) => l.provenance.phrase,
    );
    expect(all).toEqual(expect.arrayContaining(['chậm nhất 25/5/2019', 'chậm nhất 20/5/2019']));
  });
});

describe('an activity that runs a procedure', () => {
  const procedure = `quy trình kỷ_niệm_chương "Kỷ niệm chương"
  bước hướng_dẫn "Sở hướng dẫn" do giám_đốc_sở hạn chậm nhất 31/1/2021
    duyệt -> tổng_hợp
  bước tổng_hợp "Tổng hợp hồ sơ" do giám_đốc_sở hạn chậm nhất 28/2/2021
    duyệt -> trình_bộ
  bước trình_bộ "Trình Bộ" do giám_đốc_sở hạn chậm nhất 31/3/2021
    duyệt -> hoàn_tất
  kết thúc hoàn_tất`;

  it('a row that runs the whole procedure must see its outcome within the row’s window', () => {
    const a = analyse(
      plan(
        'năm học 2020-2021',
        `    tháng 01/2021
      knc: "Hướng dẫn xét Kỷ niệm chương" do giám_đốc_sở theo quy trình kỷ_niệm_chương`,
        procedure,
      ),
    );
    // The procedure's own deadlines run to 31/3, but the row says January: the row bounds the end.
    expect(a.conflicts).toEqual([]);
    const end = a.nodes.find((n) => n.id === 'hđ:knc.finish')!;
    expect(formatIsoDate(end.latest)).toBe('2021-01-31');
    const last = a.nodes.find((n) => n.id.endsWith('/trình_bộ.finish'))!;
    expect(formatIsoDate(last.latest)).toBe('2021-01-31');
  });

  it('rows that perform its steps: each step in its own row’s window, later rows wait for the step only', () => {
    const a = analyse(
      plan(
        'năm học 2020-2021',
        `    tháng 01/2021
      knc: "Hướng dẫn xét Kỷ niệm chương" do giám_đốc_sở theo quy trình kỷ_niệm_chương bước hướng_dẫn
    tháng 02/2021
      tiếp_nhận: "Tiếp nhận, tổng hợp hồ sơ" do giám_đốc_sở theo quy trình kỷ_niệm_chương bước tổng_hợp
        sau knc
    tháng 03/2021
      trình_bộ_gd: "Trình Bộ" do giám_đốc_sở theo quy trình kỷ_niệm_chương bước trình_bộ
        sau tiếp_nhận`,
        procedure,
      ),
    );
    expect(a.conflicts).toEqual([]);
    expect(a.deadlineOrder).toEqual([]);
    const tổngHợp = a.nodes.find((n) => n.id === 'hđ:knc/tổng_hợp.start')!;
    expect(formatIsoDate(tổngHợp.earliest)).toBe('2021-02-01');
    const trình = a.nodes.find((n) => n.id === 'hđ:knc/trình_bộ.finish')!;
    expect(formatIsoDate(trình.latest)).toBe('2021-03-31');
  });

  it('a step row outside the step’s own deadline is a conflict naming both', () => {
    const a = analyse(
      plan(
        'năm học 2020-2021',
        `    tháng 01/2021
      knc: "Hướng dẫn" do giám_đốc_sở theo quy trình kỷ_niệm_chương bước hướng_dẫn
    tháng 04/2021
      tiếp_nhận: "Tiếp nhận hồ sơ" do giám_đốc_sở theo quy trình kỷ_niệm_chương bước tổng_hợp`,
        procedure,
      ),
    );
    // The step's February deadline gives way to the row (April), but the next step is due 31/3.
    expect(a.conflicts.map((c) => c.code)).toEqual(['temporal.conflict']);
    const phrases = a.conflicts[0]!.chain.map((l) => l.provenance.phrase);
    expect(phrases[0]).toBe('tháng 04/2021');
    expect(phrases.at(-1)).toBe('chậm nhất 31/3/2021');
  });

  it('still conflicts when the procedure cannot even start within the window', () => {
    const procedure = `quy trình p "P"
  bước chuẩn_bị "Chuẩn bị" do giám_đốc_sở hạn chậm nhất 31/1/2021
    mất 30 ngày làm việc
    duyệt -> hoàn_tất
  kết thúc hoàn_tất`;
    const a = analyse(
      plan(
        'năm học 2020-2021',
        `    tháng 01/2021
      x: "Việc" do giám_đốc_sở theo quy trình p`,
        procedure,
      ),
    );
    expect(a.conflicts.length).toBeGreaterThan(0);
  });
});
