// A plan's population run over its own levels: Bộ steps at the Bộ, two-tier plans at the commune, same seed same report.
import { compileWorkspace } from '@tdkt/compiler';
import { loadWorkspace } from '@tdkt/language';
import {
  DEFAULT_BEHAVIOUR,
  defaultRuns,
  levelsOfPlan,
  onTimeText,
  organisationFor,
  populationLine,
  populationTasks,
  proceduresOfPlan,
  runPlanPopulation,
} from '@tdkt/simulator';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { loadSeed } from '../../../../test/workflows.js';

const text = `tổ chức
  cấp cá_nhân "Cá nhân" < trường "Trường" < sở "Sở GD&ĐT" < bộ "Bộ GD&ĐT"
  vai trò giáo_viên "Giáo viên" cấp cá_nhân
  vai trò hiệu_trưởng "Hiệu trưởng" cấp trường
  vai trò giám_đốc_sở "Giám đốc Sở" cấp sở
  vai trò vụ_tđkt "Vụ TĐKT" cấp bộ

quy trình đề_nghị "Đề nghị khen"
  bước gửi "Nộp hồ sơ" do giáo_viên hạn trước 20/5
    nộp -> trường_xét
  bước trường_xét "Trường xét" do hiệu_trưởng hạn trước 31/5
    duyệt -> sở_xét
    trả lại -> gửi
  bước sở_xét "Sở xét" do giám_đốc_sở hạn trước 15/6
    duyệt -> bộ_xét
  bước bộ_xét "Bộ xét" do vụ_tđkt hạn trước 30/6
    duyệt -> đạt
  kết thúc đạt

kế hoạch "Thử"
  năm học 2024-2025
  tiến độ
    tháng 5/2025
      khen: "Đề nghị khen" theo quy trình đề_nghị
`;

function planOf(source: string) {
  const analysis = loadWorkspace(['k.tdkt'], (p) => (p === 'k.tdkt' ? source : undefined));
  const compiled = compileWorkspace(analysis.model);
  const plan = compiled.plans[0]!.model;
  return { plan, procedures: proceduresOfPlan(plan, compiled) };
}

const run = (
  plan: ReturnType<typeof planOf>['plan'],
  procedures: ReturnType<typeof planOf>['procedures'],
  seed: number,
  runs = 5,
) => {
  const organisation = organisationFor(levelsOfPlan(plan), { preset: 'small', seed });
  if (!organisation.ok) throw new Error('small fits');
  return runPlanPopulation(plan, procedures, { organisation, seed, runs })!;
};

describe('runPlanPopulation by level name', () => {
  it('acts each step at its own level: the Bộ step at the Bộ, and there is no tổ when the plan has none', () => {
    const { plan, procedures } = planOf(text);
    const report = run(plan, procedures, 1);
    expect(report.organisation.levels.map((l) => [l.level, l.units])).toEqual([
      ['bộ', 1],
      ['sở', 1],
      ['trường', 6],
      ['cá_nhân', 90],
    ]);
    expect(Object.fromEntries(report.steps.map((s) => [s.step, s.level]))).toEqual({
      'đề_nghị.gửi': 'cá_nhân',
      'đề_nghị.trường_xét': 'trường',
      'đề_nghị.sở_xét': 'sở',
      'đề_nghị.bộ_xét': 'bộ',
    });
    expect(report.levels.find((l) => l.level === 'bộ')?.label.vi).toBe('Bộ GD&ĐT');
    expect(report.procedures[0]?.dependsOn.map((u) => u.level)).toEqual(['bộ', 'sở']);
  });

  it('runs a two-tier plan (after 1/7/2025) at the commune, with no district', () => {
    const { compiled } = loadSeed('workflows/examples/thcs-hai-cap-2025-2026.tdkt');
    const plan = compiled.plans[0]!.model;
    const report = run(plan, proceduresOfPlan(plan, compiled), 1, 2);
    expect(report.organisation.levels.map((l) => l.level)).toContain('xã');
    expect(report.organisation.levels.map((l) => l.level)).not.toContain('phòng');
    expect(report.levels.find((l) => l.level === 'xã')?.arrived.typical).toBeGreaterThan(0);
  });

  it('gives the same report for the same seed (property)', () => {
    const { plan, procedures } = planOf(text);
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 999_999_999 }), (seed) => {
        expect(run(plan, procedures, seed, 3)).toEqual(run(plan, procedures, seed, 3));
      }),
      { numRuns: 5 },
    );
  });

  it('says so when the plan declares no level, or a step acts at no level of the organisation', () => {
    const bare = `tổ chức
  vai trò giáo_viên "Giáo viên"

quy trình p "P"
  bước gửi "Gửi" do giáo_viên hạn trước 20/5
    nộp -> đạt
  kết thúc đạt

kế hoạch "Thử"
  năm học 2024-2025
  tiến độ
    tháng 5/2025
      việc: "Việc" theo quy trình p
`;
    const { plan, procedures } = planOf(bare);
    const report = run(plan, procedures, 1, 2);
    expect(report.notes.map((n) => n.code)).toEqual(['population.no-levels', 'population.unplaced-steps']);
    expect(report.procedures[0]?.dossiers).toBe(90);
  });

  it('counts a dossier waiting past the period within its step’s deadline as running, past it as stuck', () => {
    // The complaint window (mất 90 ngày from November; a waiting step, which the row only has to enter) ends
    // after the period (năm 2025); the review due on 30/11 that nobody handles, with no timeout, is stuck.
    const tail = `tổ chức
  cấp cá_nhân "Cá nhân" < trường "Trường"
  vai trò giáo_viên "Giáo viên" cấp cá_nhân
  vai trò hiệu_trưởng "Hiệu trưởng" cấp trường

quy trình khiếu "Công bố, nhận khiếu nại"
  bước gửi "Nộp" do giáo_viên hạn trước 20/11
    nộp -> công_bố
  bước công_bố "Công bố; nhận khiếu nại" do hiệu_trưởng
    mất 90 ngày
    khiếu_nại -> giải_quyết
    quá hạn -> đạt
  bước giải_quyết "Giải quyết khiếu nại" do hiệu_trưởng
    mất 30 ngày
    duyệt -> đạt
  kết thúc đạt

quy trình treo "Xét không ai làm"
  bước gửi "Nộp" do giáo_viên hạn trước 20/11
    nộp -> xét
  bước xét "Xét" do hiệu_trưởng hạn trước 1/12
    duyệt -> đạt
  kết thúc đạt

kế hoạch "Thử"
  năm 2025
  tiến độ
    tháng 11/2025
      khiếu: "Công bố" theo quy trình khiếu
      treo: "Treo" theo quy trình treo
`;
    const { plan, procedures } = planOf(tail);
    const organisation = organisationFor(levelsOfPlan(plan), { preset: 'small', seed: 1 });
    if (!organisation.ok) throw new Error('small fits');
    const behaviour = {
      defaults: { ...DEFAULT_BEHAVIOUR.defaults, onTime: 1, late: 0, officeLate: 0, returned: 0 },
      // Teachers submit on time; the school never acts (on công_bố: never receives a complaint).
      levels: { trường: { onTime: 0, late: 0 } },
    };
    const report = runPlanPopulation(plan, procedures, { organisation, behaviour, seed: 1, runs: 2 })!;
    const of = (name: string) => report.procedures.find((p) => p.procedure === name)!;
    const step = (name: string) => report.steps.find((s) => s.step === name)!;
    expect(of('khiếu')).toMatchObject({
      dossiers: 90,
      started: { typical: 90 },
      stuck: { typical: 0 },
      running: { typical: 90 },
    });
    expect(step('khiếu.công_bố')).toMatchObject({
      arrived: { typical: 90 },
      stuck: { typical: 0 },
      running: { typical: 90 },
      risk: { typical: 0 },
    });
    expect(of('treo')).toMatchObject({
      dossiers: 90,
      stuck: { typical: 90 },
      running: { typical: 0 },
      onTimeShare: { typical: 0 },
    });
    expect(step('treo.xét')).toMatchObject({
      arrived: { typical: 90 },
      stuck: { typical: 90 },
      running: { typical: 0 },
      risk: { typical: 1 },
    });
    // Nothing of khiếu was due within the period: its share on time is not a figure (the tables print "–").
    expect(onTimeText(of('khiếu'), 'vi')).toBe('–');
    expect(populationLine(report, 'vi')).toBe(
      '2 lần chạy × 180 hồ sơ: 90 còn đang chạy khi hết kỳ; 90 đến hạn trong kỳ: 0,0 % xong đúng hạn, 90 tồn đọng (lần chạy trung vị)',
    );
  });

  it('splits work into whole replications, or shares of one that cover every dossier once', () => {
    expect(populationTasks(205, 20, 2)).toHaveLength(20);
    expect(populationTasks(205, 1, 2)).toEqual([{ replication: 0, from: 0, to: 205 }]);
    const shares = populationTasks(3_318_034, 1, 2);
    expect(shares).toHaveLength(8);
    expect(shares[0]?.from).toBe(0);
    expect(shares[7]?.to).toBe(3_318_034);
    shares.slice(1).forEach((t, i) => {
      expect(t.from).toBe(shares[i]?.to);
    });
  });

  it('chooses 20 runs for small populations and fewer for big ones', () => {
    expect([defaultRuns(205), defaultRuns(20_000), defaultRuns(229_000), defaultRuns(3_300_000)]).toEqual([
      20, 20, 5, 1,
    ]);
  });
});
