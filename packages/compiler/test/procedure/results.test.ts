// Steps that write the dossier (`ghi kết_quả = đạt`), guards over fields and parameters, and a deadline
// counted from one of the procedure's own steps (`30 ngày sau quyết_định`), from DSL text to a running actor.

import { analyze } from '@tdkt/language';
import { describe, expect, it } from 'vitest';
import { createActor } from 'xstate';
import { compileWorkspace } from '../../src/lower/workspace.js';
import { at } from '../fixtures.js';
import { simulatedRuntime } from '../runtime.js';

const TEXT = `tổ chức
  cấp cá_nhân < trường
  vai trò gv "Giáo viên" cấp cá_nhân
  vai trò ht "Hiệu trưởng" cấp trường
quy trình xét "Xét"
  tham số
    số_năm_tối_thiểu = 3
  hồ sơ
    số_năm: số
    số_năm_cần: số
    kết_quả: một trong đạt, không_đạt
  bước đề_nghị "Đề nghị" do gv
    nộp nếu so_nam >= so_nam_toi_thieu -> quyết_định
    nộp -> công_bố ghi ket_qua = khong_dat
  bước quyết_định "Quyết định" do ht
    duyệt -> công_bố ghi kết_quả = đạt
    không duyệt -> công_bố ghi kết_quả = không_đạt
  bước công_bố "Công bố; chờ khiếu nại" do ht hạn 30 ngày sau quyết_định
    khiếu_nại -> quyết_định
    quá hạn nếu kết_quả = đạt -> được_công_nhận
    quá hạn -> không_được_công_nhận
  kết thúc được_công_nhận, không_được_công_nhận
`;
const gv = { id: 'gv1', role: 'gv', unit: 'trường' };
const ht = { id: 'ht1', role: 'ht', unit: 'trường' };
const DAY = 86_400_000;

function start(dossier: Record<string, unknown>) {
  const analysis = analyze(TEXT, 'x.tdkt');
  // The one information: `công_bố` is reached without `quyết_định` too (its period then counts from entry).
  expect(analysis.diagnostics.map((d) => [d.code, d.data['from']])).toEqual([
    ['validate.deadline-anchor-skipped', 'đề_nghị'],
  ]);
  const compiled = compileWorkspace(analysis.model).procedures.get('xét')!;
  const { clock, runtime } = simulatedRuntime(at(3, 5, 2021, 8));
  const actor = createActor(compiled.machine(runtime), { clock, input: { dossier } }).start();
  return { actor, clock };
}

describe('results, richer guards and step-relative deadlines', () => {
  it('a guard compares a field with a parameter; a transition writes the result; the complaint period counts from the decision', () => {
    const { actor, clock } = start({ số_năm: 4 });
    actor.send({ type: 'submit', actor: gv });
    expect(actor.getSnapshot().value).toBe('quyết_định');
    clock.increment(5 * DAY);
    actor.send({ type: 'approve', actor: ht });
    expect(actor.getSnapshot().value).toBe('công_bố');
    expect((actor.getSnapshot().context as { dossier: Record<string, unknown> }).dossier['kết_quả']).toBe('đạt');
    // 30 days after the decision of 8/5/2021 is 7/6/2021 (a Monday): not a day early.
    clock.increment(29 * DAY);
    expect(actor.getSnapshot().value).toBe('công_bố');
    clock.increment(2 * DAY);
    expect(actor.getSnapshot().value).toBe('được_công_nhận');
  });

  it('the same path without enough years is not recognised: one announcement, the result decides the end', () => {
    const { actor, clock } = start({ số_năm: 2 });
    actor.send({ type: 'submit', actor: gv });
    expect(actor.getSnapshot().value).toBe('công_bố');
    expect((actor.getSnapshot().context as { dossier: Record<string, unknown> }).dossier['kết_quả']).toBe('không_đạt');
    // No decision on this path: the complaint period counts from the announcement, 3/5/2021 → 2/6/2021 (it
    // used to wait for a decision that never comes, forever).
    clock.increment(29 * DAY);
    expect(actor.getSnapshot().value).toBe('công_bố');
    clock.increment(2 * DAY);
    expect(actor.getSnapshot().value).toBe('không_được_công_nhận');
  });

  it('a guard may compare two fields', () => {
    const analysis = analyze(
      TEXT.replace('nộp nếu so_nam >= so_nam_toi_thieu', 'nộp nếu so_nam >= so_nam_can'),
      'x.tdkt',
    );
    expect(analysis.diagnostics.filter((d) => d.severity !== 'info')).toEqual([]);
    const step = analysis.model.procedures[0]?.steps[0];
    expect(step?.transitions[0]?.guard).toMatchObject({
      kind: 'Compare',
      left: { kind: 'Field', name: 'số_năm' },
      right: { kind: 'Field', name: 'số_năm_cần' },
    });
  });

  it('a value of the wrong kind is an error', () => {
    const analysis = analyze(TEXT.replace('ghi kết_quả = đạt', 'ghi kết_quả = có'), 'x.tdkt');
    expect(analysis.diagnostics.filter((d) => d.severity !== 'info').map((d) => d.code)).toEqual([
      'validate.record-type',
    ]);
  });
});
