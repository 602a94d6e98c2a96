// Parallel branches in the population model: what a dossier awaits follows every branch's active step, whatever
// configuration the model saw before, and the step written first is awaited first.
import { compileWorkspace, timeRulesFromCalendar } from '@tdkt/compiler';
import { loadWorkspace } from '@tdkt/language';
import { compiledInstanceModel } from '@tdkt/simulator';
import { describe, expect, it } from 'vitest';
import type { AnyMachineSnapshot } from 'xstate';

const source = `tổ chức
  cấp cá_nhân "Cá nhân" < tổ "Tổ" < trường "Trường"
  vai trò cá_nhân "Cá nhân" cấp cá_nhân
  vai trò tổ_trưởng "Tổ trưởng" cấp tổ
  vai trò hiệu_trưởng "Hiệu trưởng" cấp trường
  vai trò công_đoàn "Công đoàn" cấp trường

quy trình thẩm_định_kép "Thẩm định song song"
  bắt đầu nộp_hồ_sơ
  bước nộp_hồ_sơ "Nộp hồ sơ" do cá_nhân
    nộp -> thẩm_định
  song song thẩm_định "Thẩm định"
    nhánh chuyên_môn
      bước sơ_duyệt "Tổ sơ duyệt" do tổ_trưởng mất 3 ngày làm việc
        duyệt -> phúc_tra
        quá hạn -> phúc_tra
      bước phúc_tra "Hiệu trưởng phúc tra" do hiệu_trưởng mất 2 ngày làm việc
        duyệt -> xong
        quá hạn -> xong
    nhánh công_đoàn
      bước ý_kiến "Công đoàn cho ý kiến" do công_đoàn mất 10 ngày làm việc
        duyệt -> xong
        quá hạn -> xong
    hợp nhất tất cả -> đạt
  kết thúc đạt
`;

function model() {
  const files: Record<string, string> = { '/w/song-song.tdkt': source };
  const analysis = loadWorkspace(['/w/song-song.tdkt'], (p) => files[p]);
  expect(analysis.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
  const compiled = compileWorkspace(analysis.model).procedures.get('thẩm_định_kép');
  if (compiled === undefined) throw new Error('not compiled');
  return compiledInstanceModel(compiled, timeRulesFromCalendar(), () => 0);
}

const T = Date.UTC(2025, 9, 6, 1);
const approve = (role: string) => ({ type: 'approve', actor: { id: 'x', role, unit: 'đơn_vị' } });
const stepOf = (m: ReturnType<typeof model>, s: AnyMachineSnapshot) => m.awaiting(s)?.step;

describe('population model: parallel branches', () => {
  it('awaits the step each configuration holds, not one seen earlier that ended the same way', () => {
    const m = model();
    m.at?.(T);
    const start = () =>
      m.transition(m.initial({ node: 0, level: 0 }, { id: 0, procedure: 'thẩm_định_kép', owner: 0 }), {
        type: 'submit',
        actor: { id: 'x', role: 'cá_nhân', unit: 'đơn_vị' },
      });
    // One dossier: the union's branch ends while the first branch is still at sơ_duyệt.
    const first = m.transition(start(), approve('công_đoàn'));
    expect(stepOf(m, first)).toBe('thẩm_định_kép.sơ_duyệt');
    // Another: the first branch has moved on to phúc_tra when the union's branch ends the same way.
    const second = m.transition(m.transition(start(), approve('tổ_trưởng')), approve('công_đoàn'));
    expect(stepOf(m, second)).toBe('thẩm_định_kép.phúc_tra');
    // Both branches open at two steps: the step written first is awaited first, however the snapshot was made.
    expect(stepOf(m, m.transition(start(), approve('tổ_trưởng')))).toBe('thẩm_định_kép.phúc_tra');
    const deadlines = m.pendingDeadlines(second).map((d) => d.event.type);
    expect(deadlines.some((t) => t.includes('deadline:phúc_tra'))).toBe(true);
    expect(deadlines.some((t) => t.includes('deadline:sơ_duyệt'))).toBe(false);
  });
});
