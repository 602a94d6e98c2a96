// workflowsFromFiles: workflow text to engine workflows, with problems as diagnostics (never a throw).

import { createEngine, createMemoryStore, VirtualClock, workflowsFromFiles } from '@tdkt/engine';
import { describe, expect, it } from 'vitest';

const good = `tổ chức
  cấp cá_nhân "Cá nhân" < tổ "Tổ chuyên môn"
  vai trò cá_nhân "Cá nhân" cấp cá_nhân
  vai trò tổ_trưởng "Tổ trưởng" cấp tổ

quy trình đề_nghị "Đề nghị"
  bắt đầu soạn
  bước soạn "Cá nhân soạn" do cá_nhân
    nộp -> xét
  bước xét "Tổ xét" do tổ_trưởng
    duyệt -> hoàn_tất
  kết thúc hoàn_tất "Hoàn tất"
`;

describe('workflowsFromFiles', () => {
  it('compiles every procedure of a file into engine workflows', async () => {
    const files: Record<string, string> = { '/w/a.tdkt': good };
    const loaded = workflowsFromFiles(['/w/a.tdkt'], (p) => files[p], { version: 2 });
    expect(loaded.names).toEqual(['đề_nghị']);
    expect(loaded.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
    const engine = await createEngine({
      workflows: loaded.workflows,
      store: createMemoryStore(),
      clock: new VirtualClock(0),
    });
    const started = await engine.start('đề_nghị', { unit: 'to-1', owner: 'gv' });
    expect(started).toMatchObject({ ok: true, state: 'soạn', version: 1 });
    const submitted = await engine.act(started.id, 'submit', { actor: { id: 'gv', role: 'cá_nhân', unit: 'to-1' } });
    expect(submitted).toMatchObject({ ok: true, state: 'xét' });
  });

  it('returns diagnostics and no workflows for a broken or missing file', () => {
    const broken = workflowsFromFiles(['/w/b.tdkt'], (p) => (p === '/w/b.tdkt' ? 'quy trình\n  bước' : undefined));
    expect(broken.workflows).toEqual([]);
    expect(broken.diagnostics.some((d) => d.severity === 'error')).toBe(true);
    const missing = workflowsFromFiles(['/w/none.tdkt'], () => undefined);
    expect(missing.workflows).toEqual([]);
  });
});

describe('workflowsFromFiles: a plan with an impossible year (issue 18)', () => {
  it('answers with time.year-out-of-range instead of running out of memory', () => {
    const plan = `${good}
kế hoạch "KH"
  năm học 10000000000000000-10000000000000001
  tiến độ
    tháng 10/2020
      a: "Đề nghị" do cá_nhân theo quy trình đề_nghị
        trước 30/6
`;
    const files: Record<string, string> = { '/w/p.tdkt': plan };
    const loaded = workflowsFromFiles(['/w/p.tdkt'], (p) => files[p], { version: 1 });
    expect(loaded.workflows).toEqual([]);
    expect(loaded.diagnostics.filter((d) => d.severity === 'error').map((d) => d.code)).toEqual([
      'time.year-out-of-range',
    ]);
  });
});
